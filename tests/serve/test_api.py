"""The JSON API against a real uvicorn server on loopback."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.serve.conftest import TOKEN, Server


def test_articles_are_paged_with_a_cursor_latest_first(server: Server) -> None:
    with server.client() as client:
        everything = client.get("/api/articles", params={"limit": 100}).json()["items"]
        assert len(everything) >= 4
        seen: list[int] = []
        cursor = None
        while True:
            params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
            page = client.get("/api/articles", params=params).json()
            assert len(page["items"]) <= 2
            seen += [item["id"] for item in page["items"]]
            cursor = page["next_cursor"]
            if cursor is None:
                break
    assert seen == [item["id"] for item in everything]
    times = [item["sortTime"] for item in everything]
    assert times == sorted(times, reverse=True)


def test_article_filters(server: Server) -> None:
    with server.client() as client:
        every = client.get("/api/articles", params={"limit": 100}).json()["items"]
        one = every[0]
        since = client.get("/api/articles", params={"since": one["sortTime"], "limit": 100}).json()[
            "items"
        ]
        until = client.get("/api/articles", params={"until": one["sortTime"], "limit": 100}).json()[
            "items"
        ]
        nothing = client.get("/api/articles", params={"source": "no-such-source"}).json()
    assert {i["id"] for i in since} | {i["id"] for i in until} == {i["id"] for i in every}
    assert one["id"] in {i["id"] for i in since} and one["id"] not in {i["id"] for i in until}
    assert nothing["items"] == [] and nothing["next_cursor"] is None


def test_one_article_has_provenance_and_times(server: Server) -> None:
    with server.client() as client:
        first = client.get("/api/articles").json()["items"][0]
        article = client.get(f"/api/articles/{first['id']}").json()
    assert article["headline"] == first["headline"]
    assert article["articleBody"]
    fields = {row["field"] for row in article["provenance"]}
    assert "captured" in fields


def test_sample_article_dates_say_how_they_were_obtained(server: Server, sample_id: int) -> None:
    article = httpx.get(f"{server.url}/api/articles/{sample_id}").json()
    assert article["datePublishedInfo"]["method"] == "relative"
    assert article["datePublished"] == "2025-11-12T02:00:00Z"  # capture 05:00Z - 3 hours
    published = next(r for r in article["provenance"] if r["field"] == "published")
    assert "relative" in published["how"] and "3 Hours ago" in published["how"]


def test_search_highlights_and_counts_facets(server: Server) -> None:
    found = httpx.get(f"{server.url}/api/search", params={"q": "Taliban"}).json()
    assert found["total"] >= 1
    assert all("<mark>" in item["snippet"] for item in found["items"])
    assert sum(f["count"] for f in found["facets"]["year"]) == found["total"]
    assert found["facets"]["source"]


def test_search_escapes_article_text(server: Server) -> None:
    found = httpx.get(f"{server.url}/api/search", params={"q": "<script>"}).json()
    for item in found["items"]:
        assert "<script" not in item["snippet"]


def test_errors_are_json_with_the_right_status(server: Server) -> None:
    with server.client() as client:
        missing = client.get("/api/articles/987654")
        bad_limit = client.get("/api/articles", params={"limit": 0})
        bad_cursor = client.get("/api/articles", params={"cursor": "not-a-cursor"})
        no_route = client.get("/api/nothing-here")
        no_story = client.get("/api/stories/987654")
    assert missing.status_code == 404 and missing.json()["error"] == "no article with id 987654"
    assert bad_limit.status_code == 422 and "limit" in bad_limit.json()["error"]
    assert bad_cursor.status_code == 400 and "cursor" in bad_cursor.json()["error"]
    assert no_route.status_code == 404 and "error" in no_route.json()
    assert no_story.status_code == 404
    for response in (missing, bad_limit, bad_cursor, no_route):
        assert "Traceback" not in response.text


def test_openapi_schema_documents_the_api(server: Server) -> None:
    schema = httpx.get(f"{server.url}/api/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/search",
        "/api/entities",
        "/api/entities/{key}",
        "/api/quotes",
        "/api/events",
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/sources",
        "/api/ingest",
    ):
        assert path in paths, path
    assert "401" in paths["/api/ingest"]["post"]["responses"]


def test_sources_count_articles_and_show_watched_ones(server: Server) -> None:
    items = httpx.get(f"{server.url}/api/sources").json()["items"]
    every = httpx.get(
        f"{server.url}/api/articles", params={"limit": 100, "with_copies": True}
    ).json()["items"]
    by_name = {i["name"]: i for i in items}
    demo = [a for a in every if a["source"] == "demo"]
    assert by_name["demo"]["articles"] == len(demo) and not by_name["demo"]["configured"]
    assert by_name["demo"]["latest"] == max(a["sortTime"] for a in demo)
    wire = by_name["wire"]
    assert wire["configured"] and wire["articles"] == 0
    assert wire["feeds"] == ["https://wire.example/feed.xml"]
    page = httpx.get(f"{server.url}/sources").text
    assert "wire" in page and "1 feed" in page


def test_ingest_without_token_is_refused(server: Server) -> None:
    with server.client() as client:
        missing = client.post(
            "/api/ingest", content=b"text", headers={"content-type": "text/plain"}
        )
        wrong = client.post(
            "/api/ingest",
            content=b"text",
            headers={"content-type": "text/plain", "authorization": "Bearer nope"},
        )
    assert missing.status_code == 401 and wrong.status_code == 401
    assert missing.headers["www-authenticate"] == "Bearer"
    assert "Bearer" in missing.json()["error"]


def test_ingested_html_appears_first_in_latest(server: Server, fixtures_dir: Path) -> None:
    page = (fixtures_dir / "serve" / "ministry-statement.html").read_bytes()
    auth = {"authorization": f"Bearer {TOKEN}"}
    with server.client() as client:
        posted = client.post(
            "/api/ingest",
            content=page,
            params={
                "url": "https://coastline-courier.example/business/ports-night-shifts",
                "captured_at": "2025-11-13T09:00:00Z",
                "source": "courier",
            },
            headers={"content-type": "text/html", **auth},
        )
        assert posted.status_code == 200, posted.text
        ingested = posted.json()["articles"]
        assert ingested[0]["status"] in {"new", "unchanged"}
        latest = client.get("/api/articles", params={"limit": 1}).json()["items"][0]
        again = client.post(
            "/api/ingest",
            json={"html": page.decode(), "captured_at": "2025-11-13T09:00:00Z"},
            headers=auth,
        ).json()["articles"]
        html_page = client.get("/").text
    assert latest["id"] == ingested[0]["id"]
    assert latest["headline"] == "Ports authority extends night shifts to clear grain ships"
    assert again[0]["id"] == ingested[0]["id"] and again[0]["status"] == "unchanged"
    assert "Ports authority extends night shifts" in html_page


def test_ingest_refuses_bad_bodies_with_a_reason(server: Server) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    with server.client() as client:
        empty = client.post(
            "/api/ingest", content=b"  ", headers={**auth, "content-type": "text/plain"}
        )
        bad_json = client.post(
            "/api/ingest", content=b"{nope", headers={**auth, "content-type": "application/json"}
        )
        nothing = client.post("/api/ingest", json={}, headers=auth)
        odd_type = client.post(
            "/api/ingest", content=b"x", headers={**auth, "content-type": "image/png"}
        )
    assert empty.status_code == 400 and "empty" in empty.json()["error"]
    assert bad_json.status_code == 400 and "JSON" in bad_json.json()["error"]
    assert nothing.status_code == 400 and "nothing to ingest" in nothing.json()["error"]
    assert odd_type.status_code == 400 and "image/png" in odd_type.json()["error"]


def test_search_filters_and_query_syntax(server: Server) -> None:
    with server.client() as client:
        taliban = client.get("/api/search", params={"q": "Taliban"}).json()
        without = client.get("/api/search", params={"q": "Taliban -Torkham"}).json()
        either = client.get("/api/search", params={"q": "Torkham OR Gwadar"}).json()
        other_source = client.get(
            "/api/search", params={"q": "Taliban", "source": "no-such-source"}
        ).json()
    assert without["total"] < taliban["total"]
    assert all("Torkham" not in i["headline"] for i in without["items"])
    assert {"Torkham" in i["headline"] or "Gwadar" in i["headline"] for i in either["items"]} == {
        True
    }
    assert other_source["total"] == 0 and other_source["items"] == []


def test_sample_article_carries_its_analysis(server: Server, sample_id: int) -> None:
    article = httpx.get(f"{server.url}/api/articles/{sample_id}").json()
    analysis = article["analysis"]
    names = {e["name"] for e in analysis["entities"]}
    assert {"Khawaja Asif", "Istanbul", "Doha"} <= names
    speakers = {q["speaker"] for q in analysis["quotes"]}
    assert any("Khawaja Asif" in s for s in speakers)
    body = article["articleBody"]
    for mention in analysis["mentions"]:
        assert body[mention["start"] : mention["end"]] == mention["text"]
    assert article["story"]["id"] >= 1


def test_entities_and_one_entity(server: Server, sample_id: int) -> None:
    with server.client() as client:
        listed = client.get("/api/entities", params={"q": "Asif"}).json()["items"]
        assert listed, "no entity matches Asif"
        key = listed[0]["key"]
        one = client.get(f"/api/entities/{key}").json()
        filtered_page = client.get("/api/articles", params={"entity": key}).json()
        filtered = filtered_page["items"]
        html_page = client.get("/", params={"entity": key}).text
        missing = client.get("/api/entities/person:nobody-at-all")
    assert one["name"] == "Khawaja Asif"
    assert sample_id in {a["id"] for a in one["articles"]}
    assert sum(d["count"] for d in one["mentionsByDay"]) >= 1
    assert any("consequences" in q["content"] for q in one["quotes"])
    assert [a["id"] for a in filtered] == [a["id"] for a in one["articles"]]
    assert filtered_page["entityName"] == "Khawaja Asif" and "Khawaja Asif</a>" in html_page
    assert missing.status_code == 404 and "person:nobody-at-all" in missing.json()["error"]


def test_quotes_and_events(server: Server, sample_id: int) -> None:
    with server.client() as client:
        anonymous = client.get("/api/quotes", params={"speaker_kind": "anonymous_source"}).json()
        events = client.get("/api/events", params={"limit": 100}).json()["items"]
        page = client.get("/api/quotes", params={"limit": 1}).json()
    assert anonymous["items"]
    assert {q["speaker_kind"] for q in anonymous["items"]} == {"anonymous_source"}
    assert len(page["items"]) == 1 and page["next_offset"] == 1
    if events:  # PLOVER records of the events stage
        record = events[0]
        assert {"event", "actor", "recipient", "event_text", "date"} <= set(record)
        by_type = httpx.get(
            f"{server.url}/api/articles", params={"event_type": record["event"]}
        ).json()["items"]
        assert record["article_id"] in {a["id"] for a in by_type}


def test_ingest_url_on_a_private_address_is_refused(server: Server) -> None:
    posted = httpx.post(
        f"{server.url}/api/ingest",
        json={"url": server.url + "/api/sources"},
        headers={"authorization": f"Bearer {TOKEN}"},
        timeout=60,
    )
    assert posted.status_code == 400
    assert "127.0.0.1" in posted.json()["error"] or "private" in posted.json()["error"]


def test_story_of_the_sample_names_its_entities(server: Server, sample_id: int) -> None:
    with server.client() as client:
        story_id = client.get(f"/api/articles/{sample_id}").json()["story"]["id"]
        story = client.get(f"/api/stories/{story_id}").json()
        listed = client.get("/api/stories", params={"limit": 100}).json()["items"]
    assert sample_id in story["articleIds"]
    assert {e["key"] for e in story["entities"]} <= set(story["topEntities"])
    assert "Khawaja Asif" in {e["name"] for e in story["entities"]}
    assert story_id in {s["id"] for s in listed}
    dated = [entry["date"] for entry in story["timeline"]]
    assert dated == sorted(dated)


def test_markup_in_articles_is_escaped_on_pages(server: Server) -> None:
    capture = (
        "- Web Desk\n- 2 Hours ago\nPort <script>alert('x')</script> workers end their strike\n"
        "KARACHI: Dock workers returned on <b>Tuesday</b> after a week-long strike over pay, "
        "the port authority said, adding that the backlog would clear within days.\n"
    )
    with server.client() as client:
        posted = client.post(
            "/api/ingest",
            content=capture.encode(),
            params={"captured_at": "2025-11-12T07:00:00Z"},
            headers={"content-type": "text/plain", "authorization": f"Bearer {TOKEN}"},
        )
        assert posted.status_code == 200, posted.text
        article_id = posted.json()["articles"][0]["id"]
        page = client.get(f"/articles/{article_id}").text
        latest = client.get("/").text
    assert "<script>alert" not in page and "<script>alert" not in latest
    assert "&lt;script&gt;" in page
    assert "workers end their strike" in latest  # the posted capture is on the latest page
    assert "<b>Tuesday</b>" not in page


def test_times_at_the_ends_of_the_calendar_are_4xx_not_500(server: Server) -> None:
    # 9999-12-31T23:59:59-12:00 is after the last datetime in UTC; year 1 has no decade before.
    import base64

    auth = {"authorization": f"Bearer {TOKEN}", "content-type": "text/plain"}
    capture = b"Harbour reopens\nBy Jane Doe\n3 Hours ago\nThe harbour reopened on Wednesday."
    cursor = base64.urlsafe_b64encode(b"9999-12-31T23:59:59-12:00|5").decode().rstrip("=")
    with server.client() as client:
        answers = [
            client.get("/api/articles", params={"since": "9999-12-31T23:59:59-12:00"}),
            client.get("/api/articles", params={"until": "0001-01-01T00:00:00+14:00"}),
            client.get("/api/articles", params={"cursor": cursor}),
            client.get("/", params={"cursor": cursor}),
            client.post(
                "/api/ingest",
                params={"captured_at": "9999-12-31T23:59:59-12:00"},
                content=capture,
                headers=auth,
            ),
            client.post(
                "/api/ingest",
                params={"captured_at": "0001-01-02T00:00:00"},
                content=capture,
                headers=auth,
            ),
            client.post(
                "/api/ingest",
                json={"text": capture.decode(), "captured_at": "0001-01-01T00:00:00+05:00"},
                headers={"authorization": f"Bearer {TOKEN}"},
            ),
        ]
    for answer in answers:
        assert answer.status_code in (400, 422), (answer.request.url, answer.text)
        assert "internal error" not in answer.text
    for answer in answers[:3] + answers[4:]:
        assert "range" in answer.json()["error"] or "cursor" in answer.json()["error"]


def test_a_posted_page_url_must_be_http(server: Server) -> None:
    auth = {"authorization": f"Bearer {TOKEN}", "content-type": "text/plain"}
    capture = b"Harbour reopens\nBy Jane Doe\nThe harbour reopened on Wednesday, officials said."
    with server.client() as client:
        for url in ("javascript:alert(document.cookie)", "notaurl", "data:text/html,hi"):
            answer = client.post("/api/ingest", params={"url": url}, content=capture, headers=auth)
            assert answer.status_code == 400, answer.text
            assert "not an http(s) URL" in answer.json()["error"]
            answer = client.post(
                "/api/ingest", json={"text": capture.decode(), "url": url}, headers=auth
            )
            assert answer.status_code == 400, answer.text


def test_a_stored_address_that_is_not_http_is_shown_not_linked(server: Server) -> None:
    # Stored before addresses were checked (or by a path that does not check them).
    from datetime import UTC, datetime

    from newsdesk.config import Settings
    from newsdesk.desk import Desk
    from newsdesk.records import RawDocument

    desk = Desk(settings=Settings(db_url=f"sqlite:///{server.db}", analyse=False))
    try:
        raw = RawDocument(
            content=b"Gulls return to the harbour\nBy Jane Doe\n"
            b"The gulls came back to the harbour on Tuesday, the warden said.",
            media_type="text/plain",
            fetched_at=datetime(2025, 11, 12, 5, tzinfo=UTC),
            url="javascript:alert(document.cookie)",
        )
        [article_id] = desk.ingest_document(raw).article_ids
    finally:
        desk.close()
    with server.client() as client:
        page = client.get(f"/articles/{article_id}").text
    assert "javascript:alert(document.cookie)" in page  # shown, as text
    assert 'href="javascript:' not in page


def test_a_lone_surrogate_in_a_json_body_is_a_400(server: Server) -> None:
    # JSON can escape half a UTF-16 pair; Python decodes it to a str no encoder takes.
    auth = {"authorization": f"Bearer {TOKEN}", "content-type": "application/json"}
    body = "The harbour reopened on Wednesday after the storm, officials said."
    with server.client() as client:
        for field, extra in (("text", ""), ("html", "<h1>Harbour</h1>"), ("source", "")):
            payload = (
                '{"text": "Harbour \\ud800 reopens\\n' + body + '"}'
                if field == "text"
                else '{"html": "' + extra + "<p>\\udfff " + body + '</p>"}'
                if field == "html"
                else '{"text": "' + body + '", "source": "\\ud800"}'
            )
            answer = client.post("/api/ingest", content=payload.encode(), headers=auth)
            assert answer.status_code == 400, answer.text
            assert f"{field} holds a lone surrogate" in answer.json()["error"]


def test_an_unknown_event_type_or_speaker_kind_is_a_422_naming_the_known_ones(
    server: Server,
) -> None:
    with server.client() as client:
        events = client.get("/api/events", params={"event_type": "ASSAULTS"})
        articles = client.get("/api/articles", params={"event_type": "BOGUS"})
        quotes = client.get("/api/quotes", params={"speaker_kind": "anonymous"})
        lower = client.get("/api/events", params={"event_type": "agree"})
    for answer in (events, articles):
        assert answer.status_code == 422, answer.text
        assert "not a PLOVER event type (AGREE, CONSULT" in answer.json()["error"]
    assert quotes.status_code == 422
    assert "not a speaker kind (named_person" in quotes.json()["error"]
    assert lower.status_code == 200  # types are matched in any case, as before
