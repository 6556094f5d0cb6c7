"""The stage's entry points: one article, many articles, the parse and odd inputs."""

from __future__ import annotations

import importlib

import pytest
from spacy.language import Language

from newsdesk.analyse import analyse, analyse_doc, analyse_many, get_nlp
from newsdesk.analyse.gazetteer import Gazetteer
from newsdesk.records import Analysis, Article

BODIES = [
    "Kabul rejected the accusation on Tuesday, officials said.",
    "Interior Minister Mohsin Naqvi visited Quetta.\n\nHe said the border would reopen.",
    "Nothing here names anyone.",
]


def test_pipeline_is_loaded_once(nlp: Language) -> None:
    assert get_nlp() is nlp
    assert {"parser", "ner", "tagger"} <= set(nlp.pipe_names)


def test_many_equals_one_by_one(nlp: Language, gazetteer: Gazetteer) -> None:
    articles = [Article(headline="h", body=b) for b in BODIES]
    batched = analyse_many(articles, nlp=nlp, gazetteer=gazetteer)
    single = [analyse(a, nlp=nlp, gazetteer=gazetteer) for a in articles]
    assert [b.to_json() for b in batched] == [s.to_json() for s in single]
    assert batched[2] == Analysis()


def test_analyse_doc_returns_the_parse_of_the_body(nlp: Language) -> None:
    article = Article(headline="h", body=BODIES[1])
    doc, analysis = analyse_doc(article, nlp=nlp)
    assert doc.text == article.body
    assert analysis.quotes and analysis.quotes[0].speaker == "Mohsin Naqvi"


def test_odd_inputs_give_empty_or_partial_results(nlp: Language, gazetteer: Gazetteer) -> None:
    assert analyse(Article(headline="", body=""), nlp=nlp, gazetteer=gazetteer) == Analysis()
    odd = [
        "He said “yes",
        '"" said "',
        "“”“”",
        "(TTP) (ABC)",
        "According to",
        "\n\n\n",
    ]
    for body in odd:
        result = analyse(Article(headline="", body=body), nlp=nlp, gazetteer=gazetteer)
        for mention in result.mentions:
            assert body[mention.start : mention.end] == mention.text
        for quote in result.quotes:
            assert 0 <= quote.start <= quote.end <= len(body)


def test_a_lone_surrogate_in_the_body_is_replaced_not_fatal(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # a caller's string with a broken escape; spaCy cannot hash it
    body = "Kabul rejected \ud800 the accusation on Tuesday, Interior Minister Mohsin Naqvi said."
    result = analyse(Article(headline="", body=body), nlp=nlp, gazetteer=gazetteer)
    naqvi = [m for m in result.mentions if m.text.endswith("Naqvi")]
    assert naqvi and all(body[m.start : m.end] == m.text for m in naqvi)


def test_public_api_at_the_top_level() -> None:
    import newsdesk

    result = newsdesk.analyse(Article(headline="h", body="Kabul rejected the accusation."))
    assert [m.entity for m in result.mentions] == ["gov:AFG"]
    (doha,) = newsdesk.geocode_mentions("Talks in Doha.", [(9, 13)])
    assert doha is not None and doha.geonameid == 290030
    assert len(newsdesk.analyse_many([Article(headline="h", body=b) for b in BODIES])) == 3


def test_very_long_bodies_are_analysed_up_to_the_limit(
    nlp: Language, gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    stage = importlib.import_module("newsdesk.analyse")  # the package, not newsdesk.analyse()
    monkeypatch.setattr(stage, "MAX_CHARS", 2_000)  # the real limit is 200,000: slow to parse
    filler = "The committee met again and nothing was decided. " * 60
    body = "Kabul rejected the accusation. " + filler + "Doha hosted talks."
    doc, result = analyse_doc(Article(headline="h", body=body), nlp=nlp, gazetteer=gazetteer)
    assert len(doc.text) == 2_000
    assert [m.text for m in result.mentions] == ["Kabul"]
    (batched,) = stage.analyse_many([Article(headline="h", body=body)], nlp=nlp)
    assert batched == result
