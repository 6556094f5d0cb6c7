"""Seas, oceans and world regions (``regions.py``) as ``resolve_names`` reads them."""

from __future__ import annotations

from newsdesk.analyse.gazetteer import Gazetteer
from newsdesk.analyse.places import resolve_names
from newsdesk.analyse.regions import all_regions, region_of_key, regions_named


def test_a_sea_is_not_the_province_named_after_it(gazetteer: Gazetteer) -> None:
    sea, sudan = resolve_names(["Red Sea", "Sudan"], gazetteer=gazetteer)
    assert sudan is not None and sudan.country_code == "SD"
    assert sea is not None and sea.feature == "sea" and sea.name == "Red Sea"
    assert sea.country_code == "" and sea.key == "sea:red-sea"
    assert 15 < sea.lat < 25 and 35 < sea.lon < 42


def test_an_ocean_named_by_its_adjective_is_the_ocean(gazetteer: Gazetteer) -> None:
    ocean, _boston = resolve_names(["Atlantic", "Boston"], gazetteer=gazetteer)
    assert ocean is not None and ocean.feature == "sea" and ocean.geonameid == 3411923


def test_a_region_adjective_is_the_region_not_a_country(gazetteer: Gazetteer) -> None:
    # 'Central American' is not 'American'; 'Siberian' is Siberia, in Russia
    central, siberian = resolve_names(["Central American", "Siberian"], gazetteer=gazetteer)
    assert central is not None and central.name == "Central America"
    assert central.feature == "region" and central.country_code == ""
    assert siberian is not None and siberian.country_code == "RU"


def test_the_gulf_is_the_one_around_the_texts_countries(gazetteer: Gazetteer) -> None:
    persian, _doha = resolve_names(["Gulf", "Doha"], gazetteer=gazetteer)
    assert persian is not None and persian.name == "Persian Gulf"
    mexican, _houston = resolve_names(["Gulf", "Houston"], gazetteer=gazetteer)
    assert mexican is not None and mexican.name == "Gulf of Mexico"
    neither, _oslo = resolve_names(["Gulf", "Oslo"], gazetteer=gazetteer)
    assert neither is None


def test_a_region_name_that_is_a_province_is_read_in_the_text(gazetteer: Gazetteer) -> None:
    # Balkan is also a province of Turkmenistan: the region, unless the text is about there
    (balkan,) = resolve_names(["Balkan"], gazetteer=gazetteer)
    assert balkan is not None and balkan.feature == "region" and balkan.name == "Balkans"
    province, _ashgabat = resolve_names(["Balkan", "Ashgabat"], gazetteer=gazetteer)
    assert province is not None and province.feature == "admin1"
    assert province.country_code == "TM"


def test_regions_table_names_and_keys() -> None:
    keys = [r.key for r in all_regions()]
    assert len(keys) == len(set(keys))
    for region in all_regions():
        assert region_of_key(region.key) is region
        assert region in regions_named(region.name)
        assert -90 <= region.lat <= 90 and -180 <= region.lon <= 180
        assert region.kind in ("sea", "region")
        assert not region.cc or region.cc in region.countries
    assert regions_named("Qwertyuiop Sea") == ()
