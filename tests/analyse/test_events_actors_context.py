"""Parties coded from their context: a group, office or role the sentence names without a
country word takes the one country the sentence names (CAMEO / PLOVER coders code domestic
actors by location). Sentences of our own, in news style; each case failed before its rule
unless marked as a guard."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyse.coded import party_codes as _codes
from tests.analyse.coded import top_event as _top


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The rebels rejected a peace offer from the Colombian government.", "COL"),
        ("The opposition boycotted the vote, Kenya's electoral commission said.", "KEN"),
        ("Protesters burned tyres and blocked roads across Bangladesh on Sunday.", "BGD"),
        (
            "The militants, who are fighting to topple the Somali government, "
            "attacked a military base.",
            "SOM",
        ),
    ],
)
def test_a_group_without_a_country_takes_the_one_the_sentence_names(text: str, code: str) -> None:
    assert _codes(_top(text)["actor"]) == [code]


def test_a_recipient_without_a_country_takes_the_one_the_sentence_names() -> None:
    top = _top("The Colombian government accused the rebels of breaking the truce.")
    assert _codes(top["recipient"]) == ["COL"]


def test_a_protest_by_a_group_so_placed_is_against_that_government() -> None:
    top = _top(
        "Islamic fundamentalists continued their hunger strike to demand the resignation "
        "of the Algerian president."
    )
    assert _codes(top["actor"]) == ["DZA"]
    assert "DZA" in _codes(top["recipient"])


@pytest.mark.parametrize(
    "text",
    [
        "The rebels rejected a peace offer brokered by Norway and Cuba.",
        "Militants attacked a school, Pakistani and Afghan officials said.",
    ],
)
def test_where_several_countries_compete_the_group_stays_uncoded(text: str) -> None:
    # guard: no syntax picks one of the two countries
    assert _codes(_top(text)["actor"]) == [None]


def _sectors(parties: list[dict[str, Any]]) -> list[str | None]:
    return [p["sector"] for p in parties]


def test_victims_named_by_what_they_are_are_the_recipient() -> None:
    top = _top("Seven fishermen were killed as Indian border guards opened fire on their boat.")
    assert [p["text"] for p in top["recipient"]] == ["Seven fishermen"]
    assert _sectors(top["recipient"]) == ["CVL"]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli aircraft fired missiles at a car in Gaza City.",
        "Russian helicopter gunships attacked rebel positions near Grozny.",
    ],
)
def test_a_nationality_and_a_military_craft_are_that_countrys_military(text: str) -> None:
    top = _top(text)
    assert _sectors(top["actor"]) == ["MIL"]
    assert _codes(top["actor"])[0] in ("ISR", "RUS")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The attack, which was claimed by the Pakistani Taliban, killed 30 people.", "PAK"),
        ("An attack blamed on Boko Haram killed 12 villagers.", "NGA"),
        ("An attack carried out by Houthi rebels killed five Saudi border guards.", "YEM"),
    ],
)
def test_an_attack_claimed_by_or_blamed_on_a_group_is_that_groups(text: str, code: str) -> None:
    assert _codes(_top(text)["actor"]) == [code]


def test_a_passive_in_an_ambush_blamed_on_a_group_takes_that_group() -> None:
    top = _top("Three soldiers were killed on Monday in an ambush blamed on Maoist rebels.")
    assert [p["text"] for p in top["actor"]] == ["Maoist rebels"]


def test_an_act_noun_as_subject_gives_its_own_doer_and_target() -> None:
    top = _top("Israel's bombardment of Gaza has killed more than 200 people.")
    assert _codes(top["actor"]) == ["ISR"]
    assert _codes(top["recipient"]) == ["PSE"]


def test_an_act_without_a_doer_is_an_unidentified_party_of_the_one_country_named() -> None:
    top = _top("A minefield explosion killed two Iraqi youths and wounded five others.")
    assert _codes(top["actor"]) == ["IRQ"]
    assert _sectors(top["actor"]) == ["UNK"]


def test_a_country_undergoing_an_act_from_abroad_is_not_its_doer() -> None:
    # guard for the rule above
    top = _top("Sanctions were imposed on Iran last year.")
    assert top["event"] == "SANCTION"
    assert _codes(top["actor"]) == []


def test_a_threat_of_repression_at_a_place_falls_on_its_people() -> None:
    top = _top("President Mubarak threatened to impose a curfew in Cairo.")
    assert top["event"] == "THREATEN"
    assert _codes(top["recipient"]) == ["EGY"]


def test_an_attack_to_disperse_a_crowd_is_aimed_at_that_crowd() -> None:
    top = _top("Egyptian police opened fire to disperse demonstrators, killing one person.")
    assert [p["text"] for p in top["recipient"]] == ["demonstrators"]
    assert _codes(top["recipient"]) == ["EGY"]


def test_a_subject_the_parser_hung_on_an_opening_phrase_is_the_actor() -> None:
    top = _top("After meeting in Geneva, Iran and the United States agreed to resume talks.")
    assert top["event"] == "AGREE"
    assert _codes(top["actor"]) == ["IRN", "USA"]
    assert top["recipient"] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kenya withdrew its ambassador to Uganda.", "UGA"),
        ("Ankara recalled its ambassador from Vienna.", "AUT"),
        ("Britain pulled its troops out of Basra.", "IRQ"),
    ],
)
def test_the_doers_own_envoys_or_troops_are_no_recipient_where_they_go_is(
    text: str, code: str
) -> None:
    assert _codes(_top(text)["recipient"]) == [code]


def test_supporters_of_a_side_are_a_party() -> None:
    top = _top("Opposition supporters clashed with police in Nairobi.")
    assert [p["text"] for p in top["actor"]] == ["Opposition supporters"]
    assert _codes(top["actor"]) == ["KEN"]


def test_a_verb_the_parser_made_a_modifier_of_its_object_keeps_its_subject() -> None:
    top = _top("The IMF suspended aid to Mozambique.")
    assert _codes(top["actor"]) == ["IGO"]
    assert _codes(top["recipient"]) == ["MOZ"]


def test_an_opposition_leader_is_of_the_opposition_whatever_offices_he_held() -> None:
    top = _top("Police arrested opposition leader Morgan Tsvangirai.")
    assert _sectors(top["recipient"]) == ["OPP"]
    top = _top("The opposition leader called for a general strike.")
    assert _sectors(top["actor"]) == ["OPP"]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry summoned the Chinese ambassador.",
        "The military government accused Honduras of harbouring rebels.",
    ],
)
def test_a_state_organ_is_not_given_the_country_of_the_state_it_acts_on(text: str) -> None:
    assert _codes(_top(text)["actor"]) == [None]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Jewish state accused Iran of sponsoring terrorism.", "ISR"),
        ("The Islamic Republic rejected the accusations by Washington.", "IRN"),
    ],
)
def test_a_states_epithet_is_that_state(text: str, code: str) -> None:
    assert _codes(_top(text)["actor"]) == [code]


def test_a_party_named_for_whom_it_supports_is_of_the_country_where_it_acts() -> None:
    top = _top("Pro-Russian separatists seized government buildings in Donetsk, Ukraine.")
    assert _codes(top["actor"]) == ["UKR"]


def test_the_country_of_a_backer_is_not_the_partys_own() -> None:
    top = _top("Government troops backed by US air strikes attacked the rebels.")
    assert _codes(top["actor"]) == [None]
    assert _codes(top["recipient"]) == [None]


def test_a_group_named_in_the_singular_is_the_dictionarys_plural_body() -> None:
    top = _top("Sandinista troops clashed with Contra rebels near the Honduran border.")
    assert _codes(top["actor"]) == ["NIC"]
    assert _codes(top["recipient"]) == ["NIC"]


def test_the_two_countries_are_the_two_the_sentence_names() -> None:
    top = _top(
        "The two countries agreed to restore diplomatic relations, Iranian and Saudi "
        "officials said."
    )
    assert top["event"] == "AGREE"
    assert _codes(top["actor"]) == ["IRN", "SAU"]


def test_a_misspelt_country_name_is_still_that_country() -> None:
    top = _top("Ethopia has agreed to re-open its borders to UN peacekeepers.")
    assert _codes(top["actor"]) == ["ETH"]
    # 'its borders' are the doer's own, no recipient; those they open to are
    assert _codes(top["recipient"]) == ["IGO"]


def test_the_doers_own_border_is_no_recipient_the_neighbour_is() -> None:
    top = _top("Israel closed its border with Egypt.")
    assert _codes(top["recipient"]) == ["EGY"]


def test_clashes_that_erupted_between_two_sides_are_theirs() -> None:
    top = _top("Clashes erupted between Indian and Pakistani troops along the border.")
    assert top["event"] == "ASSAULT"
    assert _codes(top["actor"]) == ["IND", "PAK"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            '"We will not negotiate with terrorists," Israeli Prime Minister Yitzhak Shamir said.',
            "ISR",
        ),
        ('"I will not resign," President Mobutu told reporters.', "COD"),
    ],
)
def test_a_first_person_in_a_quote_is_its_speaker(text: str, code: str) -> None:
    top = _top(text)
    assert _codes(top["actor"]) == [code]
    assert top["actor"][0]["sector"] == "GOV"


def test_troops_arriving_in_a_country_have_it_as_recipient() -> None:
    top = _top("NATO peacekeeping troops arrived in Bosnia.")
    assert _codes(top["actor"]) == ["IGO"]
    assert _codes(top["recipient"]) == ["BIH"]


def test_who_is_put_under_investigation_undergoes_it() -> None:
    top = _top("A US national has been put under investigation in Italy.")
    assert _codes(top["recipient"]) == ["USA"]


def test_a_former_name_of_a_country_is_that_country() -> None:
    top = _top("Siam signed a treaty with France.")
    assert _codes(top["actor"]) == ["THA"]


def test_an_act_on_something_with_a_party_has_that_party_as_recipient() -> None:
    top = _top("Italy announced a suspension of air links with Serbia on Wednesday.")
    assert _codes(top["actor"]) == ["ITA"]
    assert _codes(top["recipient"]) == ["SRB"]


def test_talks_in_a_city_are_not_its_countrys() -> None:
    top = _top("The talks resumed in Geneva on Monday.")
    assert top["event"] == "CONSULT"
    assert _codes(top["actor"]) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The attack was claimed by the Pakistani Taliban.", "the Pakistani Taliban"),
        ("The bombing in Kabul was claimed by Islamic State.", "Islamic State"),
    ],
)
def test_an_attack_claimed_by_a_group_as_the_main_verb_is_that_group_s(
    text: str, actor: str
) -> None:
    event = _top(text)
    assert event["event"] == "ASSAULT"
    assert [a["text"] for a in event["actor"]] == [actor]


def test_an_attack_blamed_on_a_group_stays_an_accusation_of_it() -> None:
    # guard: 'blamed on' is itself the act (ACCUSE) and the group its recipient
    event = _top("The ambush was blamed on Maoist rebels.")
    assert event["event"] == "ACCUSE"
    assert [r["text"] for r in event["recipient"]] == ["Maoist rebels"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Serbian government accepted the peace plan proposed by the European Union.", "IGO"),
        ("The US demanded the immediate release of the sailors held by Iran.", "IRN"),
    ],
)
def test_the_agent_of_a_participle_on_the_object_is_the_recipient(text: str, code: str) -> None:
    # whose plan is accepted, who is asked to free the people it holds
    assert code in _codes(_top(text)["recipient"])


def test_the_host_of_a_visit_named_by_a_noun_is_the_recipient() -> None:
    # a visit goes one way, as the verb 'visited Nepal' does: no reciprocal meeting
    top = _top("The Indian prime minister began a three-day visit to Nepal on Monday.")
    assert _codes(top["actor"]) == ["IND"]
    assert _codes(top["recipient"]) == ["NPL"]


def test_a_headline_verb_taken_for_a_noun_keeps_its_subject_as_actor() -> None:
    top = _top("Kohl pledges aid to Poland.")
    assert _codes(top["actor"]) == ["DEU"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gazprom cut gas supplies to Ukraine.", "RUS"),
        ("Xinhua accused Japan of distorting history.", "CHN"),
        ("KCNA accused the United States of plotting an invasion.", "PRK"),
        ("PDVSA halted oil shipments to Cuba.", "VEN"),
        ("The Pope urged world leaders to end the war.", "VAT"),
        ("The Dalai Lama accused Beijing of cultural genocide.", "CHN"),
        ("The OPCW accused Syria of using chlorine gas.", "IGO"),
        ("The Kurdish Peshmerga recaptured the town from Islamic State fighters.", "IRQ"),
        ("Kurdish peshmerga fighters shelled the village.", "IRQ"),
    ],
)
def test_bodies_known_by_name_have_their_home_country(text: str, code: str) -> None:
    # state firms and media, religious leaders by title, IGOs, a body after a people's name
    assert _codes(_top(text)["actor"]) == [code]


def test_a_known_body_followed_by_an_of_phrase_keeps_its_country() -> None:
    top = _top("The ruling Awami League accused the BNP of arson attacks.")
    assert _codes(top["recipient"]) == ["BGD"]


def test_a_rebel_leader_is_no_state_organ_and_takes_the_country_named() -> None:
    # 'leader' alone is a government's; a rebel leader is not kept from the state he opposes
    top = _top("The rebel leader rejected the peace deal with the government of Sudan.")
    assert [(a["code"], a["sector"]) for a in top["actor"]] == [("SDN", "REB")]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "A spokesman for the rebels said they had shot down a Sudanese army helicopter.",
            ("SDN", "REB"),
        ),
        ("The leader of the opposition accused the Kenyan government of fraud.", ("KEN", "OPP")),
    ],
)
def test_a_voice_or_leader_of_a_body_is_that_body(text: str, party: tuple[str, str]) -> None:
    assert [(a["code"], a["sector"]) for a in _top(text)["actor"]] == [party]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Kenyan government agreed to hold early elections.", "KEN"),
        ("North Korea vowed to strengthen its nuclear deterrent.", "PRK"),
        ("Thai protesters rejected the election results.", "THA"),
        ("The Iranian president, back from a visit to Syria, rejected the new budget.", "IRN"),
    ],
)
def test_an_act_aimed_at_no_one_named_is_aimed_at_home(text: str, code: str) -> None:
    assert _codes(_top(text)["recipient"]) == [code]


def test_meetings_and_acts_on_the_actors_own_get_no_home_recipient() -> None:
    # guards: a reciprocal meeting has no recipient; the owner of the embassy attacked
    # is not the target of the condemnation
    assert _top("Kenyan and Somali officials met in Nairobi on Monday.")["recipient"] == []
    top = _top("The French government condemned the attack on its embassy in Niamey.")
    assert top["recipient"] == []


def test_an_unnamed_government_is_the_other_country_than_the_one_it_accuses() -> None:
    top = _top("The government accused Ethiopian troops of crossing the border into Somalia.")
    assert _codes(top["actor"]) == ["SOM"]


def test_an_igo_named_in_the_sentence_is_no_home_for_an_unnamed_government() -> None:
    top = _top(
        "The government on Monday rejected Amnesty International's report on torture in Turkey."
    )
    assert _codes(top["actor"]) == ["TUR"]


def test_a_denied_act_of_the_speakers_own_forces_has_its_target_as_recipient() -> None:
    top = _top("Syria denied that its troops had fired on Lebanese civilians.")
    assert _codes(top["recipient"]) == ["LBN"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Reagan accused Moscow of violating the arms treaty.", "USA"),
        ("Honecker accused Washington of meddling.", "DEU"),
        ("Ceausescu expelled the Hungarian ambassador.", "ROU"),
        ("Nimeiri expelled the Libyan diplomats.", "SDN"),
        ("Khasbulatov accused Washington of meddling.", "RUS"),
        ("Kharazi rejected the American proposal.", "IRN"),
    ],
)
def test_leaders_of_the_late_cold_war_are_known(text: str, code: str) -> None:
    assert _codes(_top(text)["actor"]) == [code]


@pytest.mark.parametrize(
    ("text", "role", "code"),
    [
        ("Belgrade rejected the peace plan.", "actor", "SRB"),
        ("The Zairean rebel alliance accused Angola of sending troops.", "actor", "COD"),
        ("The Bosnian Serb leadership rejected the international peace plan.", "actor", "BIH"),
        (
            "In a statement issued in Damascus, the Popular Front for the Liberation of "
            "Palestine said it would boycott the elections.",
            "actor",
            "PSE",
        ),
    ],
)
def test_more_parties_the_sentence_names_obliquely(text: str, role: str, code: str) -> None:
    # a capital the gazetteer gives a former state (Serbia and Montenegro); a body named by
    # what it is made of; a leadership; a speaker the parser hung on the opening phrase
    assert code in _codes(_top(text)[role])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ivorian soldiers accused Liberia of arming the rebels.", "CIV"),
        ("Togolese police arrested two Ghanaian traders.", "TGO"),
        ("Kampuchean troops shelled Thai border villages.", "KHM"),
    ],
)
def test_demonyms_the_country_table_lacks(text: str, code: str) -> None:
    assert _codes(_top(text)["actor"]) == [code]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The last Soviet troops were withdrawn from Afghanistan on Wednesday.", "RUS", "AFG"),
        ("U.S. troops were sent to Saudi Arabia after the invasion of Kuwait.", "USA", "SAU"),
    ],
)
def test_forces_moved_in_the_passive_are_their_countrys_act(
    text: str, actor: str, recipient: str
) -> None:
    top = _top(text)
    assert (_codes(top["actor"]), _codes(top["recipient"])) == ([actor], [recipient])


def test_a_release_with_no_one_named_is_done_by_a_party_of_the_place() -> None:
    # the captors or authorities where it happens (as for attacks and arrests)
    top = _top("Two French hostages were released in Lebanon on Sunday.")
    assert (_codes(top["actor"]), _codes(top["recipient"])) == (["LBN"], ["FRA"])


def test_the_possessor_of_his_kidnappers_is_their_victim_not_their_party() -> None:
    top = _top("The British aid worker was freed by his kidnappers in Chechnya.")
    assert (_codes(top["actor"]), _codes(top["recipient"])) == (["RUS"], ["GBR"])


def test_an_act_off_a_coast_is_placed_there_and_its_doers_are_of_that_country() -> None:
    top = _top("Pirates hijacked a Saudi oil tanker off Somalia.")
    assert (_codes(top["actor"]), _codes(top["recipient"])) == (["SOM"], ["SAU"])
