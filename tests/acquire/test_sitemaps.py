from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsdesk.acquire.sitemaps import SitemapError, parse_sitemap
from newsdesk.acquire.xmlsafe import UnsafeXML

BASE = "https://ledger.example"


def fixture(fixtures_dir: Path, name: str) -> bytes:
    return (fixtures_dir / "acquire" / name).read_text().replace("{base}", BASE).encode()


def test_news_sitemap_dates_and_titles(fixtures_dir: Path):
    sitemap = parse_sitemap(fixture(fixtures_dir, "news-sitemap.xml"), f"{BASE}/sitemap.xml")
    assert sitemap.kind == "urlset"
    library, flood = sitemap.entries
    assert library.url == f"{BASE}/news/library-reopening.html"
    assert library.hints == {
        "title": "City library reopens after two-year renovation",
        "published": "2025-11-12T06:30:00Z",
        "modified": "2025-11-12T04:05:00Z",
    }
    assert flood.hints == {"modified": "2025-11-11"}


def test_gzipped_sitemap(fixtures_dir: Path):
    data = gzip.compress(fixture(fixtures_dir, "news-sitemap.xml"))
    assert len(parse_sitemap(data, f"{BASE}/sitemap.xml.gz").entries) == 2


def test_sitemap_index(fixtures_dir: Path):
    index = parse_sitemap(fixture(fixtures_dir, "sitemap-index.xml"), f"{BASE}/sitemap.xml")
    assert index.kind == "index"
    assert index.sitemaps == [
        f"{BASE}/sitemaps/news.xml.gz",
        f"{BASE}/sitemaps/archive-2025-10.xml",
    ]


def test_gzip_bomb_and_junk_refused():
    bomb = gzip.compress(b"<urlset>" + b" " * 5_000_000)
    with pytest.raises(SitemapError, match="over the 1,000,000-byte limit"):
        parse_sitemap(bomb, f"{BASE}/s.xml.gz", max_bytes=1_000_000)
    with pytest.raises(SitemapError, match="corrupt gzip"):
        parse_sitemap(b"\x1f\x8b\x08garbage", f"{BASE}/s.xml.gz")
    with pytest.raises(SitemapError, match="not well-formed"):
        parse_sitemap(b"<html><body>oops", f"{BASE}/s.xml")
    with pytest.raises(SitemapError, match="is not <urlset>"):
        parse_sitemap(b"<rss version='2.0'/>", f"{BASE}/s.xml")


def test_entity_bomb_sitemap_refused():
    bomb = b"""<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
<urlset><url><loc>https://ledger.example/&b;</loc></url></urlset>"""
    with pytest.raises(UnsafeXML):
        parse_sitemap(bomb, f"{BASE}/s.xml")
