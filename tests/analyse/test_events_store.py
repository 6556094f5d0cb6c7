"""Stored events: round trip, replacement, filters; the CLI's events and plover export."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from newsdesk.records import Article, Event, Place, RawDocument
from newsdesk.store import articles as article_store
from newsdesk.store import events as event_store
from newsdesk.store.db import Store
from tests.test_cli import run

WHEN = datetime(2025, 11, 12, 5, 0, tzinfo=UTC)
DOHA = Place(290030, "Doha", 25.28545, 51.53096, "QA", "city", 344939)
BODY = (
    "Pakistan and the Afghan Taliban met in Doha on Sunday. "
    "Islamabad demanded action against the TTP."
)


def _actor(text: str, code: str, start: int, sector: str = "GOV") -> dict[str, object]:
    return {"text": text, "entity": None, "country": code, "sector": sector, "start": start,
            "end": start + len(text), "code": code}  # fmt: skip


def _events() -> list[Event]:
    consult = Event(
        event_type="CONSULT",
        sentence=BODY[:54],
        sentence_start=0,
        trigger="met",
        trigger_start=30,
        trigger_end=33,
        mode="third-party",
        context=["diplomatic"],
        actors=[_actor("Pakistan", "PAK", 0), _actor("the Afghan Taliban", "AFG", 13, "REB")],
        location=DOHA,
        location_text="Doha",
        date=datetime(2025, 11, 9, tzinfo=UTC),
        date_text="Sunday",
        date_precision="day",
    )
    request = Event(
        event_type="REQUEST",
        sentence=BODY[55:],
        sentence_start=55,
        trigger="demanded",
        trigger_start=65,
        trigger_end=73,
        actors=[_actor("Islamabad", "PAK", 55)],
        recipients=[_actor("the Afghan Taliban", "AFG", 13, "REB")],
        hypothetical=True,
        reported_by="sources",
        inferred=["recipients"],
    )
    return [consult, request]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "news.db"


@pytest.fixture
def stored(db_path: Path) -> tuple[Store, int]:
    store = Store(f"sqlite:///{db_path}")
    with store.begin() as conn:
        raw = RawDocument(content=BODY.encode(), media_type="text/plain", fetched_at=WHEN)
        raw_id = article_store.insert_raw(conn, raw)
        article = Article(
            headline="Talks", body=BODY, url="https://example.org/talks", captured_at=WHEN
        )
        (saved,) = article_store.save_articles(conn, raw_id, [article])
        event_store.save_events(conn, saved.id, _events())
    return store, saved.id


def test_round_trip(stored: tuple[Store, int]) -> None:
    store, article_id = stored
    with store.connect() as conn:
        loaded = event_store.load_events(conn, article_id)
    assert [e.to_json() for e in loaded] == [e.to_json() for e in _events()]


def test_saving_again_replaces(stored: tuple[Store, int]) -> None:
    store, article_id = stored
    with store.begin() as conn:
        event_store.save_events(conn, article_id, _events()[:1])
        event_store.save_events(conn, article_id, _events()[:1])
    with store.connect() as conn:
        assert event_store.count_events(conn) == 1
        parts = conn.execute(sa.select(sa.func.count()).select_from(event_store.event_participants))
        assert parts.scalar_one() == 2


def test_filters(stored: tuple[Store, int]) -> None:
    store, _ = stored
    find = event_store.find_events
    assert [s.event.event_type for s in find(store, actor="PAK")] == ["REQUEST", "CONSULT"]
    assert [s.event.event_type for s in find(store, actor="islamabad")] == ["REQUEST"]
    assert [s.event.event_type for s in find(store, recipient="AFG")] == ["REQUEST"]
    assert [s.event.event_type for s in find(store, event_type="consult")] == ["CONSULT"]
    # the REQUEST has no date of its own: it is dated by its article (captured 12 Nov)
    since = [s.event.event_type for s in find(store, since=datetime(2025, 11, 10, tzinfo=UTC))]
    assert since == ["REQUEST"]
    assert len(find(store, since=datetime(2025, 11, 1, tzinfo=UTC))) == 2
    assert find(store, since=datetime(2025, 11, 13, tzinfo=UTC)) == []


def test_cli_events(
    stored: tuple[Store, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["--db", str(db_path), "events", "--actor", "PAK", "--json"], capsys)
    assert code == 0
    assert [e["event_type"] for e in json.loads(out)] == ["REQUEST", "CONSULT"]
    code, out, _ = run(["--db", str(db_path), "events", "--type", "CONSULT"], capsys)
    assert code == 0 and "CONSULT" in out and "Doha" in out
    code, _, err = run(["--db", str(db_path), "events", "--type", "PARLEY"], capsys)
    assert code != 0 and "not a PLOVER event type" in err
    code, _, err = run(["--db", str(db_path), "events", "--since", "last tuesday"], capsys)
    assert code != 0 and "--since" in err


def test_cli_export_plover(
    stored: tuple[Store, int], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "events.jsonl"
    argv = ["--db", str(db_path), "export", "--format", "plover", "-o", str(target)]
    code, _, err = run(argv, capsys)
    assert code == 0 and "2 event(s)" in err
    records = [json.loads(line) for line in target.read_text().splitlines()]
    first = records[0]
    assert first["event"] == "CONSULT" and first["mode"] == "third-party"
    assert first["date"] == "2025-11-09"
    assert first["event_loc"]["name"] == "Doha"
    assert [a["code"] for a in first["actor"]] == ["PAK", "AFG"]
    assert first["link"] == "https://example.org/talks"
    assert records[1]["hypothetical"] and records[1]["reported_by"] == "sources"


@pytest.mark.slow
def test_ingest_codes_and_stores_events(
    shared_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capture = tmp_path / "capture-talks.txt"
    capture.write_bytes((shared_dir / "samples" / "capture-talks.txt").read_bytes())
    db = str(tmp_path / "ingest.db")
    argv = ["--db", db, "ingest", str(capture), "--captured-at", "2025-11-12T10:00:00+05:00"]
    code, _, err = run(argv, capsys)
    assert code == 0, err
    code, out, _ = run(["--db", db, "events", "--type", "THREATEN", "--json"], capsys)
    threats = json.loads(out)
    assert code == 0 and len(threats) == 2
    assert any(t["hypothetical"] and "Khawaja Asif" in t["sentence"] for t in threats)
    code, out, _ = run(
        ["--db", db, "events", "--actor", "AFG", "--type", "AGREE", "--json"], capsys
    )
    assert [e["event_type"] for e in json.loads(out)] == ["AGREE"]
    # ingesting the same capture again changes nothing
    run(argv, capsys)
    code, out, _ = run(["--db", db, "events", "--json", "-n", "100"], capsys)
    assert len(json.loads(out)) == len({e["id"] for e in json.loads(out)})
    store = Store(f"sqlite:///{db}")
    with store.connect() as conn:
        before = event_store.count_events(conn)
    run(argv, capsys)
    with store.connect() as conn:
        assert event_store.count_events(conn) == before
