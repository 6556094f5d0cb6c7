from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.acquire.feeds import FeedError, discover_feeds, entry_page, parse_feed
from newsdesk.acquire.xmlsafe import UnsafeXML

BASE = "https://ledger.example"


def fixture(fixtures_dir: Path, name: str) -> bytes:
    return (fixtures_dir / "acquire" / name).read_text().replace("{base}", BASE).encode()


def test_rss2_entries_with_evidence(fixtures_dir: Path):
    feed = parse_feed(fixture(fixtures_dir, "rss2.xml"), f"{BASE}/feeds/top.xml")
    assert feed.version == "rss20"
    assert [e.link for e in feed.entries] == [
        f"{BASE}/news/flood-defences.html",  # tracking parameters dropped
        f"{BASE}/news/rail-fares.html",
        f"{BASE}/news/harbour-reopens.html",
    ]
    first = feed.entries[0]
    assert first.hints == {
        "title": "Flood defences hold as river peaks below record",
        "published": "2025-11-11T05:05:00Z",
    }
    assert first.content and "forty centimetres" in first.content
    assert feed.entries[1].content == (
        "Fares on the commuter rail network will rise by twelve percent from January."
    )


@pytest.mark.parametrize(
    ("name", "version", "links"),
    [
        ("atom.xml", "atom10", ["/news/library-reopening.html"]),
        ("rss1.rdf", "rss10", ["/news/harbour-reopens.html"]),
        ("rss091.xml", "rss091u", ["/news/rail-fares.html"]),
    ],
)
def test_other_feed_formats(fixtures_dir: Path, name: str, version: str, links: list[str]):
    feed = parse_feed(fixture(fixtures_dir, name), f"{BASE}/feeds/{name}")
    assert feed.version == version
    assert [e.link for e in feed.entries] == [BASE + link for link in links]


def test_atom_relative_link_resolved_and_linkless_entry_counted(fixtures_dir: Path):
    feed = parse_feed(fixture(fixtures_dir, "atom.xml"), f"{BASE}/feeds/culture.atom")
    assert feed.skipped == 1
    assert feed.entries[0].published == "2025-11-12T06:30:00Z"
    assert feed.entries[0].modified == "2025-11-12T07:00:00Z"


def test_malformed_feed_recovers_with_a_warning(fixtures_dir: Path):
    feed = parse_feed(fixture(fixtures_dir, "malformed.xml"), f"{BASE}/feeds/bad.xml")
    assert feed.warning and "malformed feed" in feed.warning
    assert f"{BASE}/news/library-reopening.html" in [e.link for e in feed.entries]


def test_entity_bomb_refused(fixtures_dir: Path):
    with pytest.raises(UnsafeXML, match="entity-expansion bomb"):
        parse_feed(fixture(fixtures_dir, "bomb.xml"), f"{BASE}/feeds/bomb.xml")


def test_html_page_is_not_a_feed(fixtures_dir: Path):
    page = fixture(fixtures_dir, "not-a-feed.html")
    with pytest.raises(FeedError, match="HTML page, not a feed"):
        parse_feed(page, f"{BASE}/feeds/top.xml", "application/rss+xml")


@pytest.mark.parametrize("junk", [b"", b"   ", b"\x00\x01binary\xff", b"just some words"])
def test_junk_is_not_a_feed(junk: bytes):
    with pytest.raises(FeedError, match="not"):
        parse_feed(junk, f"{BASE}/feeds/x.xml")


def test_discover_feeds_from_a_home_page():
    html = b"""<html><head>
      <link rel="alternate" type="application/rss+xml" title="Top" href="/feeds/top.xml">
      <link rel="alternate" type="application/atom+xml" href="https://ledger.example/c.atom">
      <link rel="stylesheet" href="/site.css">
      <link rel="alternate" hreflang="fr" href="/fr/">
    </head><body></body></html>"""
    assert discover_feeds(html, f"{BASE}/") == [f"{BASE}/feeds/top.xml", f"{BASE}/c.atom"]
    assert discover_feeds(b"", BASE) == []


def test_entry_page_from_feed_content(fixtures_dir: Path):
    feed = parse_feed(fixture(fixtures_dir, "rss2.xml"), f"{BASE}/feeds/top.xml")
    page = entry_page(feed.entries[0])
    assert page is not None
    assert b"<title>Flood defences hold" in page
    assert b'rel="canonical" href="https://ledger.example/news/flood-defences.html"' in page
