"""A real newsdesk server on loopback for the serve tests (one per test session).

The database holds the bundled examples and, where ../shared exists, the sample capture;
the server runs as `newsdesk serve` in a subprocess, exactly as a user starts it.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import httpx
import pytest

from newsdesk.desk import Desk
from newsdesk.store import sources as source_store
from tests.conftest import EXAMPLES, ROOT, SHARED

CAPTURED_AT = datetime.fromisoformat("2025-11-12T10:00:00+05:00")
TOKEN = "test-token-5f2c"
OUTPUT = ROOT / "test-output"


@dataclass
class Server:
    url: str
    db: str
    token: str | None
    process: subprocess.Popen[bytes]
    log: Path

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: str, *, token: str | None, log: Path) -> Server:
    """`newsdesk --db DB serve` on a free loopback port; waits until it answers."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "NEWSDESK_API_TOKEN"}
    if token:
        env["NEWSDESK_API_TOKEN"] = token
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsdesk.cli", "--db", db, "serve", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=ROOT,
        )
    server = Server(f"http://127.0.0.1:{port}", db, token, process, log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}: {log.read_text()}")
        try:
            if httpx.get(server.url + "/api/sources", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    stop_server(server)
    raise RuntimeError(f"server did not answer within 60 s: {log.read_text()}")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


def demo_inputs() -> list[str]:
    inputs = [str(EXAMPLES)]
    if (SHARED / "samples" / "capture-talks.txt").exists():
        inputs.append(str(SHARED / "samples" / "capture-talks.txt"))
    return inputs


def fill(db_url: str) -> None:
    """The demo inputs as source "demo", plus a watched source "wire" with no article yet."""
    desk = Desk(db_url)
    try:
        outcomes = desk.ingest(demo_inputs(), captured_at=CAPTURED_AT, source="demo")
        failed = [o for o in outcomes if not o.ok]
        assert not failed, [o.error for o in failed]
        with desk.store.begin() as conn:
            source_store.add_source(
                conn, source_store.Source(name="wire", feeds=["https://wire.example/feed.xml"])
            )
    finally:
        desk.close()


@pytest.fixture(scope="session")
def output_dir() -> Path:
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The demo data served with a write token configured."""
    folder = tmp_path_factory.mktemp("serve")
    db = str(folder / "news.db")
    fill(db)
    running = start_server(db, token=TOKEN, log=folder / "server.log")
    yield running
    stop_server(running)
    # Errors reach clients as JSON messages; an unexpected one would leave a traceback here.
    assert "Traceback" not in running.log.read_text(), running.log.read_text()[-4000:]


@pytest.fixture(scope="session")
def sample_id(server: Server, shared_dir: Path) -> int:
    """Id of the article from ../shared/samples/capture-talks.txt."""
    found = httpx.get(server.url + "/api/search", params={"q": "Istanbul Khawaja Asif"}).json()
    ids = [i["id"] for i in found["items"] if "Final bid underway" in i["headline"]]
    assert ids, found
    return int(ids[0])
