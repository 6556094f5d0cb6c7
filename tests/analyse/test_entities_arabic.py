"""Arabic place names the small model splits or calls people: the article joined to its
name ('Deir' + 'ez-Zor'), a name after a preposition of place ('near al-Tanf', 'in Khan
Younis'), a person's name shaped like an Arabic town, a gazetteer spelling without the
article. Sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsdesk.analyse import analyse
from newsdesk.analyse.entity_common import arabic_article, article_variants
from newsdesk.analyse.gazetteer import Gazetteer
from newsdesk.records import Article, Mention


def _mentions(text: str, nlp: Language, gazetteer: Gazetteer) -> dict[str, Mention]:
    result = analyse(Article(headline="test", body=text), nlp=nlp, gazetteer=gazetteer)
    return {m.text: m for m in result.mentions}


def test_the_article_and_its_name_are_one_name() -> None:
    assert arabic_article("al-Tanf") and arabic_article("Ras al-Ain") and arabic_article("Al Qaim")
    assert not arabic_article("Alan Smith") and not arabic_article("Al")
    assert article_variants("al-Mukalla") == ["mukalla"]
    assert article_variants("ar-Raqqa") == ["raqqa", "al raqqa"]
    assert article_variants("Khan Younis") == []


def test_a_name_split_before_its_article_is_joined(nlp: Language, gazetteer: Gazetteer) -> None:
    # The model tags 'Deir' alone as a place and leaves 'ez-Zor' out.
    found = _mentions("Shelling hit Deir ez-Zor and Raqqa overnight.", nlp, gazetteer)
    place = found["Deir ez-Zor"].place
    assert found["Deir ez-Zor"].kind == "place" and place is not None
    assert place.country_code == "SY"


def test_a_name_after_the_article_of_someone_else_is_not_joined(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    found = _mentions("Osama bin Laden's al-Qaeda network made threats.", nlp, gazetteer)
    assert found["al-Qaeda"].kind == "armed_group"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the model calls each a person; the gazetteer holds them (Al Qaim as an
        # alternate name) in a country the text names
        ("Israeli strikes killed 12 in Khan Younis, Gaza officials said.", "Khan Younis", "PS"),
        ("The convoy passed through Al Qaim on the Iraqi border.", "Al Qaim", "IQ"),
    ],
)
def test_an_arabic_name_after_a_preposition_of_place_is_a_place(
    text: str, name: str, country: str, nlp: Language, gazetteer: Gazetteer
) -> None:
    mention = _mentions(text, nlp, gazetteer)[name]
    assert mention.kind == "place"
    assert mention.place is not None and mention.place.country_code == country


def test_a_name_the_gazetteer_holds_without_its_article_is_found_and_geocoded(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # The model calls it an organisation; the gazetteer knows 'Raqqa', not 'al-Raqqa'.
    mention = _mentions("Fighting raged in al-Raqqa, Syria, on Sunday.", nlp, gazetteer)["al-Raqqa"]
    assert mention.kind == "place"
    assert mention.place is not None and mention.place.country_code == "SY"


def test_an_arabic_name_the_gazetteer_lacks_is_a_place_after_near(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    found = _mentions("US forces struck a convoy near al-Tanf on Sunday.", nlp, gazetteer)
    assert found["al-Tanf"].kind == "place"


def test_a_person_named_like_an_arabic_town_the_gazetteer_holds_is_the_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # No preposition: the object of 'hit'; the model calls it a person.
    found = _mentions("Shelling hit Khan Younis on Monday, Gaza officials said.", nlp, gazetteer)
    assert found["Khan Younis"].kind == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moqtada al-Sadr said his followers would boycott the vote.", "Moqtada al-Sadr"),
        ("Abu Bakr al-Baghdadi was killed in a raid in Syria.", "Abu Bakr al-Baghdadi"),
        ("Al Gore spoke in Tennessee on Monday.", "Al Gore"),
        ("Supporters of al-Sadr rallied in Baghdad on Friday.", "al-Sadr"),
    ],
)
def test_people_with_the_article_stay_people(
    text: str, name: str, nlp: Language, gazetteer: Gazetteer
) -> None:
    assert _mentions(text, nlp, gazetteer)[name].kind == "person"
