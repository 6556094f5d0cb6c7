"""A body that is not English is recognised from its tokens and never parsed."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsdesk.analyse import analyse_doc, analyse_docs, analyse_parsed
from newsdesk.analyse.events import code_article, code_events
from newsdesk.analyse.gazetteer import Gazetteer
from newsdesk.pipeline import analyse_articles
from newsdesk.records import Analysis, Article
from tests.test_cli import run

FIXTURES = Path(__file__).parent.parent / "fixtures" / "language"


def _article(name: str) -> Article:
    headline, body = (FIXTURES / name).read_text().split("\n\n", 1)
    return Article(headline=headline, body=body.strip())


GERMAN = _article("haushalt-de.txt")
RUSSIAN = _article("port-ru.txt")
ENGLISH = _article("council-en.txt")


@Language.component("newsdesk_test_parsed")
def _record_parsed(doc: Doc) -> Doc:
    PARSED.append(doc.text)
    return doc


PARSED: list[str] = []


@pytest.fixture
def parsed(nlp: Language) -> Iterator[list[str]]:
    """The texts that went through the parser, in order (a component right after it)."""
    PARSED.clear()
    nlp.add_pipe("newsdesk_test_parsed", after="parser")
    try:
        yield PARSED
    finally:
        nlp.remove_pipe("newsdesk_test_parsed")
        PARSED.clear()


def _unparsed(doc: Doc) -> bool:
    return not any(doc.has_annotation(a) for a in ("TAG", "DEP", "ENT_IOB", "LEMMA"))


@pytest.mark.parametrize("article", [GERMAN, RUSSIAN], ids=["german", "russian"])
def test_a_body_not_in_english_gets_an_empty_analysis_and_no_parse(
    article: Article, nlp: Language, gazetteer: Gazetteer, parsed: list[str]
) -> None:
    doc, analysis = analyse_doc(article, nlp=nlp, gazetteer=gazetteer)
    assert parsed == []
    assert _unparsed(doc) and doc.text == article.body and len(doc) > 50
    assert analysis == Analysis()
    assert analysis.places == [] and analysis.sourcing == {}
    assert code_article(article, doc, analysis) == []
    assert code_events(article.body) == []


def test_an_english_body_is_parsed_and_analysed_as_before(
    nlp: Language, gazetteer: Gazetteer, parsed: list[str]
) -> None:
    doc, analysis = analyse_doc(ENGLISH, nlp=nlp, gazetteer=gazetteer)
    assert parsed == [ENGLISH.body]
    assert doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB")
    before = analyse_parsed(ENGLISH, nlp(ENGLISH.body), gazetteer=gazetteer)
    assert analysis.to_json() == before.to_json()
    assert {"person:tom alvarez", "person:helen cartwright"} <= {e.key for e in analysis.entities}
    assert "PROTEST" in {e.event_type for e in code_article(ENGLISH, doc, analysis)}


def test_a_mixed_batch_keeps_order_and_pairing(
    nlp: Language, gazetteer: Gazetteer, parsed: list[str]
) -> None:
    # Over two of the pipe's batches, starting and ending with bodies not in English.
    kinds = [RUSSIAN, ENGLISH, GERMAN, GERMAN, ENGLISH, ENGLISH, RUSSIAN] * 6 + [GERMAN]
    articles = [
        Article(headline=a.headline, body=f"{a.body}\n\n({n})") for n, a in enumerate(kinds)
    ]
    english = [a for a, k in zip(articles, kinds, strict=True) if k is ENGLISH]
    out = list(analyse_docs(articles, nlp=nlp, gazetteer=gazetteer))
    assert [doc.text for doc, _ in out] == [a.body for a in articles]
    assert parsed == [a.body for a in english]
    expected = {a.body: analyse_parsed(a, nlp(a.body), gazetteer=gazetteer) for a in english}
    for (doc, analysis), kind, article in zip(out, kinds, articles, strict=True):
        if kind is ENGLISH:
            assert doc.has_annotation("DEP")
            assert analysis.to_json() == expected[article.body].to_json()
        else:
            assert _unparsed(doc) and analysis == Analysis()


def test_the_pipeline_codes_events_of_english_articles_only(nlp: Language) -> None:
    analyses = analyse_articles([GERMAN, ENGLISH, RUSSIAN])
    assert [a.events == [] for a in analyses] == [True, False, True]
    assert analyses[0] == analyses[2] == Analysis()


def test_stored_articles_not_in_english_show_and_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, inputs = str(tmp_path / "n.db"), tmp_path / "in"
    shutil.copytree(FIXTURES, inputs)
    at = "2025-11-12T10:00:00+00:00"
    code, _, err = run(["--db", db, "ingest", str(inputs), "--captured-at", at], capsys)
    assert code == 0 and "3 new" in err, err
    code, out, err = run(["--db", db, "articles", "--json"], capsys)
    assert code == 0, err
    ids = {a["headline"]: a["id"] for a in json.loads(out)}
    assert set(ids) == {_article(p.name).headline for p in FIXTURES.glob("*.txt")}
    for headline in (GERMAN.headline, RUSSIAN.headline):
        code, out, err = run(["--db", db, "show", str(ids[headline]), "--json"], capsys)
        assert code == 0, err
        shown = json.loads(out)
        assert shown["headline"] == headline
    target = tmp_path / "out.jsonl"
    code, _, err = run(["--db", db, "export", "--format", "jsonl", "-o", str(target)], capsys)
    assert code == 0, err
    assert len(target.read_text().splitlines()) == 3
    code, out, err = run(["--db", db, "events", "--json", "-n", "100"], capsys)
    assert code == 0, err
    assert {e["article_id"] for e in json.loads(out)} == {ids[ENGLISH.headline]}
