"""``newsdesk sources``, ``fetch`` and ``watch`` through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.acquire.test_follow import serve_ledger
from tests.fixtures.httpserver import NewsServer
from tests.test_cli import run


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.delenv("NEWSDESK_ALLOW_PRIVATE", raising=False)
    monkeypatch.setenv("NEWSDESK_NO_ANALYSE", "1")
    return str(tmp_path / "news.db")


def test_sources_commands(db: str, capsys: pytest.CaptureFixture[str]):
    feed = "https://ledger.example/feeds/top.xml?utm_source=x"
    code, _, err = run(
        ["--db", db, "sources", "add", "ledger", "--feed", feed, "--every", "30m"], capsys
    )
    assert code == 0 and "following ledger every 30m" in err
    code, out, _ = run(["--db", db, "sources", "list", "--json"], capsys)
    listed = json.loads(out)
    assert listed[0]["feeds"] == ["https://ledger.example/feeds/top.xml"]
    assert listed[0]["every"] == "30m"
    code, _, err = run(
        ["--db", db, "sources", "add", "other", "--every", "5s", "--site", feed], capsys
    )
    assert code == 1 and "shorter than a minute" in err
    code, _, err = run(["--db", db, "sources", "remove", "nope"], capsys)
    assert code == 1 and err.strip() == "error: no such source: nope"
    assert run(["--db", db, "sources", "remove", "ledger"], capsys)[0] == 0


def test_fetch_refuses_loopback_unless_allowed(
    db: str, news_server: NewsServer, capsys: pytest.CaptureFixture[str]
):
    serve_ledger(news_server)
    url = news_server.url("/news/harbour-reopens.html")
    code, _, err = run(["--db", db, "fetch", url], capsys)
    assert code == 1 and "non-public address 127.0.0.1" in err
    assert news_server.requests == []
    code, out, err = run(["--db", db, "fetch", "--allow-private", "--json", url], capsys)
    assert code == 0, err
    assert json.loads(out)[0]["headline"] == "Harbour reopens after three-day dock strike"


def test_watch_once(
    db: str,
    news_server: NewsServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    serve_ledger(news_server)
    feed = news_server.url("/feeds/top.xml")
    assert run(["--db", db, "sources", "add", "ledger", "--feed", feed], capsys)[0] == 0
    monkeypatch.setenv("NEWSDESK_ALLOW_PRIVATE", "1")
    with caplog.at_level("INFO", logger="newsdesk"):
        code, _, err = run(["--db", db, "watch", "--once"], capsys)
    assert code == 0, err
    assert "3 new article(s)" in caplog.text
    code, out, _ = run(["--db", db, "articles", "--json"], capsys)
    assert len(json.loads(out)) == 3
