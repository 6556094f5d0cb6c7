"""`schemathesis run` against the OpenAPI schema of a real server: no server error.

Every operation is called with generated parameters and bodies (valid and invalid, and the
write operation with the token); the responses must never be a server error and must match
the documented status codes, content types, headers and shapes. The server gets its own copy
of the test database, since the fuzzer writes junk through POST /api/ingest.

One check is left out: `positive_data_acceptance` (every schema-valid request gets a 2xx).
By design an opaque `cursor` that no page produced, or an ingest request with neither body
nor url, is refused with 400 and a message; OpenAPI cannot express either rule.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.serve.conftest import TOKEN, Server, start_server, stop_server

pytestmark = pytest.mark.slow

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


@pytest.fixture(scope="module")
def fuzzed_server(server: Server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("fuzz")
    copy = folder / "news.db"
    with sqlite3.connect(server.db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    running = start_server(str(copy), token=TOKEN, log=folder / "server.log")
    yield running
    stop_server(running)


def test_schemathesis_finds_no_server_error(fuzzed_server: Server, output_dir: Path) -> None:
    command = [
        str(SCHEMATHESIS),
        "run",
        f"{fuzzed_server.url}/api/openapi.json",
        "--checks",
        "all",
        "--exclude-checks",
        "positive_data_acceptance",
        "--max-examples",
        "10",
        "--header",
        f"Authorization: Bearer {TOKEN}",
        "--seed",
        "20251112",
        "--generation-database",
        "none",
        "--no-color",
        "--report",
        "junit",
        "--report-dir",
        str(output_dir / "schemathesis"),
    ]
    run = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "Traceback" not in fuzzed_server.log.read_text(), fuzzed_server.log.read_text()[-4000:]
