"""Kinds of mention spaCy's small model gets wrong, and the rules that set them right.

Each test is one rule, on sentences written for it (the names are well known or made up)."""

from __future__ import annotations

from spacy.language import Language

from newsdesk.analyse import analyse
from newsdesk.analyse.entities import looks_english, name_shaped
from newsdesk.analyse.gazetteer import Gazetteer
from newsdesk.records import Analysis, Article, Mention


def _analyse(text: str, nlp: Language, gazetteer: Gazetteer) -> Analysis:
    return analyse(Article(headline="test", body=text), nlp=nlp, gazetteer=gazetteer)


def _only(result: Analysis, text: str) -> Mention:
    (mention,) = [m for m in result.mentions if m.text == text]
    return mention


def test_ruler_names_an_armed_group_ner_splits_or_calls_a_person(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    result = _analyse("Hayat Tahrir al-Sham fighters took the town at dawn.", nlp, gazetteer)
    group = _only(result, "Hayat Tahrir al-Sham")
    assert group.kind == "armed_group"
    assert not [m for m in result.mentions if m.kind == "person"]


def test_a_seat_of_government_that_acts_is_its_state(nlp: Language, gazetteer: Gazetteer) -> None:
    result = _analyse("The Quai d'Orsay said the strike was unacceptable.", nlp, gazetteer)
    seat = _only(result, "Quai d'Orsay")
    assert seat.kind == "government" and seat.entity == "gov:FRA"


def test_a_seat_of_government_as_a_venue_is_the_place(nlp: Language, gazetteer: Gazetteer) -> None:
    result = _analyse("The two leaders met in the Kremlin on Tuesday.", nlp, gazetteer)
    kremlin = _only(result, "Kremlin")
    assert kremlin.kind == "place"
    assert kremlin.place is not None and kremlin.place.country_code == "RU"


def test_a_people_without_a_state_is_a_group(nlp: Language, gazetteer: Gazetteer) -> None:
    result = _analyse("Kurds fled the shelling on Sunday.", nlp, gazetteer)
    kurds = _only(result, "Kurds")
    assert kurds.kind == "organisation" and kurds.entity == "org:kurds"


def test_a_plural_nationality_with_no_country_is_a_group(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    result = _analyse("Republicans blocked the bill on Tuesday.", nlp, gazetteer)
    assert _only(result, "Republicans").kind == "organisation"


def test_a_capitalised_plural_after_the_is_a_group_not_a_person(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    result = _analyse("The Steelers lost again on Sunday.", nlp, gazetteer)
    assert _only(result, "Steelers").kind == "organisation"


def test_a_name_with_a_who_clause_is_a_person(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "The deal closed on Friday, added Claure, who is also an executive at the bank."
    assert _only(_analyse(text, nlp, gazetteer), "Claure").kind == "person"


def test_a_name_whose_government_it_is_is_a_person(nlp: Language, gazetteer: Gazetteer) -> None:
    result = _analyse("Okonkwo's government collapsed on Tuesday.", nlp, gazetteer)
    assert _only(result, "Okonkwo").kind == "person"


def test_a_name_paired_with_a_full_name_is_a_person_and_its_surname_too(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Caitlyn Smith and Kate York wrote the song. York said it took a week."
    result = _analyse(text, nlp, gazetteer)
    full, surname = _only(result, "Kate York"), _only(result, "York")
    assert full.kind == surname.kind == "person"
    assert surname.entity == full.entity


def test_a_town_name_that_speaks_is_a_person(nlp: Language, gazetteer: Gazetteer) -> None:
    result = _analyse('"It is a different muscle," York said.', nlp, gazetteer)
    assert _only(result, "York").kind == "person"


def test_an_office_holder_spacy_calls_an_organisation_is_a_person(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    result = _analyse("Orban said the plan would not work.", nlp, gazetteer)
    assert _only(result, "Orban").kind == "person"


def test_an_office_holder_named_like_a_town_stays_a_person(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    result = _analyse("An anonymous Bush holdover leaked the call.", nlp, gazetteer)
    assert _only(result, "Bush").kind == "person"


def test_a_body_spacy_calls_a_person_is_that_body(nlp: Language, gazetteer: Gazetteer) -> None:
    from newsdesk.analyse.entities import find_entities

    # Without the ruler spaCy calls them a person; the actor dictionary knows the body.
    full = nlp("The Houthis attacked a tanker on Monday.", disable=["known_names"])
    found = find_entities(full, gazetteer=gazetteer)
    (houthis,) = [m for m in found.mentions if m.text == "Houthis"]
    assert houthis.kind == "armed_group"


def test_a_name_means_one_thing_throughout_the_article(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Quantra launched a new phone on Monday. Quantra said sales were strong. Analysts "
        "expect Quantra to grow. Quantra shares rose. Investors praised Quantra."
    )
    kinds = {m.kind for m in _analyse(text, nlp, gazetteer).mentions if m.text == "Quantra"}
    assert kinds == {"organisation"}


def test_a_text_not_in_english_gets_no_mentions(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Die Bundesregierung hat am Dienstag neue Maßnahmen beschlossen, die ab Januar gelten "
        "sollen. Der Minister sagte, die Lage sei ernst und man werde die Hilfen für die "
        "Unternehmen verlängern, wenn es nötig sei. Die Opposition kritisierte den Plan."
    )
    assert not looks_english(nlp(text))
    assert _analyse(text, nlp, gazetteer).mentions == []
    assert not looks_english(nlp("Президент Путин заявил во вторник, что Москва готова."))
    assert looks_english(nlp("Short headline: Berlin acts"))
    scores = "Palm Bay d. Rockledge 70-44. Tolivert 25 points. Davis 17 points. Moore 3 points."
    assert looks_english(nlp(scores * 10))


def test_only_a_person_shaped_name_lends_its_surname() -> None:
    assert name_shaped("Kate York") and name_shaped("Erdogan")
    assert not name_shaped("Nigerian Senate")  # a kind of body, and a nationality
    assert not name_shaped("Samsung 4K Smart TV")


def test_a_full_name_spacy_calls_an_organisation_is_the_person_its_surname_is(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "The board backed Mason Rudolph on Monday. Rudolph said he was pleased."
    result = _analyse(text, nlp, gazetteer)
    full, surname = _only(result, "Mason Rudolph"), _only(result, "Rudolph")
    assert full.kind == surname.kind == "person"
    assert full.entity == surname.entity


def test_a_score_is_no_part_of_a_name_and_a_name_with_a_digit_is_no_person(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    scores = _analyse("Results: Botic van de Zandschulp 6-2, Robin Haase 7-5.", nlp, gazetteer)
    assert _only(scores, "Robin Haase").kind == "person"
    product = _analyse("Toyota's RAV4 Hybrid and Honda's CR-V Hybrid compete.", nlp, gazetteer)
    assert not [m for m in product.mentions if m.kind == "person"]


def test_a_name_stops_at_a_line_break_and_before_a_dangling_and(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    result = _analyse("Deals at Amazon\n\nSonos speakers are cheaper.", nlp, gazetteer)
    assert _only(result, "Amazon").kind == "organisation"
    result = _analyse("Buy the iPad Pro and\n \nAmazon Echo today.", nlp, gazetteer)
    assert _only(result, "iPad Pro").kind == "organisation"


def test_a_country_or_demonym_spacy_calls_a_person_or_organisation_is_set_right(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    result = _analyse("Two Bangladeshi peacekeepers were killed on Monday.", nlp, gazetteer)
    bangladeshi = _only(result, "Bangladeshi")
    assert bangladeshi.kind == "nationality"
    assert bangladeshi.place is not None and bangladeshi.place.country_code == "BD"
    result = _analyse("Sri Lanka asked Tehran for oil.", nlp, gazetteer)
    assert _only(result, "Sri Lanka").entity == "gov:LKA"


def test_a_demonym_spacy_calls_a_place_is_a_nationality(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    result = _analyse("The Sri Lankan army shelled the town.", nlp, gazetteer)
    assert _only(result, "Sri Lankan").kind == "nationality"


def test_a_name_stops_before_an_unclosed_bracket(nlp: Language, gazetteer: Gazetteer) -> None:
    result = _analyse("Members of Umma (Nation met in Algiers.", nlp, gazetteer)
    assert _only(result, "Umma").kind == "organisation"


def test_a_capital_naming_a_government_is_that_state(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "The Taliban refused to negotiate with the Kabul government."
    assert _only(_analyse(text, nlp, gazetteer), "Kabul").entity == "gov:AFG"
    text = "Turkey's government rejected the plan."
    assert _only(_analyse(text, nlp, gazetteer), "Turkey").entity == "gov:TUR"


def test_a_name_in_apposition_to_a_person_noun_or_said_he_is_a_person(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Hughes, a spokesman for the group, said the talks failed."
    assert _only(_analyse(text, nlp, gazetteer), "Hughes").kind == "person"
    said = _analyse("Brooks said he would resign. Google said it would appeal.", nlp, gazetteer)
    assert _only(said, "Brooks").kind == "person"
    assert _only(said, "Google").kind == "organisation"


def test_a_title_in_apposition_to_a_multiword_name_does_not_make_it_a_person(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "In The Dragon Waiting, a woman you think might become an assassin becomes a doctor."
    assert not [m for m in _analyse(text, nlp, gazetteer).mentions if m.kind == "person"]


def test_a_body_the_actor_dictionary_knows_has_its_country(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    result = _analyse("Hezbollah fired rockets and al-Qaeda cheered.", nlp, gazetteer)
    countries = {e.name: e.country for e in result.entities}
    assert countries == {"Hezbollah": "LBN", "al-Qaeda": None}  # transnational: no state


def test_an_abbreviated_rank_is_the_role(nlp: Language, gazetteer: Gazetteer) -> None:
    result = _analyse("Cmdr. Sean Robertson said the base was safe.", nlp, gazetteer)
    assert _only(result, "Sean Robertson").role == "Cmdr."
    result = _analyse("They met the chief. Sean Robertson said it was safe.", nlp, gazetteer)
    assert _only(result, "Sean Robertson").role is None


def test_a_country_that_is_a_given_name_lends_its_surname(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    assert name_shaped("Jordan Munoz") and not name_shaped("Jordan")
    # The model calls the lone surname a place (a town in the Philippines).
    text = "Jordan Munoz, a senior, scored 22 points. Munoz added eight rebounds."
    assert {m.kind for m in _analyse(text, nlp, gazetteer).mentions} == {"person"}


def test_a_company_and_a_word_the_model_calls_a_person_is_its_product(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Nintendo Switch owners can download the update. Nintendo said it fixes a bug."
    assert _only(_analyse(text, nlp, gazetteer), "Nintendo Switch").kind == "organisation"


def test_a_person_right_after_a_known_company_is_its_product(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # The ruler takes 'Google'; the model calls 'Pixel' a person.
    result = _analyse("Google Pixel owners reported the fault.", nlp, gazetteer)
    assert _only(result, "Google Pixel").kind == "organisation"
    assert not [m for m in result.mentions if m.kind == "person"]


def test_an_honorific_or_a_who_clause_makes_every_mention_a_person(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    for text in (
        "The plan will fail, according to Adams. Mr Adams did not give details.",
        "Marston said the plan would fail. Marston, who coached the side for a decade, left.",
    ):
        assert {m.kind for m in _analyse(text, nlp, gazetteer).mentions} == {"person"}


def test_a_name_after_the_with_a_who_clause_or_a_person_noun_is_a_body_not_a_person(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # The parser takes 'a ship captain' for an apposition of 'the Force'; a team takes 'who'.
    for text in (
        "She cut herself off from the Force, a loveable ship captain and a droid. "
        "Force powers open new areas. Use Force powers to push them off.",
        "Brodin also scored for the Wild, who improved to 4-2-1 in their last seven.",
    ):
        kinds = {m.text: m.kind for m in _analyse(text, nlp, gazetteer).mentions}
        assert kinds.get("Force", kinds.get("Wild")) == "organisation"
