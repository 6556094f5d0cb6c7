"""Where bylines are found on a page: element by element after the headline, labelled
author lines anywhere, and a personal site's own author field."""

from __future__ import annotations

from lxml.html import fromstring

from newsdesk.extract.authors import byline_after_headline, find_authors, labelled_byline
from newsdesk.extract.metadata import read_page_meta
from newsdesk.extract.pagetext import visible_text

HEAD = "<html><body><h1>Port strike enters its second week</h1>"
TITLE = "Port strike enters its second week"


def _after_headline(fragment: str) -> list[str]:
    return byline_after_headline(fromstring(HEAD + fragment + "</body></html>"), TITLE)


def test_name_element_is_read_apart_from_what_follows() -> None:
    # joined as text, '0 comments' ran into the name and the byline was rejected
    assert _after_headline("<p>By Amy Roe</p><a href='#c'>0 comments</a><p>Text.</p>") == [
        "Amy Roe"
    ]


def test_label_then_name_then_role() -> None:
    html = (
        "<span class='label'>Written By:</span><a href='/u/7'>Cora Blake</a>"
        "<span class='title'>Executive Editor and Master Gardener</span><p>Text.</p>"
    )
    assert _after_headline(html) == ["Cora Blake"]


def test_second_name_after_a_joiner() -> None:
    html = "<p>By <a href='/a/1'>Jane Doe</a> and <a href='/a/2'>John Roe</a></p><p>Text.</p>"
    assert _after_headline(html) == ["Jane Doe", "John Roe"]


def test_desk_after_a_comma_is_not_a_second_author() -> None:
    html = "<div>By</div><div>Advik Rao</div><div>,</div><span>Global Desk</span><p>Text.</p>"
    assert _after_headline(html) == ["Advik Rao"]


def test_author_label_anywhere_on_the_page() -> None:
    tree = fromstring(
        "<html><body><p>Article text.</p><div class='meta'><h3>Published</h3>"
        "<p>May 2, 2024</p><h3>Author</h3><p>Lisa M. Ortega</p></div></body></html>"
    )
    assert labelled_byline(tree) == ["Lisa M. Ortega"]


def test_links_and_footers_are_not_labelled_bylines() -> None:
    tree = fromstring(
        "<html><body><ul><li><a href='/c'>By Region</a></li><li><a href='/e'>Europe</a></li></ul>"
        "<a href='/authors'>Author</a><a href='/recent'>Recent Posts</a>"
        "<footer><p>Site by Bright Pixel Studio</p></footer></body></html>"
    )
    assert labelled_byline(tree) == []


def test_personal_site_named_after_its_author() -> None:
    html = (
        '<html><head><meta name="author" content="Mara Lind"></head>'
        "<body><h1>On tools</h1><p>Some notes on choosing tools.</p></body></html>"
    )
    tree = fromstring(html)
    page = read_page_meta(tree)
    found = find_authors(tree, page, ["mara-lind.net"], "On tools", visible_text(tree))
    assert found == (["Mara Lind"], "meta")


def test_company_as_stated_author_is_an_organisation() -> None:
    html = (
        '<html><head><meta name="author" content="Northwind Traders Inc"></head><body>'
        "<h1>Trail guide</h1><p>" + "The trails run along the river. " * 200 + "</p>"
        "<footer><p>Northwind Traders Inc</p></footer></body></html>"
    )
    tree = fromstring(html)
    page = read_page_meta(tree)
    assert find_authors(tree, page, [], "Trail guide", visible_text(tree)) == ([], "none")


def test_only_the_first_labelled_line_counts() -> None:
    # the page's own 'by' names no person; later 'by' lines are cards of other posts
    tree = fromstring(
        "<html><body><p><span>by</span> <span>Campus News</span></p><p>Story text.</p>"
        "<div class='cards'><h3>A different story</h3><span>by</span><span>Ravi Menon</span>"
        "</div></body></html>"
    )
    assert labelled_byline(tree) == []
