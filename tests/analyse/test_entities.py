from __future__ import annotations

from spacy.language import Language

from newsdesk.analyse import analyse
from newsdesk.analyse.entities import initials, org_kind
from newsdesk.analyse.gazetteer import Gazetteer
from newsdesk.records import Analysis, Article, Mention


def _analyse(text: str, nlp: Language, gazetteer: Gazetteer) -> Analysis:
    return analyse(Article(headline="test", body=text), nlp=nlp, gazetteer=gazetteer)


def _mentions(result: Analysis, text: str) -> list[Mention]:
    return [m for m in result.mentions if m.text == text]


def test_initials_count_hyphenated_parts() -> None:
    assert initials("Tehreek-e-Taliban Pakistan") == "TTP"
    assert initials("Baloch Liberation Army") == "BLA"
    assert initials("Islamic State of Iraq and the Levant") == "ISIL"


def test_org_kinds() -> None:
    assert org_kind("Tehreek-e-Taliban Pakistan") == "armed_group"
    assert org_kind("Ministry of Foreign Affairs") == "government"
    assert org_kind("Red Crescent") == "organisation"


def test_acronym_and_its_definition_are_one_entity(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "The Baloch Liberation Army (BLA) claimed the attack near Quetta.\n\n"
        "Police said the BLA had threatened the convoy before."
    )
    result = _analyse(text, nlp, gazetteer)
    keys = {m.entity for m in result.mentions if m.text in ("Baloch Liberation Army", "BLA")}
    assert len(keys) == 1
    assert len(_mentions(result, "BLA")) == 2
    entity = next(e for e in result.entities if e.key in keys)
    assert entity.name == "Baloch Liberation Army"
    assert "BLA" in entity.aliases
    assert entity.kind == "armed_group"
    assert entity.country is None or entity.country == "PAK"


def test_hyphenated_name_split_by_spacy_is_joined_and_linked_to_its_acronym(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Officials blamed Tehreek-e-Taliban Pakistan for the raid on Monday. "
        "The TTP denied any role in it."
    )
    result = _analyse(text, nlp, gazetteer)
    (long_form,) = _mentions(result, "Tehreek-e-Taliban Pakistan")
    (short_form,) = _mentions(result, "TTP")
    assert long_form.entity == short_form.entity
    assert long_form.kind == "armed_group"
    assert not _mentions(result, "Tehreek")


def test_title_is_dropped_and_surname_joins_the_full_name(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Foreign Minister Ishaq Dar met reporters in Lahore on Monday. Dar later left for Beijing."
    )
    result = _analyse(text, nlp, gazetteer)
    (full,) = _mentions(result, "Ishaq Dar")
    (surname,) = _mentions(result, "Dar")
    assert full.kind == "person" and full.role == "Foreign Minister"
    assert surname.entity == full.entity
    person = next(e for e in result.entities if e.key == full.entity)
    assert person.name == "Ishaq Dar" and person.role == "Foreign Minister"


def test_capital_as_actor_is_its_government_and_keeps_the_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    acting = _analyse("Kabul rejected the accusation on Tuesday.", nlp, gazetteer)
    (kabul,) = _mentions(acting, "Kabul")
    assert kabul.kind == "government" and kabul.entity == "gov:AFG"
    assert kabul.place is not None and kabul.place.geonameid == 1138958
    keys = {e.key for e in acting.entities}
    assert {"gov:AFG", "place:1138958"} <= keys

    directed = _analyse(
        "The delegation changed course after directives from Kabul.", nlp, gazetteer
    )
    assert _mentions(directed, "Kabul")[0].kind == "government"

    located = _analyse("The talks were held in Kabul last week.", nlp, gazetteer)
    (place,) = _mentions(located, "Kabul")
    assert place.kind == "place" and place.entity == "place:1138958"


def test_nationality_maps_to_its_country(nlp: Language, gazetteer: Gazetteer) -> None:
    result = _analyse("The round was hosted by Turkish mediators.", nlp, gazetteer)
    (turkish,) = _mentions(result, "Turkish")
    assert turkish.kind == "nationality"
    entity = next(e for e in result.entities if e.key == turkish.entity)
    assert entity.name == "Turkey" and entity.country == "TUR"
    assert turkish.place is not None and turkish.place.country_code == "TR"


def test_possessives_and_hyphenated_adjectives_stay_out_of_names(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Elon Musk’s rocket company won the contract. The Oscar-winning actress "
        "Mary Steenburgen praised NASA-inspired designs."
    )
    result = _analyse(text, nlp, gazetteer)
    texts = [m.text for m in result.mentions]
    assert "Elon Musk" in texts
    assert not any(t.endswith(("’s", "'s", "-winning", "-inspired")) for t in texts)


def test_a_government_body_keeps_its_own_name(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "The Fort Worth Police Department confirmed the arrest on Monday."
    result = _analyse(text, nlp, gazetteer)
    (police,) = [e for e in result.entities if "Police" in e.name]
    assert police.kind == "government" and police.key.startswith("org:")
    assert police.name == "Fort Worth Police Department"
    assert not any(e.name.strip() == "Government of" for e in result.entities)


def test_lone_surname_after_the_full_name_is_the_person(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Jeffrey Epstein met the prince in New York in 2010. "
        "Friends of Epstein said the meeting was brief."
    )
    result = _analyse(text, nlp, gazetteer)
    people = {m.text: m.entity for m in result.mentions if m.kind == "person"}
    assert people.get("Epstein") == people["Jeffrey Epstein"]


def test_a_province_is_an_entity_keyed_by_its_code(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Floods hit Sindh and Balochistan, and Sindh asked for federal help."
    result = _analyse(text, nlp, gazetteer)
    keys = {m.text: m.entity for m in result.mentions}
    (balochistan,) = [m.place for m in result.mentions if m.text == "Balochistan"]
    assert balochistan is not None and balochistan.code == "PK-BA"
    assert keys["Balochistan"] == f"place:{balochistan.key}"  # GeoNames id, else ISO code
    sindh = [m for m in result.mentions if m.text == "Sindh"]
    assert len(sindh) == 2
    assert {p.code for p in result.places} >= {"PK-SD", "PK-BA"}


def test_the_host_country_is_the_country_of_the_venue(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "The second round of talks, held in Doha, ended late on Sunday. "
        "Both delegations and the host country agreed to meet again."
    )
    result = _analyse(text, nlp, gazetteer)
    (host,) = _mentions(result, "host country")
    assert host.entity in ("gov:QAT", "place:289688")  # Qatar, acting or as a place
    assert host.place is not None and host.place.country_code == "QA"


def test_a_place_only_placed_near_the_main_place_is_its_own_entity(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Fans gathered in Lahore on Sunday. The match at Gaddafi Stadium drew 20,000 people, "
        "and Lahore police closed roads near Gaddafi Stadium."
    )
    result = _analyse(text, nlp, gazetteer)
    keys = [e.key for e in result.entities]
    assert len(keys) == len(set(keys))
    stadium = next(e for e in result.entities if e.name == "Gaddafi Stadium")
    lahore = next(e for e in result.entities if e.name == "Lahore")
    assert stadium.key != lahore.key and stadium.kind == "place"
    assert stadium.place is not None and stadium.place.approximate
    assert stadium.place.name == "Lahore" and stadium.country == "PAK"
