"""``newsdesk sources``, ``fetch`` and ``watch`` through the real entry point."""

from __future__ import annotations

import io
import json
import sys
from datetime import datetime, timedelta
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


def test_watch_once_refused_then_allowed_polls_at_once(
    db: str, news_server: NewsServer, capsys: pytest.CaptureFixture[str]
):
    # A listing refused (a private address without --allow-private) is no poll: the run
    # with --allow-private right after must not wait for the source's interval.
    serve_ledger(news_server)
    feed = news_server.url("/feeds/top.xml")
    add = ["--db", db, "sources", "add", "ledger", "--feed", feed, "--every", "1h"]
    assert run(add, capsys)[0] == 0
    code, _, err = run(["--db", db, "watch", "--once"], capsys)
    assert code == 1 and "non-public address 127.0.0.1" in err
    assert news_server.requests == []
    code, _, err = run(["--db", db, "watch", "--once", "--allow-private"], capsys)
    assert code == 0, err
    code, out, _ = run(["--db", db, "articles", "--json"], capsys)
    assert len(json.loads(out)) == 3
    code, out, _ = run(["--db", db, "sources", "list", "--json"], capsys)
    assert json.loads(out)[0]["lastPolledAt"] is not None


def test_watch_once_with_nothing_due_says_which_source_is_next(
    db: str, news_server: NewsServer, capsys: pytest.CaptureFixture[str]
):
    code, _, err = run(["--db", db, "watch", "--once"], capsys)
    assert code == 0 and err.strip() == ("no source followed (add one with `newsdesk sources add`)")
    serve_ledger(news_server)
    for name, every in (("ledger", "2h"), ("courier", "1h")):
        feed = news_server.url("/feeds/top.xml")
        add = ["--db", db, "sources", "add", name, "--feed", feed, "--every", every]
        assert run(add, capsys)[0] == 0
    assert run(["--db", db, "watch", "--once", "--allow-private"], capsys)[0] == 0
    code, out, err = run(["--db", db, "watch", "--once", "--allow-private"], capsys)
    assert code == 0 and out == ""
    code, listed, _ = run(["--db", db, "sources", "list", "--json"], capsys)
    polled = next(s["lastPolledAt"] for s in json.loads(listed) if s["name"] == "courier")
    when = datetime.fromisoformat(polled) + timedelta(hours=1)
    assert err.strip() == f"no source due; next: courier at {when:%Y-%m-%d %H:%M:%S} UTC"


def test_watch_once_with_a_failed_item_exits_1_and_says_what_failed(
    db: str,
    news_server: NewsServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
):
    serve_ledger(news_server)
    missing = news_server.url("/feeds/gone.xml")
    for name, feed in (("ledger", news_server.url("/feeds/top.xml")), ("gone", missing)):
        assert run(["--db", db, "sources", "add", name, "--feed", feed], capsys)[0] == 0
    monkeypatch.setenv("NEWSDESK_ALLOW_PRIVATE", "1")
    code, _, err = run(["--db", db, "watch", "--once"], capsys)
    assert code == 1
    assert f"error: watch round: 1 failure(s): gone: feed {missing}: HTTP 404" in err
    code, out, _ = run(["--db", db, "articles", "--json"], capsys)
    assert len(json.loads(out)) == 3  # the rest of the round was done
    code, _, err = run(["--db", db, "watch", "--source", "gone"], capsys)
    assert code == 1 and "error: watch round: 1 failure(s): gone:" in err
    code, _, err = run(["--db", db, "watch", "--source", "ledger"], capsys)
    assert code == 0 and "error: watch round" not in err


@pytest.mark.slow
def test_long_watch_reports_a_failed_round_and_keeps_running(
    db: str, news_server: NewsServer, tmp_path: Path
):
    import os
    import signal
    import subprocess
    import sys
    import time

    serve_ledger(news_server)
    env = {**os.environ, "NEWSDESK_ALLOW_PRIVATE": "1", "NEWSDESK_NO_ANALYSE": "1"}
    base = [sys.executable, "-m", "newsdesk.cli", "--db", db]
    feed = news_server.url("/feeds/gone.xml")
    subprocess.run([*base, "sources", "add", "gone", "--feed", feed], env=env, check=True)
    log = tmp_path / "watch.log"
    with log.open("w") as errors:
        proc = subprocess.Popen([*base, "watch"], env=env, stderr=errors, stdout=errors)
        try:
            deadline = time.monotonic() + 120
            while "error: watch round" not in log.read_text() and time.monotonic() < deadline:
                time.sleep(0.2)
            time.sleep(1.0)
            running = proc.poll() is None
            proc.send_signal(signal.SIGINT)
            code = proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert f"error: watch round: 1 failure(s): gone: feed {feed}: HTTP 404" in log.read_text()
    assert running
    assert code == 0


@pytest.mark.slow
def test_watch_stops_cleanly_on_ctrl_c(db: str, news_server: NewsServer, tmp_path: Path):
    """A real ``newsdesk watch`` process: SIGINT ends it between items, exit status 0."""
    import os
    import signal
    import subprocess
    import sys
    import time

    serve_ledger(news_server)
    env = {**os.environ, "NEWSDESK_ALLOW_PRIVATE": "1", "NEWSDESK_NO_ANALYSE": "1"}
    base = [sys.executable, "-m", "newsdesk.cli", "--db", db]
    feed = news_server.url("/feeds/top.xml")
    subprocess.run([*base, "sources", "add", "ledger", "--feed", feed], env=env, check=True)
    log = tmp_path / "watch.log"
    with log.open("w") as errors:
        proc = subprocess.Popen([*base, "watch"], env=env, stderr=errors, stdout=errors)
        try:
            deadline = time.monotonic() + 120
            while "round:" not in log.read_text() and time.monotonic() < deadline:
                time.sleep(0.2)
            proc.send_signal(signal.SIGINT)
            code = proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
    text = log.read_text()
    assert "3 new article(s)" in text
    assert "stopping after the current item" in text
    assert code == 0


def test_ingest_warc_command(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    from tests.acquire.warcs import build_warc

    pages = sorted((Path(__file__).parent.parent / "fixtures" / "acquire" / "pages").glob("*.html"))
    warc = tmp_path / "crawl.warc.gz"
    build_warc(warc, [p.read_bytes() for p in pages], copies=5)
    code, _, err = run(["--db", db, "ingest", str(warc), "--source", "cc-news"], capsys)
    assert code == 0, err
    assert "5 input(s): 5 new" in err
    code, out, _ = run(["--db", db, "articles", "--json"], capsys)
    assert {a["source"] for a in json.loads(out)} == {"cc-news"}
    assert {a["capturedAtMethod"] for a in json.loads(out)} == {"warc"}


def test_watch_logs_to_the_stderr_of_each_run(
    db: str,
    news_server: NewsServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
):
    # The round log once kept the stderr of the first watch in the process: a later run
    # (tests, or an embedding program that swaps streams) logged to a stale, closed stream.
    serve_ledger(news_server)
    feed = news_server.url("/feeds/top.xml")
    assert run(["--db", db, "sources", "add", "ledger", "--feed", feed], capsys)[0] == 0
    monkeypatch.setenv("NEWSDESK_ALLOW_PRIVATE", "1")
    assert run(["--db", db, "watch", "--once"], capsys)[0] == 0
    later = io.StringIO()
    monkeypatch.setattr(sys, "stderr", later)
    assert run(["--db", db, "watch", "--source", "ledger"], capsys)[0] == 0
    assert "ledger" in later.getvalue()
