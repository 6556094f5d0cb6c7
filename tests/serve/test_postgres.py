"""The store on PostgreSQL, through the real server: ingest, list, search, pages.

Needs the loopback PostgreSQL that `make test` starts (scripts/test-services.sh) and passes
as NEWSDESK_TEST_PG; skipped, with the reason, where it is not reachable.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from tests.serve.conftest import TOKEN, Server, fill, start_server, stop_server

pytestmark = pytest.mark.slow

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:55432/newsdesk_test"


@pytest.fixture(scope="module")
def pg_url() -> str:
    url = os.environ.get("NEWSDESK_TEST_PG") or DEFAULT_PG
    shown = sa.engine.make_url(url).render_as_string(hide_password=True)
    engine = sa.create_engine(url, connect_args={"connect_timeout": 3})
    try:
        with engine.begin() as conn:
            # A clean database each run: the test owns newsdesk_test.
            conn.execute(sa.text("DROP SCHEMA public CASCADE"))
            conn.execute(sa.text("CREATE SCHEMA public"))
    except sa.exc.OperationalError as exc:
        pytest.skip(
            f"PostgreSQL not reachable at {shown} ({str(exc.orig).strip().splitlines()[0]}); "
            "`make test` starts one with scripts/test-services.sh"
        )
    finally:
        engine.dispose()
    return url


@pytest.fixture(scope="module")
def pg_server(pg_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    fill(pg_url)
    folder = tmp_path_factory.mktemp("pg")
    running = start_server(pg_url, token=TOKEN, log=folder / "server.log")
    yield running
    stop_server(running)
    assert "Traceback" not in running.log.read_text(), running.log.read_text()[-4000:]


def test_postgres_lists_searches_and_ingests(pg_server: Server, fixtures_dir: Path) -> None:
    with pg_server.client() as client:
        listed = client.get("/api/articles", params={"limit": 2}).json()
        second = client.get(
            "/api/articles", params={"limit": 2, "cursor": listed["next_cursor"]}
        ).json()
        found = client.get("/api/search", params={"q": "Taliban"}).json()
        excluded = client.get("/api/search", params={"q": "Taliban -Torkham"}).json()
        page = (fixtures_dir / "serve" / "ministry-statement.html").read_bytes()
        posted = client.post(
            "/api/ingest",
            content=page,
            params={"captured_at": "2025-11-13T09:00:00Z", "source": "courier"},
            headers={"content-type": "text/html", "authorization": f"Bearer {TOKEN}"},
        )
        latest = client.get("/api/articles", params={"limit": 1}).json()["items"][0]
        sources = {s["name"]: s["articles"] for s in client.get("/api/sources").json()["items"]}
    assert len(listed["items"]) == 2 and listed["next_cursor"]
    assert not {i["id"] for i in listed["items"]} & {i["id"] for i in second["items"]}
    assert found["total"] >= 2 and all("<mark>" in i["snippet"] for i in found["items"])
    assert sum(f["count"] for f in found["facets"]["year"]) == found["total"]
    assert excluded["total"] < found["total"]
    assert posted.status_code == 200, posted.text
    assert latest["id"] == posted.json()["articles"][0]["id"]
    assert sources["courier"] == 1 and sources["demo"] >= 4


def test_postgres_pages_render(pg_server: Server) -> None:
    with pg_server.client() as client:
        first = client.get("/api/articles").json()["items"][0]["id"]
        entities = client.get("/api/entities", params={"limit": 1}).json()["items"]
        stories = client.get("/api/stories", params={"limit": 1}).json()["items"]
        paths = ["/", "/search?q=Taliban", f"/articles/{first}", "/sources", "/entities"]
        paths += [f"/entities/{e['key']}" for e in entities]
        paths += [f"/stories/{s['id']}" for s in stories]
        for path in paths:
            response = client.get(path)
            assert response.status_code == 200, (path, response.text[-500:])
    assert httpx.get(f"{pg_server.url}/api/articles/2147483647").status_code == 404
