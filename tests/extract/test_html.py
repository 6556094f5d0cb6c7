"""extract_html end to end: example pages we wrote, bad input, and real benchmark pages."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.errors import ExtractionError
from newsdesk.extract.html import extract_html


def test_wire_page_metadata_and_body(examples_dir: Path) -> None:
    page = (examples_dir / "html" / "wire-port-reopens.html").read_bytes()
    article = extract_html(page, url="https://www.coastlinewire.example/world/asia/x")
    assert article.headline == "Storm-hit port of Gwadar reopens to cargo ships after five days"
    assert article.authors == ["Sana Qureshi", "Daniel Okafor"]
    assert article.published is not None and article.modified is not None
    # stated with +05:00: kept as the same instant in UTC, to the minute
    assert article.published.value == datetime(2025, 11, 12, 1, 40, tzinfo=UTC)
    assert article.published.precision == "minute"
    assert article.published.method == "exact"
    assert article.modified.value == datetime(2025, 11, 12, 4, 5, tzinfo=UTC)
    assert article.canonical_url == (
        "https://www.coastlinewire.example/world/asia/gwadar-port-reopens-2025-11-12/"
    )
    assert article.site_name == "Coastline Wire"
    assert article.language == "en"
    # The dateline is a field, as for captures; the body starts with the first sentence.
    assert article.dateline == "GWADAR, Pakistan, Nov 12 (Coastline Wire)"
    assert article.body.startswith("The port of Gwadar resumed")
    assert "Forecasters expect calmer seas" in article.body
    for boilerplate in ("All rights reserved", "Read next", "Karachi port congestion", "Markets"):
        assert boilerplate not in article.body
    assert len(article.paragraphs) >= 6


def test_cp1252_page_with_wrong_charset_hint(examples_dir: Path) -> None:
    page = (examples_dir / "html" / "paper-school-meals.html").read_bytes()
    article = extract_html(page, hints={"charset": "utf-8"})
    assert "\u201cAttendance rose most among girls" in article.body
    assert "department\u2019s programme director" in article.body
    assert article.authors == ["Ayesha Malik"]
    assert article.published is not None
    assert article.published.value.date().isoformat() == "2025-11-09"
    assert article.published.precision == "day"
    assert "Good step, but what about schools" not in article.body  # reader comments


def test_visible_date_beats_stale_markup(fixtures_dir: Path) -> None:
    page = (fixtures_dir / "html" / "stale-markup.html").read_text()
    article = extract_html(page, url="https://metro.example/city/bus-lanes")
    assert article.published is not None
    assert article.published.value.date().isoformat() == "2024-03-04"
    assert article.headline == "Council approves new bus lanes on Ring Road"


def test_hints_fill_what_the_page_lacks(fixtures_dir: Path) -> None:
    page = (fixtures_dir / "html" / "no-metadata.html").read_text()
    article = extract_html(
        page, hints={"published": "2025-10-05T08:30:00+02:00", "title": "Harvest festival"}
    )
    assert article.published is not None
    assert article.published.value == datetime(2025, 10, 5, 6, 30, tzinfo=UTC)
    assert article.published.evidence == "hint:published"
    assert article.headline == "Harvest festival draws record crowds"
    assert article.authors == []  # no byline: nothing invented
    assert "412-kilogram entry" in article.body


def test_malformed_html_still_extracts(fixtures_dir: Path) -> None:
    page = (fixtures_dir / "html" / "no-metadata.html").read_text()
    broken = page.replace("</div>", "").replace("</body></html>", "<div><p>unclosed")
    article = extract_html(broken)
    assert "More than 12,000 people visited" in article.body


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty document"),
        (b"   \n\t ", "empty document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"\x00\x01\x02\x03" * 100, "binary data"),
        (b"Just a line of plain text, no markup at all.", "no markup"),
        ("", "empty document"),
    ],
)
def test_bad_input_gives_a_clear_error(data: bytes | str, reason: str) -> None:
    with pytest.raises(ExtractionError, match=reason) as err:
        extract_html(data, url="https://example.org/x")
    assert "https://example.org/x" in str(err.value)


def test_page_without_article_text(fixtures_dir: Path) -> None:
    page = (fixtures_dir / "html" / "nav-only.html").read_bytes()
    with pytest.raises(ExtractionError, match="no article text"):
        extract_html(page)


def test_wrong_type_is_an_extraction_error() -> None:
    with pytest.raises(ExtractionError, match="expected HTML as str or bytes"):
        extract_html(12345)  # type: ignore[arg-type]


# --- real pages from ../shared/bench/extraction --------------------------------------


def _shingles(text: str) -> set[tuple[str, ...]]:
    tokens = text.split()
    return {tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3))}


@pytest.mark.shared
def test_real_news_pages_body(shared_dir: Path) -> None:
    folder = shared_dir / "bench" / "extraction" / "scrapinghub"
    truth = json.loads((folder / "ground-truth.json").read_text())
    scores = []
    for page_id in sorted(truth)[:6]:
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        article = extract_html(html, url=truth[page_id]["url"])
        gold, got = _shingles(truth[page_id]["articleBody"]), _shingles(article.body)
        scores.append(len(gold & got) / max(len(gold | got), 1))
    assert sum(scores) / len(scores) > 0.8, scores


@pytest.mark.shared
def test_real_pages_titles_and_dates(shared_dir: Path) -> None:
    folder = shared_dir / "bench" / "extraction" / "wcxb-dev"
    titles = dates = 0
    files = sorted((folder / "ground-truth").glob("*.json"))[:10]
    for path in files:
        gt = json.loads(path.read_text())["ground_truth"]
        html = gzip.decompress((folder / "html" / f"{path.stem}.html.gz").read_bytes())
        try:
            article = extract_html(html)
        except ExtractionError:
            continue
        titles += " ".join(article.headline.lower().split()) == " ".join(
            gt["title"].lower().split()
        )
        local = article.extras.get("published_local") or ""
        dates += bool(gt["publish_date"]) and local[:10] == gt["publish_date"]
    assert titles >= 7 and dates >= 6, (titles, dates)


def test_hostile_head_markup_is_no_evidence_and_no_crash() -> None:
    body = "<p>" + "The council voted on Tuesday to extend the ferry timetable. " * 5 + "</p>"
    html = (
        '<html><head><link rel="canonical" href="http://[::1">'
        f'<script type="application/ld+json">{"[" * 100_000}</script></head>'
        f"<body><article><h1>Ferry timetable extended</h1>{body}</article></body></html>"
    )
    article = extract_html(html)
    assert article.headline == "Ferry timetable extended"
    assert article.canonical_url is None


def test_a_tag_with_thousands_of_attributes_is_read_at_once() -> None:
    # libxml2 is quadratic in one tag's attributes: 100,000 of them took minutes
    attributes = " ".join(f"a{i}=1" for i in range(100_000))
    body = "<p>" + "The council voted on Tuesday to extend the ferry timetable. " * 5 + "</p>"
    html = (
        f"<html><body><div {attributes}><article><h1>Ferry timetable extended</h1>{body}"
        '</article></div><img alt="a short tag" src="x.png"></body></html>'
    )
    article = extract_html(html)
    assert article.headline == "Ferry timetable extended"
    assert "ferry timetable" in article.body
