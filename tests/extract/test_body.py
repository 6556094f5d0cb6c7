"""Body extraction: which trafilatura mode a page gets, and the clean-up after it."""

from __future__ import annotations

from pathlib import Path

from lxml.html import fromstring, tostring

from newsdesk.extract.body import (
    clean_paragraphs,
    discarded_prose,
    extract_body,
    is_news_page,
    list_heavy,
)
from newsdesk.extract.metadata import read_page_meta

CARDS = "".join(
    f"<div class='card'><h3><a href='/p/{i}'>Kettle {i}</a></h3><ul>"
    "<li>Boils a litre in three minutes</li><li>Holds its heat for an hour or more</li>"
    "</ul></div>"
    for i in range(1, 10)
)
GUIDE = (
    "<html><head><title>Best kettles</title>{head}</head><body><article>"
    "<h1>The best kettles we tested</h1><p>We tested twenty kettles over a month, boiling "
    "water for tea and coffee every morning and evening.</p>" + CARDS + "<p>Any of these "
    "will serve a household well; the first is our favourite for its even pour.</p>"
    "</article></body></html>"
)
NEWS_LD = '<script type="application/ld+json">{"@type": "NewsArticle"}</script>'


def test_content_in_lists_is_kept_on_a_guide() -> None:
    # precision mode prunes these product cards; a guide made of them needs recall mode
    body = " ".join(extract_body(fromstring(GUIDE.format(head="")), None))
    assert body.count("Holds its heat for an hour or more") == 9


def test_news_article_keeps_precision_mode() -> None:
    tree = fromstring(GUIDE.format(head=NEWS_LD))
    assert is_news_page(read_page_meta(tree))
    body = " ".join(extract_body(tree, None, news=True))
    assert "Holds its heat" not in body


def test_list_heavy_counts_prose_items_not_menus() -> None:
    menu = "".join(
        f"<li><a href='/s/{i}'>Section number {i} of the site</a></li>" for i in range(20)
    )
    assert not list_heavy(fromstring(f"<html><body><ul>{menu}</ul></body></html>"))
    assert list_heavy(fromstring(GUIDE.format(head="")))


def test_is_news_page_reads_type_lists() -> None:
    tree = fromstring(
        '<html><head><script type="application/ld+json">{"@type": ["Article", '
        '"ReportageNewsArticle"]}</script></head><body><p>x</p></body></html>'
    )
    assert is_news_page(read_page_meta(tree))
    assert not is_news_page(read_page_meta(fromstring("<html><body><p>x</p></body></html>")))


def test_related_heading_ends_the_body_but_a_sentence_does_not() -> None:
    paras = [f"Paragraph {i} of the article, long enough to read as prose." for i in range(6)]
    cut = clean_paragraphs([*paras, "Related stories", "Another headline"], "Title", None)
    assert cut == paras
    going_on = [*paras, "More on that in a follow-up post about the parser.", "The end."]
    assert clean_paragraphs(going_on, "Title", None) == going_on


ARTICLE = [f"Paragraph {i} of the guide, long enough to read as prose." for i in range(6)]


def test_author_box_heading_ends_the_body() -> None:
    tail = ["About the Author", "Jo Bloggs writes about kettles and has tested forty of them."]
    assert clean_paragraphs([*ARTICLE, *tail], "Title", None) == ARTICLE
    written = ["Written by Jo Bloggs", "Jo has written about kitchens for ten years."]
    assert clean_paragraphs([*ARTICLE, *written], "Title", None) == ARTICLE


def test_newsletter_and_contact_headings_end_the_body() -> None:
    for heading in ("Join Our Kitchen Newsletter", "Contact Us", "Recent Articles"):
        tail = [heading, "Get the latest guides delivered to your inbox every week."]
        assert clean_paragraphs([*ARTICLE, *tail], "Title", None) == ARTICLE


def test_feedback_prompt_ends_the_body() -> None:
    tail = ["Did you find this article helpful?", "Thank you for your feedback!"]
    assert clean_paragraphs([*ARTICLE, *tail], "Title", None) == ARTICLE
    enjoyed = ["Enjoyed this piece? We need your help to keep publishing.", "Donate today."]
    assert clean_paragraphs([*ARTICLE, *enjoyed], "Title", None) == ARTICLE


def test_copyright_footer_ends_the_body() -> None:
    tail = ["© 2025 Example Kettles Ltd. All Rights Reserved.", "Privacy policy and terms."]
    assert clean_paragraphs([*ARTICLE, *tail], "Title", None) == ARTICLE


def test_site_matter_early_in_the_text_does_not_end_it() -> None:
    # a contact line in the first half is part of the page's content, not its footer
    paras = ["Get In Touch", *ARTICLE]
    assert clean_paragraphs(paras, "Title", None) == paras
    phone = [*ARTICLE[:4], "Get In Touch: 555-0100", *ARTICLE[4:]]
    assert clean_paragraphs(phone, "Title", None) == phone


def test_teaser_and_tag_lines_are_dropped() -> None:
    paras = [
        *ARTICLE[:3],
        "Related: How we test kettles",
        *ARTICLE[3:],
        "Tags: kitchen, kettles, reviews",
    ]
    assert clean_paragraphs(paras, "Title", None) == ARTICLE


def test_prose_in_a_box_trafilatura_discards_by_class_is_kept(fixtures_dir: Path) -> None:
    # the steps sit in <div class="page-slide">: 'slide' is a carousel word to trafilatura
    html = (fixtures_dir / "html" / "prose-in-discarded-box.html").read_text()
    tree = fromstring(html)
    body = extract_body(tree, None)
    assert any(p.startswith("Wait two weeks before you touch the roots") for p in body)
    assert any(p.startswith("Have a fern that will not settle?") for p in body)
    # the page's tree is given back as it came
    assert tostring(tree) == tostring(fromstring(html))


def test_discarded_prose_ignores_small_boxes_and_kept_classes() -> None:
    steps = "".join(f"<p>{'Step words of a long how-to paragraph. ' * 5}{i}</p>" for i in range(4))
    small = "<div class='slide'><p>One short caption of a slide, nothing more to it.</p></div>"
    page = f"<html><body><main>{small}<div class='%s'>{steps}</div></main></body></html>"
    boxes, words = discarded_prose(fromstring(page % "page-slide"))
    assert [b.get("class") for b in boxes] == ["page-slide"]
    assert words == 4 * 36
    assert discarded_prose(fromstring(page % "entry-content")) == ([], 0)


def test_discarded_prose_adds_up_sibling_slides() -> None:
    # a listicle: each item in its own 'slide', none alone most of the page
    slide = "<div class='listicle-slide'><h2>Item</h2><p>{}</p><p>{}</p></div>"
    text = "Words of a long paragraph describing one item of the list at length. " * 3
    slides = "".join(slide.format(text, text) for _ in range(4))
    intro = f"<p>{text}</p>"
    boxes, words = discarded_prose(fromstring(f"<html><body>{intro}{slides}</body></html>"))
    assert len(boxes) == 4
    assert words == 4 * 2 * 39
