"""The pipeline's wiring: settings that switch stages, labels of inputs."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from newsdesk.config import Settings
from newsdesk.desk import Desk
from newsdesk.records import RawDocument
from newsdesk.store import analysis as analysis_store

VALLEY = Path(__file__).parent / "fixtures" / "pipeline" / "valley-water.txt"
WHEN = datetime(2025, 11, 12, 5, tzinfo=UTC)


def test_analysis_can_be_switched_off(tmp_path: Path) -> None:
    desk = Desk(settings=Settings(db_url=f"sqlite:///{tmp_path / 'n.db'}", analyse=False))
    raw = RawDocument(content=VALLEY.read_bytes(), media_type="text/plain", fetched_at=WHEN)
    outcome = desk.ingest_document(raw)
    assert outcome.statuses == ["new"]
    with desk.store.connect() as conn:
        assert analysis_store.load_analysis(conn, outcome.article_ids[0]) is None


def test_a_warc_record_is_labelled_by_its_url(tmp_path: Path) -> None:
    desk = Desk(settings=Settings(db_url=f"sqlite:///{tmp_path / 'n.db'}", analyse=False))
    raw = RawDocument(
        content=b"<html><body></body></html>",
        media_type="text/html",
        fetched_at=WHEN,
        url="https://news.example/a",
        path="crawl.warc.gz",
    )
    outcome = desk.ingest_document(raw)
    assert outcome.label == "https://news.example/a"
    assert outcome.error is not None and "no article" in outcome.error
