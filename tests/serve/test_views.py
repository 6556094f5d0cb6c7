"""The pure parts of the serve layer: cursors, highlighting, charts, relative times."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsdesk.errors import InputError
from newsdesk.records import Mention, Quote
from newsdesk.serve import linked, views, web

BODY = (
    "KARACHI: Defence Minister Khawaja Asif said talks would resume.\n\n"
    "Officials said the TTP had “no place in the process,” sources added."
)


def test_cursor_round_trips_and_refuses_garbage() -> None:
    when = datetime(2025, 11, 12, 5, 0, tzinfo=UTC)
    assert views.decode_cursor(views.encode_cursor(when, 42)) == (when, 42)
    for bad in ("zz", "bm90IGEgY3Vyc29y", ""):
        with pytest.raises(InputError, match="cursor"):
            views.decode_cursor(bad)


def _analysis() -> dict[str, object]:
    start = BODY.index("Khawaja Asif")
    ttp = BODY.index("TTP")
    content = BODY.index("no place")
    quote = Quote(
        start=BODY.index("Officials"),
        end=len(BODY),
        content="no place in the process,",
        speaker="Officials",
        speaker_kind="official_role",
        cue="said",
        direct=True,
        speaker_start=BODY.index("Officials"),
        speaker_end=BODY.index("Officials") + len("Officials"),
        content_start=content,
        content_end=content + len("no place in the process,"),
    )
    return {
        "mentions": [
            Mention(start, start + 12, "Khawaja Asif", "person", "person:khawaja asif").to_json(),
            Mention(ttp, ttp + 3, "TTP", "armed_group", "org:ttp").to_json(),
        ],
        "quotes": [quote.to_json()],
        "events": [
            {
                "event_type": "CONSULT",
                "trigger": "talks",
                "trigger_start": BODY.index("talks"),
                "trigger_end": BODY.index("talks") + 5,
            }
        ],
    }


def test_annotate_keeps_the_text_and_marks_each_layer() -> None:
    paragraphs = views.annotate(BODY, _analysis())
    assert len(paragraphs) == 2
    assert "\n\n".join("".join(s["text"] for s in p) for p in paragraphs) == BODY
    marked = {s["text"]: s for p in paragraphs for s in p}
    assert marked["Khawaja Asif"]["entity"]["href"] == "/entities/person%3Akhawaja%20asif"
    assert marked["talks"]["trigger"] == {"type": "CONSULT"}
    assert marked["Officials"]["speaker"]["kind"] == "official_role"
    assert marked["no place in the process,"]["quote"]["speaker"] == "Officials"
    assert marked["TTP"]["entity"]["kind"] == "armed_group"
    assert marked["TTP"]["quote"] is None  # outside the quoted content


def test_annotate_ignores_spans_outside_the_body() -> None:
    broken = {"mentions": [{"start": 5, "end": 10_000, "kind": "person", "entity": None}]}
    paragraphs = views.annotate("Short body.", broken)
    assert paragraphs == [
        [{"text": "Short body.", "entity": None, "quote": None, "speaker": None, "trigger": None}]
    ]


def test_snippet_html_escapes_text_but_keeps_marks() -> None:
    snippet = "a <b>bold</b> \x02claim\x03 & more"
    assert views.snippet_html(snippet) == "a &lt;b&gt;bold&lt;/b&gt; <mark>claim</mark> &amp; more"


def test_timeline_chart_spreads_entries_over_the_axis() -> None:
    entries = [
        {"date": "2025-11-01T00:00:00Z", "summary": "Doha"},
        {"date": "2025-11-09T00:00:00Z", "summary": "Sunday"},
        {"date": "2025-11-05T00:00:00Z", "summary": "Istanbul"},
    ]
    chart = linked.timeline_chart(entries, width=720)
    xs = [p["x"] for p in chart["points"]]
    assert xs[0] == 40 and xs[1] == 680 and xs[2] == 360
    assert [t["label"] for t in chart["ticks"]] == ["01 Nov 2025", "09 Nov 2025"]
    assert linked.timeline_chart([])["points"] == []


def test_mentions_chart_scales_bars_to_the_busiest_day() -> None:
    chart = linked.mentions_chart(
        [{"day": "2025-11-11", "count": 1}, {"day": "2025-11-12", "count": 4}]
    )
    small, big = chart["bars"]
    assert big["h"] == 4 * small["h"]
    assert big["y"] + big["h"] == small["y"] + small["h"]  # same baseline


def test_relative_times() -> None:
    now = datetime(2025, 11, 12, 12, 0, tzinfo=UTC)
    assert web.ago("2025-11-12T09:00:00Z", now) == "3 hours ago"
    assert web.ago("2025-11-12T11:59:30Z", now) == "just now"
    assert web.ago("2025-11-11T11:00:00Z", now) == "1 day ago"
    assert web.ago("2024-10-01T00:00:00Z", now) == "1 year ago"
    assert web.ago(None, now) == ""
    assert web.when("2025-11-12T02:00:00Z") == "12 Nov 2025 02:00 UTC"
