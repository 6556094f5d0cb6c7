"""A lone surname the model calls an organisation: a person where it speaks or is quoted
and 'he' or 'she' takes it up, unless the article shows it as a body. Sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsdesk.analyse import analyse
from newsdesk.analyse.gazetteer import Gazetteer
from newsdesk.records import Article


def _kinds(text: str, nlp: Language, gazetteer: Gazetteer) -> set[tuple[str, str]]:
    result = analyse(Article(headline="test", body=text), nlp=nlp, gazetteer=gazetteer)
    return {(m.text, m.kind) for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Adams said on Tuesday that the plan would fail. He gave no details.", "Adams"),
        ("Hollis said the talks had collapsed. She blamed the ministry.", "Hollis"),
        ("Marston has denied the allegations. He said he would appeal.", "Marston"),
        ("Prices will rise, according to Okafor. She said demand was strong.", "Okafor"),
    ],
)
def test_a_lone_name_that_speaks_and_is_he_or_she_is_a_person(
    text: str, name: str, nlp: Language, gazetteer: Gazetteer
) -> None:
    assert _kinds(text, nlp, gazetteer) == {(name, "person")}


def test_every_mention_of_that_name_is_the_person(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Adams said on Tuesday that the plan would fail. He gave no details. "
        "Critics of Adams were quick to respond."
    )
    assert ("Adams", "organisation") not in _kinds(text, nlp, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        # a body that speaks, with no 'he' or 'she' after it
        "Boeing said on Tuesday that orders rose.",
        # 'he' is someone else: its chief executive
        "Boeing said on Tuesday that orders rose. Its chief executive said he was pleased.",
        # shown as a body elsewhere in the article
        "Brightwell, a data firm, said sales fell. He said the slump would end.",
        "Brightwell said sales fell. He said the slump would end. Brightwell shares rose.",
        # 'the Brightwell': a name with an article is a thing ('the Wild')
        "Brightwell said sales fell. He said the slump would end. We left the Brightwell meeting.",
    ],
)
def test_a_body_that_speaks_stays_a_body(text: str, nlp: Language, gazetteer: Gazetteer) -> None:
    kinds = {kind for _, kind in _kinds(text, nlp, gazetteer)}
    assert kinds == {"organisation"}


def test_a_common_noun_opening_a_sentence_is_no_person(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Inference, patience and luck are what he needs. He said so himself."
    assert not {kind for _, kind in _kinds(text, nlp, gazetteer)} & {"person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brightwell, 54, was charged with fraud on Monday.", "Brightwell"),  # an age
        ("Police said Okafor, 31, was arrested at the scene.", "Okafor"),
        ("Marston's daughter said the plan would fail.", "Marston"),  # kin only people have
        ("Adams said the plan would fail. Adams's wife declined to comment.", "Adams"),
    ],
)
def test_a_lone_name_with_an_age_or_kin_is_a_person(
    text: str, name: str, nlp: Language, gazetteer: Gazetteer
) -> None:
    assert _kinds(text, nlp, gazetteer) == {(name, "person")}


def test_a_number_between_commas_after_a_body_is_no_age(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Orders for the Boeing 737, 787 and 777 rose; Boeing, the planemaker, said so."
    assert ("Boeing", "person") not in _kinds(text, nlp, gazetteer)
