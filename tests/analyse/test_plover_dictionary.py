"""The PLOVER actor dictionary: office holders by name and year, and named bodies."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsdesk.analyse.events import code_events
from newsdesk.analyse.plover_dictionary import group_country, lookup_body, lookup_person, normalise


def test_normalise_folds_accents_hyphens_and_possessives() -> None:
    assert normalise("Recep Tayyip Erdoğan's") == "recep tayyip erdogan"
    assert normalise("Kim Jong-un") == "kim jong un"


@pytest.mark.parametrize(
    ("name", "role", "year", "expected"),
    [
        ("Putin", None, None, ("RUS", "GOV")),  # a distinctive surname alone
        ("Bush", "President", 2003, ("USA", "GOV")),
        ("President Bush", None, None, ("USA", "GOV")),
        ("Omar Hassan al-Bashir", None, None, ("SDN", "GOV")),  # a middle name more
        ("Kim Jong-un", None, None, ("PRK", "GOV")),
        ("Xi", None, None, ("CHN", "GOV")),  # family name first
        ("Thaksin", None, None, ("THA", "GOV")),  # Thais go by their given name
        ("Hamad bin Khalifa al-Thani", "Sheikh", None, ("QAT", "GOV")),
        ("Mohammed VI", "King", None, ("MAR", "GOV")),
        ("Osama bin Laden", None, None, ("IMG", "REB")),
    ],
)
def test_lookup_person(
    name: str, role: str | None, year: int | None, expected: tuple[str, str]
) -> None:
    assert lookup_person(name, role, year) == expected


def test_the_year_chooses_the_office() -> None:
    # Javier Solana: Spanish foreign minister, then NATO and EU
    assert lookup_person("Javier Solana", None, 1993) == ("ESP", "GOV")
    assert lookup_person("Javier Solana", None, 2005) == ("IGO", "IGO")
    # Ahmed al-Sharaa led rebels before he led Syria
    assert lookup_person("Ahmed al-Sharaa", None, 2020) == ("SYR", "REB")
    assert lookup_person("Ahmed al-Sharaa", None, 2025) == ("SYR", "GOV")


def test_common_and_shared_surnames_need_more() -> None:
    assert lookup_person("Johnson") is None  # too common alone
    assert lookup_person("Johnson", "Prime Minister", 2020) == ("GBR", "GOV")
    assert lookup_person("Kim") is None  # North and South Korea
    assert lookup_person("Lee", "President", 2010) == ("KOR", "GOV")
    assert lookup_person("Kate Bush") is None  # not a holder's first name
    assert lookup_person("George Bush") == ("USA", "GOV")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("the Kremlin", ("RUS", "GOV")),
        ("Downing Street", ("GBR", "GOV")),
        ("The PRC", ("CHN", "GOV")),
        ("al-Qaeda", ("IMG", "REB")),
        ("the Pentagon", ("USA", "MIL")),
        ("Zaire", ("COD", "GOV")),
    ],
)
def test_lookup_body(name: str, expected: tuple[str, str]) -> None:
    assert lookup_body(name) == expected


def _codes(text: str, when: datetime | None = None) -> tuple[set[str], set[str]]:
    events = code_events(text, when)
    assert events, text
    top = events[0]
    return (
        {a["code"] for a in top["actor"] if a.get("code")},
        {a["code"] for a in top["recipient"] if a.get("code")},
    )


def test_coder_knows_a_leader_named_alone() -> None:
    actors, _ = _codes("Erdogan threatened to close the border with Armenia.")
    assert actors == {"TUR"}
    actors, _ = _codes("President Museveni accused the opposition of plotting a coup.")
    assert actors == {"UGA"}


def test_coder_knows_seats_of_power() -> None:
    actors, _ = _codes("Downing Street rejected the proposal on Monday.")
    assert actors == {"GBR"}


def test_coder_uses_the_article_year() -> None:
    text = "Solana criticised the plan on Tuesday."
    actors, _ = _codes(text, datetime(1994, 5, 1, tzinfo=UTC))
    assert actors == {"ESP"}  # Spain's foreign minister in 1994
    actors, _ = _codes(text, datetime(2005, 5, 1, tzinfo=UTC))
    assert actors == {"IGO"}  # the EU's foreign policy chief in 2005


def test_a_leader_beats_a_minister_sharing_the_surname() -> None:
    # Tony Blair (UK prime minister) and Bill Blair (a Canadian minister)
    assert lookup_person("Blair") == ("GBR", "GOV")
    assert lookup_person("Blair", None, 2024) == ("CAN", "GOV")


def test_peoples_of_one_country() -> None:
    assert group_country("Tamils") == "LKA"
    assert group_country("Bosnian Serb") == "BIH"
    assert group_country("Kurdish") is None  # several countries: the sentence must say


def test_coder_codes_peoples_by_their_country() -> None:
    actors, _ = _codes("Tamil rebels killed ten soldiers on Sunday.")
    assert actors == {"LKA"}
    actors, _ = _codes("Turkish Cypriot leaders rejected the plan.")
    assert actors == {"CYP"}


def test_a_junta_is_an_actor() -> None:
    top = code_events("The junta arrested the former president on Monday.")[0]
    assert [(a["text"], a["sector"]) for a in top["actor"]] == [("The junta", "MIL")]


def test_ethnic_groups_are_coded_by_where_they_live() -> None:
    actors, _ = _codes("Ethnic Hungarians rallied in Romania on Saturday.")
    assert actors == {"ROU"}
    actors, _ = _codes("Ethnic Russians protested on Sunday.")  # no place: nationality
    assert actors == {"RUS"}


def test_no_false_friends() -> None:
    assert lookup_person("John M. Ford") is None  # not 'John Lee' of Hong Kong
    assert lookup_person("Dan") is None  # a first name, not Romania's president
    assert lookup_person("UN Security Council") is None
    assert lookup_person("Charles") is None
    assert lookup_person("Charles", "King", 2023) == ("GBR", "GOV")


def test_a_leader_not_the_small_town_of_his_name() -> None:
    # Arafat is also a town in Mauritania
    actors, recipients = _codes("Arafat accused Netanyahu of destroying the peace process.")
    assert actors == {"PSE"} and recipients == {"ISR"}


def test_a_name_with_a_lower_case_particle() -> None:
    _, recipients = _codes("Mandela urged de Klerk to end the violence.")
    assert recipients == {"ZAF"}


def test_a_party_affiliated_with_a_national_body() -> None:
    actors, _ = _codes("Some 500 doctors affiliated with the Kenyan medical union began a strike.")
    assert actors == {"KEN"}


def test_fighters_loyal_to_a_known_leader() -> None:
    actors, _ = _codes("Rebels loyal to Charles Taylor attacked Guinean villages.")
    assert actors == {"LBR"}


def test_a_backer_is_not_the_partys_country() -> None:
    actors, _ = _codes("Iranian-backed militias attacked a US base in Syria.")
    assert actors == {"SYR"}


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Kim Jong Un threatened to strike Guam.", "PRK", None),  # 'Un' is not the UN
        ("The Houthis attacked a ship in the Red Sea.", "YEM", None),  # taken for a person
        ("ISIS claimed responsibility for the bombing in Kabul.", "IMG", None),
        ("Islamic State militants beheaded a Japanese hostage.", "IMG", "JPN"),
        ("The Pentagon sent more troops to Poland.", "USA", "POL"),  # own troops moved
        ("The Elysee condemned the coup in Niger.", "FRA", "NER"),  # where the coup was
    ],
)
def test_coder_actor_cases(text: str, actor: str, recipient: str | None) -> None:
    actors, recipients = _codes(text)
    assert actor in actors
    if recipient is not None:
        assert recipients == {recipient}
