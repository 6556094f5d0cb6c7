"""``newsdesk serve`` stopped with Ctrl-C after an ingest: it ends cleanly, with all written."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from newsdesk.desk import Desk
from tests.serve.conftest import TOKEN, start_server, stop_server


@pytest.mark.slow
def test_sigint_after_an_ingest_ends_the_server_with_the_article_stored(
    tmp_path: Path, fixtures_dir: Path
) -> None:
    db = str(tmp_path / "news.db")
    server = start_server(db, token=TOKEN, log=tmp_path / "server.log")
    try:
        page = (fixtures_dir / "serve" / "ministry-statement.html").read_bytes()
        with server.client() as client:
            posted = client.post(
                "/api/ingest",
                content=page,
                params={"captured_at": "2025-11-13T09:00:00Z"},
                headers={"content-type": "text/html", "authorization": f"Bearer {TOKEN}"},
            )
            assert posted.status_code == 200, posted.text
            assert client.get("/").status_code == 200  # a page after the ingest, too
        server.process.send_signal(signal.SIGINT)
        code = server.process.wait(timeout=60)
    finally:
        if server.process.poll() is None:
            stop_server(server)
    log = server.log.read_text()
    assert code == 0, log
    assert "Traceback" not in log
    desk = Desk(f"sqlite:///{db}")
    try:
        (article,) = desk.articles(limit=5)
    finally:
        desk.close()
    assert article.headline == "Ports authority extends night shifts to clear grain ships"
