from __future__ import annotations

import pytest

from newsdesk.analyse import geocode_mentions
from newsdesk.analyse.gazetteer import (
    Gazetteer,
)
from newsdesk.analyse.places import (
    distance_km,
    named_in,
    named_within,
    resolve_names,
    source_country_of,
)
from newsdesk.errors import InputError


def test_capitals_carry_geonames_ids_and_coordinates(gazetteer: Gazetteer) -> None:
    places = resolve_names(["Istanbul", "Doha", "Kabul", "Islamabad"], gazetteer=gazetteer)
    assert [p.geonameid if p else None for p in places] == [745044, 290030, 1138958, 1176615]
    kabul = places[2]
    assert kabul is not None
    assert kabul.country_code == "AF"
    assert abs(kabul.lat - 34.53) < 0.1 and abs(kabul.lon - 69.17) < 0.1


def test_homonym_defaults_to_the_populous_place(gazetteer: Gazetteer) -> None:
    (paris,) = resolve_names(["Paris"], gazetteer=gazetteer)
    assert paris is not None and paris.country_code == "FR"


def test_homonym_follows_the_other_places_of_the_text(gazetteer: Gazetteer) -> None:
    paris, *_ = resolve_names(["Paris", "Dallas", "Tyler", "Texas"], gazetteer=gazetteer)
    assert paris is not None and paris.country_code == "US"
    assert paris.name == "Paris"


def test_a_nearby_city_does_not_outweigh_a_far_larger_one(gazetteer: Gazetteer) -> None:
    # Boston, New York (pop. 8,000) lies beside Buffalo, but 'Boston' still means the city of
    # 650,000: being near another place of the text and in its state count once, not twice.
    _buffalo, boston = resolve_names(["Buffalo", "Boston"], gazetteer=gazetteer)
    assert boston is not None and boston.population > 500_000


def test_homonym_follows_the_source_country(gazetteer: Gazetteer) -> None:
    (default,) = resolve_names(["Hyderabad"], gazetteer=gazetteer)
    (pakistani,) = resolve_names(["Hyderabad"], gazetteer=gazetteer, source_country="PK")
    assert default is not None and default.country_code == "IN"
    assert pakistani is not None and pakistani.country_code == "PK"
    # a site's own country outweighs a homonym abroad some fifty times larger (Perth, Scotland
    # on a British site; Perth, Western Australia elsewhere)
    (perth,) = resolve_names(["Perth"], gazetteer=gazetteer)
    (scottish,) = resolve_names(["Perth"], gazetteer=gazetteer, source_country="GB")
    assert perth is not None and perth.country_code == "AU"
    assert scottish is not None and scottish.country_code == "GB"


def test_a_state_holding_another_place_of_the_text_outweighs_a_namesake_capital(
    gazetteer: Gazetteer,
) -> None:
    # a text naming Tacoma and the capital as 'Washington, D.C.': bare 'Washington' is the state
    washington, _tacoma, capital = resolve_names(
        ["Washington", "Tacoma", "Washington, D.C."], gazetteer=gazetteer
    )
    assert washington is not None and (washington.feature, washington.code) == ("admin1", "US-WA")
    assert capital is not None and capital.feature == "city"
    # beside Baltimore it is the capital
    washington, _baltimore = resolve_names(["Washington", "Baltimore"], gazetteer=gazetteer)
    assert washington is not None and washington.feature == "city"


def test_country_name_means_the_country(gazetteer: Gazetteer) -> None:
    (georgia,) = resolve_names(["Georgia"], gazetteer=gazetteer)
    assert georgia is not None and georgia.feature == "country" and georgia.country_code == "GE"
    georgia_us, _atlanta = resolve_names(["Georgia", "Atlanta"], gazetteer=gazetteer)
    assert georgia_us is not None and georgia_us.feature == "admin1"


def test_demonyms_abbreviations_and_unknown_names(gazetteer: Gazetteer) -> None:
    afghan, calif, nowhere = resolve_names(
        ["Afghan", "Calif.", "Qwertyuiopville"], gazetteer=gazetteer
    )
    assert afghan is not None and afghan.feature == "country" and afghan.country_code == "AF"
    assert calif is not None and calif.name == "California"
    assert nowhere is not None and nowhere.approximate  # placed at the text's main place
    assert resolve_names(["Qwertyuiopville"], gazetteer=gazetteer) == [None]


def test_geocode_mentions_reads_spans_of_the_text() -> None:
    text = "Talks moved from Doha to Istanbul."
    doha, istanbul = geocode_mentions(text, [(17, 21), (25, 33)])
    assert doha is not None and doha.geonameid == 290030
    assert istanbul is not None and istanbul.geonameid == 745044


def test_geocode_mentions_rejects_spans_outside_the_text() -> None:
    with pytest.raises(InputError, match="outside the text"):
        geocode_mentions("Doha", [(0, 40)])


def test_source_country_from_the_domain() -> None:
    assert source_country_of("https://www.dawn.com.pk/news/1") == "PK"
    assert source_country_of("https://www.bbc.co.uk/news") == "GB"
    assert source_country_of("https://example.com/") is None
    assert source_country_of(None) is None
    assert source_country_of("http://[::1") is None  # a malformed host


def test_a_domain_sold_for_its_letters_is_no_source_country(gazetteer: Gazetteer) -> None:
    for url in ("https://news.example.tv/a", "https://example.io/", "https://example.me/x"):
        assert source_country_of(url) is None
    # a '.co' site is not Colombian: Medina is still the Saudi city, not Medina, Colombia
    colombian = resolve_names(["Medina"], gazetteer=gazetteer, source_country="CO")[0]
    assert colombian is not None and colombian.country_code == "CO"
    site = source_country_of("https://www.example.co/world/2024/pilgrims")
    medina = resolve_names(["Medina"], gazetteer=gazetteer, source_country=site)[0]
    assert medina is not None and medina.country_code == "SA"


def test_seats_regions_and_longer_names(gazetteer: Gazetteer) -> None:
    names = ["White House", "Kremlin", "Middle East", "Atlantic Ocean", "Kabul River"]
    white_house, kremlin, middle_east, atlantic, river = resolve_names(names, gazetteer=gazetteer)
    assert white_house is not None and white_house.geonameid == 4140963  # Washington, D.C.
    assert kremlin is not None and kremlin.name == "Moscow"
    # a region and an ocean (regions.py), not Middle East, Pennsylvania or Atlantic, Iowa
    assert middle_east is not None and middle_east.feature == "region"
    assert atlantic is not None and atlantic.feature == "sea"
    assert river is None  # a natural feature is not its namesake city
    baltic = resolve_names(["Chicago", "Baltic"], gazetteer=gazetteer)[1]
    assert baltic is not None and baltic.feature == "sea"  # not Baltic, South Dakota
    orange, dubai = resolve_names(["Orange County", "Dubai World Cup"], gazetteer=gazetteer)
    assert orange is not None and orange.feature == "admin2" and orange.country_code == "US"
    assert orange.geonameid > 0 and 32 < orange.lat < 35  # the county, in California
    assert dubai is not None and dubai.geonameid == 292223


def test_provinces_come_with_geonames_ids_and_iso_codes(gazetteer: Gazetteer) -> None:
    sindh, tamil_nadu, alberta, islamabad = resolve_names(
        ["Sindh", "Tamil Nadu", "Alberta", "Islamabad"], gazetteer=gazetteer
    )
    assert sindh is not None and (sindh.code, sindh.country_code) == ("PK-SD", "PK")
    assert sindh.geonameid > 0 and sindh.feature == "admin1" and sindh.key != "PK-SD"
    assert abs(sindh.lat - 25.5) < 2 and abs(sindh.lon - 69.0) < 2
    assert tamil_nadu is not None and tamil_nadu.code == "IN-TN"
    assert alberta is not None and alberta.country_code == "CA"
    assert islamabad is not None and islamabad.feature == "city"  # the city, not the territory
    (texas,) = resolve_names(["Texas"], gazetteer=gazetteer)
    assert texas is not None and texas.geonameid == 4736286 and texas.code == "US-TX"


def test_abbreviations_read_in_the_countries_of_the_text(gazetteer: Gazetteer) -> None:
    toronto, _ottawa, ontario = resolve_names(["Toronto", "Ottawa", "ON"], gazetteer=gazetteer)
    assert toronto is not None and toronto.country_code == "CA"
    assert ontario is not None and (ontario.code, ontario.feature) == ("CA-ON", "admin1")
    *_, nsw = resolve_names(["Sydney", "Melbourne", "NSW"], gazetteer=gazetteer)
    assert nsw is not None and nsw.code == "AU-NSW"
    _chicago, illinois = resolve_names(["Chicago", "IL"], gazetteer=gazetteer)
    assert illinois is not None and illinois.code == "US-IL"  # not the hamlet Il
    *_, nz = resolve_names(["Auckland", "Wellington", "NZ"], gazetteer=gazetteer)
    assert nz is not None and (nz.feature, nz.country_code) == ("country", "NZ")
    assert resolve_names(["NSW"], gazetteer=gazetteer) == [None]  # no country to read it in


def test_unknown_local_names_are_placed_at_the_main_place(gazetteer: Gazetteer) -> None:
    names = ["Lahore", "Gaddafi Stadium", "Karachi", "Lahore", "Pakistan"]
    lahore, stadium, _karachi, _, _pakistan = resolve_names(names, gazetteer=gazetteer)
    assert lahore is not None and not lahore.approximate
    assert stadium is not None and stadium.approximate
    assert (stadium.geonameid, stadium.name) == (lahore.geonameid, "Lahore")
    # the main city is in the country most of the places are in
    names = ["Peshawar", "Quetta", "Mardan", "Kabul", "Kabul", "Hayatabad Sports Complex"]
    *_, field = resolve_names(names, gazetteer=gazetteer)
    assert field is not None and field.approximate and field.name == "Peshawar"
    # without cities, the country
    _, depot = resolve_names(["Pakistan", "Gaddafi Stadium"], gazetteer=gazetteer)
    assert depot is not None and depot.feature == "country" and depot.approximate
    # natural features, regions and adjectives are not placed so (the sea and the region are
    # themselves, from regions.py); nor is a name alone
    _, sea, region, adjective, river, island = resolve_names(
        [
            "Lahore",
            "Arabian Sea",
            "Middle East",
            "Yugoslavist",
            "Qwertyuiop River",
            "Qwerty Island",
        ],
        gazetteer=gazetteer,
    )
    assert sea is not None and sea.feature == "sea" and not sea.approximate
    assert region is not None and region.feature == "region" and not region.approximate
    assert adjective is None and river is None
    # an island, a lake, a bay or a valley is mostly small enough to lie by the main place
    assert island is not None and island.approximate and island.name == "Lahore"
    assert resolve_names(["Gaddafi Stadium"], gazetteer=gazetteer) == [None]
    assert resolve_names(["Lahore", "the old stadium"], gazetteer=gazetteer)[1] is None


def test_the_main_place_is_the_city_the_text_s_other_places_surround(
    gazetteer: Gazetteer,
) -> None:
    # Boston, named first and larger, stands alone; Reno has Sparks and Nevada around it
    names = ["Boston", "Reno", "Sparks", "Nevada", "Quorbly Infirmary"]
    *_, infirmary = resolve_names(names, gazetteer=gazetteer)
    assert infirmary is not None and infirmary.approximate and infirmary.name == "Reno"
    # of cities as much mentioned and surrounded, the larger
    *_, infirmary = resolve_names(["Reno", "Boston", "Quorbly Infirmary"], gazetteer=gazetteer)
    assert infirmary is not None and infirmary.name == "Boston"


def test_dc_alone_is_the_district_and_washington_dc_the_city(gazetteer: Gazetteer) -> None:
    dc, district, city = resolve_names(
        ["D.C.", "District of Columbia", "Washington, D.C."], gazetteer=gazetteer
    )
    assert dc is not None and (dc.feature, dc.code) == ("admin1", "US-DC")
    assert district == dc
    assert city is not None and (city.feature, city.geonameid) == ("city", 4140963)


def test_generic_region_names_belong_to_the_countries_of_the_text(gazetteer: Gazetteer) -> None:
    *_, coast = resolve_names(["Houston", "Dallas", "West Coast"], gazetteer=gazetteer)
    assert coast is None  # not New Zealand's West Coast region
    *_, coast = resolve_names(["Wellington", "Christchurch", "West Coast"], gazetteer=gazetteer)
    assert coast is not None and coast.country_code == "NZ" and coast.feature == "admin1"


def test_a_known_part_naming_a_town_abroad_is_not_the_place(gazetteer: Gazetteer) -> None:
    *_, mall = resolve_names(["Lagos", "Ikeja", "Sunrise Valley Mall"], gazetteer=gazetteer)
    assert mall is not None and mall.country_code == "NG" and mall.approximate
    _, mall = resolve_names(["Miami", "Sunrise Valley Mall"], gazetteer=gazetteer)
    assert mall is not None and mall.name == "Sunrise" and not mall.approximate


def test_a_station_named_metro_is_not_the_town_metro(gazetteer: Gazetteer) -> None:
    # 'Metro' is a station's generic word, not Metro, Indonesia (180,000 people)
    _, station = resolve_names(["Chicago", "Quorbly Metro"], gazetteer=gazetteer)
    assert station is not None and station.approximate and station.name == "Chicago"


def test_adjectives_of_provinces_and_countries(gazetteer: Gazetteer) -> None:
    sardinian, scottish, tasmanian = resolve_names(
        ["Sardinian", "Scottish", "Tasmanian"], gazetteer=gazetteer
    )
    assert sardinian is not None and sardinian.code == "IT-88"
    assert scottish is not None and scottish.code == "GB-SCT"
    assert tasmanian is not None and tasmanian.code == "AU-TAS"
    (roman,) = resolve_names(["Roman"], gazetteer=gazetteer)  # a town of 50,000+ stays
    assert roman is not None and roman.feature == "city"
    # a town named like such an adjective stays itself in a text about its country
    *_, aradan = resolve_names(["Tehran", "Semnan", "Aradan"], gazetteer=gazetteer)
    assert aradan is not None and aradan.feature == "city" and aradan.country_code == "IR"


def test_counties_follow_the_state_of_the_other_places(gazetteer: Gazetteer) -> None:
    # Montgomery County: one in Ohio (around Dayton), one in Maryland (around Rockville), ...
    for city in ("Dayton", "Rockville"):
        town, county = resolve_names([city, "Montgomery County"], gazetteer=gazetteer)
        assert town is not None and county is not None and county.feature == "admin2"
        assert distance_km(town.lat, town.lon, county.lat, county.lon) < 50
    # a city keeps its name against the county or district named for it
    (lahore,) = resolve_names(["Lahore"], gazetteer=gazetteer)
    assert lahore is not None and lahore.feature == "city"


def test_a_state_named_as_its_own_large_city_means_the_city(gazetteer: Gazetteer) -> None:
    # Albany and Buffalo lie in New York State, which alone would make it the state
    *_, new_york = resolve_names(["Albany", "Buffalo", "New York"], gazetteer=gazetteer)
    assert new_york is not None and new_york.feature == "city"  # New York City
    assert new_york.population > 5_000_000
    texas, _houston = resolve_names(["Texas", "Houston"], gazetteer=gazetteer)
    assert texas is not None and texas.feature == "admin1"


def test_a_division_word_names_the_kind_of_place(gazetteer: Gazetteer) -> None:
    kano_state, kano, swat, quebec_city = resolve_names(
        ["Kano State", "Kano", "Swat District", "Quebec City"], gazetteer=gazetteer
    )
    assert kano_state is not None and kano_state.feature == "admin1"
    assert kano is not None and kano.feature == "city"
    assert swat is not None and (swat.feature, swat.country_code) == ("admin2", "PK")
    assert quebec_city is not None and quebec_city.feature == "city"


def test_a_country_acronym_is_that_country_not_the_main_place(gazetteer: Gazetteer) -> None:
    _, prc = resolve_names(["Washington", "PRC"], gazetteer=gazetteer)
    assert prc is not None and not prc.approximate
    assert (prc.feature, prc.country_code) == ("country", "CN")


def test_a_compass_part_of_a_country_is_the_country(gazetteer: Gazetteer) -> None:
    # 'South Lebanon' is a part of Lebanon, not the village of that name in Ohio
    south, _israel = resolve_names(["South Lebanon", "Israel"], gazetteer=gazetteer)
    assert south is not None and south.feature == "country" and south.country_code == "LB"
    (southern,) = resolve_names(["Southern California"], gazetteer=gazetteer)
    assert southern is not None and southern.feature == "admin1" and southern.name == "California"
    # a name that is itself a state or a large city stays itself
    virginia, london = resolve_names(["West Virginia", "East London"], gazetteer=gazetteer)
    assert virginia is not None and virginia.name == "West Virginia"
    assert london is not None and london.country_code == "ZA"


def test_a_part_naming_a_small_town_far_from_the_text_is_not_the_place(
    gazetteer: Gazetteer,
) -> None:
    # 'Hubbard' is a small town in Ohio: beside Miami and Orlando a hall named after someone
    # is more likely in Miami than in Ohio; beside Youngstown, Ohio it is the town
    *_, hall = resolve_names(["Miami", "Orlando", "Hubbard Memorial Hall"], gazetteer=gazetteer)
    assert hall is not None and hall.approximate and hall.name == "Miami"
    _, near = resolve_names(["Youngstown", "Hubbard Memorial Hall"], gazetteer=gazetteer)
    assert near is not None and not near.approximate and near.name == "Hubbard"


def test_a_former_state_is_placed_in_todays_state(gazetteer: Gazetteer) -> None:
    soviet, austro, _vienna = resolve_names(
        ["Soviet Union", "Austro", "Vienna"], gazetteer=gazetteer
    )
    assert soviet is not None and soviet.feature == "country" and soviet.country_code == "RU"
    assert austro is not None and austro.feature == "country" and austro.country_code == "AT"


def test_a_building_named_by_a_country_is_not_the_country(gazetteer: Gazetteer) -> None:
    # the Chinese Embassy beside Islamabad is in Islamabad, not in China; the Bank of China is
    # named by its country, not a building word, and stays the country
    *_, embassy = resolve_names(["Islamabad", "Rawalpindi", "Chinese Embassy"], gazetteer=gazetteer)
    assert embassy is not None and embassy.approximate and embassy.name == "Islamabad"
    _, bank = resolve_names(["Islamabad", "Bank of China"], gazetteer=gazetteer)
    assert bank is not None and bank.feature == "country" and bank.country_code == "CN"


def test_a_short_form_of_a_county_named_in_the_text_is_the_county(gazetteer: Gazetteer) -> None:
    # alone, 'Suffolk' is the city in Virginia; beside 'Suffolk County' (New York), the county
    (alone,) = resolve_names(["Suffolk"], gazetteer=gazetteer)
    assert alone is not None and alone.feature == "city"
    short, county = resolve_names(["Suffolk", "Suffolk County"], gazetteer=gazetteer)
    assert county is not None and county.feature == "admin2"
    assert short is not None and short.geonameid == county.geonameid
    # a city in the county's own state stays the city
    _, dallas = resolve_names(["Dallas County", "Dallas"], gazetteer=gazetteer)
    assert dallas is not None and dallas.feature == "city" and dallas.population > 1_000_000


def test_a_named_state_and_nearness_count_once(gazetteer: Gazetteer) -> None:
    # Texas has a hamlet called Detroit and one called Memphis, near Dallas and in the Texas
    # the text names; counted once, that does not outweigh the cities of 600,000
    detroit, memphis, *_ = resolve_names(
        ["Detroit", "Memphis", "Dallas", "Houston", "Texas"], gazetteer=gazetteer
    )
    assert detroit is not None and detroit.population > 500_000
    assert memphis is not None and memphis.population > 500_000


def test_adjectives_of_provinces_and_nations_within_states(gazetteer: Gazetteer) -> None:
    # 'Welsh' is Wales, not the town of Welsh, Louisiana; 'Punjabi' is the Punjab of the text
    (welsh,) = resolve_names(["Welsh"], gazetteer=gazetteer)
    assert welsh is not None and welsh.feature == "admin1" and welsh.country_code == "GB"
    punjabi, _lahore = resolve_names(["Punjabi", "Lahore"], gazetteer=gazetteer)
    assert punjabi is not None and punjabi.feature == "admin1" and punjabi.country_code == "PK"
    punjabi, _amritsar = resolve_names(["Punjabi", "Amritsar"], gazetteer=gazetteer)
    assert punjabi is not None and punjabi.country_code == "IN"
    (kurdish,) = resolve_names(["Kurdish"], gazetteer=gazetteer)
    assert kurdish is not None and kurdish.name == "Kurdistan" and kurdish.feature == "region"


def test_a_city_named_only_inside_longer_names_does_not_make_the_main_place(
    gazetteer: Gazetteer,
) -> None:
    # an academy named for a Spanish club, in a text about Lima: the unknown suburb is by Lima
    names = ["Lima", "Peru", "Barcelona Academy", "Barcelona Academy", "Barcelona Academy"]
    places = resolve_names([*names, "Qorvantu"], gazetteer=gazetteer)
    academy, suburb = places[2], places[-1]
    assert academy is not None and academy.country_code == "ES"
    assert suburb is not None and suburb.approximate and suburb.country_code == "PE"


def test_a_part_of_a_longer_name_is_a_place_by_its_main_name(gazetteer: Gazetteer) -> None:
    # 'Terminus' is only an old name of Atlanta (under 1,000,000): the hotel is by Chicago
    hotel, _ = resolve_names(["Terminus Hotel", "Chicago"], gazetteer=gazetteer)
    assert hotel is not None and hotel.approximate and hotel.name == "Chicago"
    # a big city's other name still is one ('Peking' is Beijing)
    (university,) = resolve_names(["Peking University"], gazetteer=gazetteer)
    assert university is not None and university.geonameid == 1816670


def test_a_place_named_with_its_state_or_country_in_one_span(gazetteer: Gazetteer) -> None:
    for name, cc in [("Paris, Texas", "US"), ("London, Ontario", "CA"), ("Perth, Scotland", "GB")]:
        (place,) = resolve_names([name], gazetteer=gazetteer)
        assert place is not None and place.feature == "city", name
        assert place.country_code == cc and place.name == name.split(",")[0], name


def test_named_within_pairs_a_span_with_the_one_after_its_comma() -> None:
    text = "From London, Ontario to Paris and Rome, then Perth , Scotland."
    spans = [(5, 11), (13, 20), (24, 29), (34, 38), (45, 50), (53, 61)]
    assert named_within(text, spans) == [1, None, None, None, 5, None]
    assert named_within(text, list(reversed(spans))) == [None, 0, None, None, None, 4]


def test_geocode_mentions_reads_a_town_with_its_state(gazetteer: Gazetteer) -> None:
    text = "The band toured Perth and Glasgow in Scotland, then London, Ontario."
    spans = [(16, 21), (26, 33), (37, 45), (52, 58), (60, 67)]
    places = geocode_mentions(text, spans)
    london = places[3]
    assert london is not None and london.country_code == "CA" and london.feature == "city"
    # without the pairing the text's British places make it London, England
    names = [text[s:e] for s, e in spans]
    alone = resolve_names(names, gazetteer=gazetteer)[3]
    assert alone is not None and alone.country_code == "GB"


def test_a_list_of_states_is_not_read_as_a_town_in_a_state(gazetteer: Gazetteer) -> None:
    text = "Storms hit Athens, Georgia, then Georgia, Florida and Alabama."
    spans = [(11, 17), (19, 26), (33, 40), (42, 49), (54, 61)]
    athens, georgia, again, florida, _ = geocode_mentions(text, spans)
    assert athens is not None and athens.country_code == "US" and athens.feature == "city"
    assert georgia is not None and georgia.code == "US-GA" and again == georgia
    assert florida is not None and florida.code == "US-FL"
    # 'Washington, Oregon' is two states, not Washington County, Oregon
    text = "Fires spread in Washington, Oregon and Idaho."
    washington, oregon, _ = geocode_mentions(text, [(16, 26), (28, 34), (39, 44)])
    assert washington is not None and washington.feature != "admin2"
    assert oregon is not None and oregon.code == "US-OR"


def test_a_generic_region_name_is_not_a_small_town(gazetteer: Gazetteer) -> None:
    # 'the West' in a text about Russia and Texas is not the Texas town of West
    _, west, _, _ = resolve_names(["Russia", "West", "Washington", "Texas"], gazetteer=gazetteer)
    assert west is None or west.feature != "city"
    # a province of that name stays, in a text about its country
    west, _ = resolve_names(["West", "Cameroon"], gazetteer=gazetteer)
    assert west is not None and west.feature == "admin1" and west.country_code == "CM"


def test_an_unknown_local_name_said_to_be_in_a_place_is_placed_there() -> None:
    text = "Aid reached Recife and Salvador in Brazil, officials said at the Orvana Hall in Vienna."
    names = ["Recife", "Salvador", "Brazil", "Orvana Hall", "Vienna"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    assert named_in(text, spans) == [None, 2, None, 4, None]
    hall = geocode_mentions(text, spans)[3]
    assert hall is not None and hall.approximate and hall.name == "Vienna"
    # without it the hall would be at the text's main place, in Brazil
    alone = resolve_names(names)[3]
    assert alone is not None and alone.approximate and alone.country_code == "BR"


def test_a_building_named_by_generic_words_is_at_the_main_place(gazetteer: Gazetteer) -> None:
    hall, _, region = resolve_names(["City Hall", "Denver", "Middle East"], gazetteer=gazetteer)
    assert hall is not None and hall.approximate and hall.name == "Denver"
    assert region is None or not region.approximate  # a region is not a local name


def test_pairs_of_another_length_than_the_names_are_refused() -> None:
    with pytest.raises(InputError, match="within has 1 entries for 2 names"):
        resolve_names(["Paris", "Texas"], within=[1])
    with pytest.raises(InputError, match="located_in has 3 entries"):
        resolve_names(["Paris", "Texas"], located_in=[None, None, None])
