"""Byline rules: names out, roles/dates/'By'/organisations out, nothing rather than junk."""

from __future__ import annotations

import pytest
from lxml.html import fromstring

from newsdesk.extract.authors import byline_after_headline, find_authors
from newsdesk.extract.bylines import merge_names, parse_byline
from newsdesk.extract.metadata import read_page_meta


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("BY JANE DOE", ["Jane Doe"]),
        ("By Jane Doe and John Roe, Staff Writers", ["Jane Doe", "John Roe"]),
        ("Jane Doe, Senior Correspondent", ["Jane Doe"]),
        ("Written by Jane Doe | Updated March 3, 2024 10:15 am", ["Jane Doe"]),
        ("By Jane Doe Published on 3 May 2024", ["Jane Doe"]),
        ("Medically reviewed by Dr. Amal Roe — Written by Jane Doe", ["Jane Doe"]),
        ("Author: Isaiah Shelton", ["Isaiah Shelton"]),
        ("By Reuters", ["Reuters"]),
        ("By Sana Qureshi, The Daily Ledger", ["Sana Qureshi"]),
        ("Cara Lee RN, BSN, Certified Sleep Consultant", ["Cara Lee"]),
        (
            "Anna Maria de la Cruz and Piet van der Berg",
            ["Anna Maria de la Cruz", "Piet van der Berg"],
        ),
        ("Ana Lim, Bo Chen, and Cy Park", ["Ana Lim", "Bo Chen", "Cy Park"]),
        ("Colin Gray Colin Gray", ["Colin Gray"]),
        ("Posted by BeauHD on Friday", ["BeauHD"]),
        ("The Upwork Team", ["The Upwork Team"]),
        ("Melissa Norris Facebook Tweet", ["Melissa Norris"]),
        ("A. J. Neal View profile", ["A. J. Neal"]),
        ("Camila Karalyte Junior Affiliate Content", ["Camila Karalyte"]),
        ("Head of Marketing", []),
        ("Hlín Eyjólfsdóttir Verified", ["Hlín Eyjólfsdóttir"]),
        ("Catherine Boeckmann, Master Gardener & Writer", ["Catherine Boeckmann"]),
        ("Maria &amp; Katerina", ["Maria", "Katerina"]),
        ("Staff", []),
        ("By Staff Writer", []),
        ("admin", []),
        ("Share this article", []),
        ("https://example.com/authors/jane", []),
        ("", []),
        ("Dec. 19, 2025 · Ola Berg on behalf of the Docs group", ["Ola Berg"]),
        ("March 3, 2024 | By Jane Doe", ["Jane Doe"]),
        ("Sat, 20 Dec, 2025 - 06:36", []),
        ("©2026 Acme Fitness. Terms & Conditions Privacy Policy", []),
        ("Dan Roe, Senior Director, Content & Marketing, Acme and Acme Institute", ["Dan Roe"]),
        ("Ana Lim, Bo Chen and Cy Park", ["Ana Lim", "Bo Chen", "Cy Park"]),
        ("Written by Lu Wei, Head of Sales and Community Development", ["Lu Wei"]),
        ("By Category", []),
        ("By Event Type", []),
        ("Contributors: Ines Dalton", ["Ines Dalton"]),
        ("This byline is far too long to be a name and reads like a sentence of body text", []),
    ],
)
def test_parse_byline(text: str, names: list[str]) -> None:
    assert parse_byline(text) == names


def test_stated_author_fields_keep_handles_and_desks() -> None:
    # the page's own author field: what it says is the author, even lower case or generic
    assert parse_byline("kirstin boatto", stated=True) == ["kirstin boatto"]
    assert parse_byline("News Desk", stated=True) == ["News Desk"]
    assert parse_byline("News Desk") == []  # guessed from page text: not a person
    assert parse_byline("admin", stated=True) == []


def test_merge_names_dedupes_case_insensitively() -> None:
    assert merge_names([["Jane Doe"], ["jane doe", "John Roe"]]) == ["Jane Doe", "John Roe"]


def test_byline_line_under_the_headline() -> None:
    tree = fromstring(
        "<html><body><h1>Floods close the coast road</h1>"
        "<p class='x'>By <a href='/p/1'>Amira Haddad</a> in Beirut</p>"
        "<p>Text of the story follows here.</p></body></html>"
    )
    assert byline_after_headline(tree, "Floods close the coast road") == ["Amira Haddad"]


def _authors(html: str, sites: list[str] | None = None) -> tuple[list[str], str]:
    tree = fromstring(html)
    from newsdesk.extract.pagetext import visible_text

    return find_authors(tree, read_page_meta(tree), sites or [], "", visible_text(tree))


def test_jsonld_person_is_used_when_it_is_on_the_page() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"author": [{"@type": "Person", "name": "Lena Fischer"}]}</script></head>'
        "<body><p>Lena Fischer reports.</p></body></html>"
    )
    assert _authors(html) == (["Lena Fischer"], "json-ld")


def test_hidden_jsonld_person_is_not_trusted() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"author": {"@type": "Person", "name": "Template Author"}}</script></head>'
        "<body><p>No byline on this page.</p></body></html>"
    )
    assert _authors(html) == ([], "none")


def test_site_as_author_only_when_nobody_else_is_named() -> None:
    html = (
        '<html><head><meta name="author" content="Valley Courier"></head>'
        '<body><div class="byline">By Tom Price</div><p>Valley Courier</p></body></html>'
    )
    assert _authors(html, ["Valley Courier"]) == (["Tom Price"], "byline")
    html = html.replace('<div class="byline">By Tom Price</div>', "")
    assert _authors(html, ["Valley Courier"]) == (["Valley Courier"], "organisation")
