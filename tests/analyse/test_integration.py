"""The analyse stage inside the pipeline: stored on ingest, shown and listed."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.config import Settings
from newsdesk.desk import Desk

pytestmark = pytest.mark.slow

CAPTURED_AT = "2025-11-12T10:00:00+05:00"


@pytest.fixture(scope="module")
def db(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("analyse-db")
    url = f"sqlite:///{folder / 'news.db'}"
    desk = Desk(settings=Settings(db_url=url))
    outcomes = list(
        desk.ingest(
            [shared_dir / "samples" / "capture-talks.txt"],
            captured_at=datetime.fromisoformat(CAPTURED_AT),
        )
    )
    assert [o.error for o in outcomes] == [None]
    desk.close()
    return url


def test_article_record_carries_its_analysis(db: str) -> None:
    desk = Desk(settings=Settings(db_url=db))
    (article,) = desk.articles()
    assert article.id is not None
    record = desk.article_record(article.id)
    assert record is not None
    analysis = record["analysis"]
    body = record["articleBody"]
    for mention in analysis["mentions"]:
        assert body[mention["start"] : mention["end"]] == mention["text"]
    assert analysis["sourcing"]["named_person"] == 1
    assert {p["name"] for p in analysis["places"]} >= {"Istanbul", "Doha", "Kabul", "Islamabad"}


def test_reprocess_keeps_one_analysis(db: str) -> None:
    desk = Desk(settings=Settings(db_url=db))
    desk.reprocess()
    quotes = desk.quotes()
    assert len({(q.article_id, q.quote.start) for q in quotes}) == len(quotes)
    assert any(q.quote.speaker == "Diplomatic sources" for q in quotes)


def test_cli_entities_and_quotes(db: str) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["--db", db, "entities", "--kind", "armed_group", "--json"])
    assert result.exit_code == 0, result.output
    names = {e["name"] for e in json.loads(result.stdout)}
    assert names == {"Tehreek-e-Taliban Pakistan", "Afghan Taliban"}

    result = runner.invoke(app, ["--db", db, "quotes", "--speaker", "Asif", "--json"])
    assert result.exit_code == 0, result.output
    (quote,) = json.loads(result.stdout)
    assert quote["speaker_kind"] == "named_person" and quote["cue"] == "cautioned"

    result = runner.invoke(app, ["--db", db, "quotes", "--kind", "anonymous_source"])
    assert result.exit_code == 0, result.output
    assert "Diplomatic sources" in result.stdout

    result = runner.invoke(app, ["--db", db, "show", "1", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["analysis"]["sourcing"]["anonymous_source"] >= 5


def test_export_carries_the_analysis(db: str, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["--db", db, "export", "-o", str(target)])
    assert result.exit_code == 0, result.output
    (line,) = target.read_text(encoding="utf-8").splitlines()
    analysis = json.loads(line)["analysis"]
    speakers = {q["speaker"] for q in analysis["quotes"]}
    assert {"Diplomatic sources", "Defence Minister Khawaja Asif"} <= speakers
    assert any(e["key"] == "gov:PAK" for e in analysis["entities"])


def test_show_lists_entities_and_quotes_under_the_text(db: str) -> None:
    result = CliRunner().invoke(app, ["--db", db, "show", "1"])
    assert result.exit_code == 0, result.output
    assert "Khawaja Asif (Defence Minister)" in result.stdout
    assert "Diplomatic sources (anonymous_source, revealed)" in result.stdout
    assert "sourcing  anonymous_source 5" in result.stdout
