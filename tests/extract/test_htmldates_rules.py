"""Date rules for choosing between candidates: what marks a <time> as published or updated,
what the page text and URL confirm or contradict, and when a guess is no publication date."""

from __future__ import annotations

from datetime import UTC, date, datetime

from lxml.html import fromstring

from newsdesk.extract.htmldates import PageTime, find_times, parse_time, visible_dates
from newsdesk.extract.metadata import read_page_meta
from newsdesk.extract.pagetext import visible_text

CAPTURED = datetime(2025, 6, 1, tzinfo=UTC)


def _times(
    html: str, url: str | None = None, headline: str = "Headline"
) -> tuple[PageTime | None, PageTime | None]:
    tree = fromstring(html)
    return find_times(tree, read_page_meta(tree), url, {}, CAPTURED, headline, visible_text(tree))


def _day(found: PageTime | None) -> str | None:
    return found.local_iso[:10] if found else None


def test_update_time_inside_a_posted_on_wrapper_is_not_the_publication() -> None:
    # WordPress themes put both times inside <span class="posted-on">
    html = (
        "<html><body><h1>Headline</h1>"
        '<span class="posted-on">'
        '<time class="updated" datetime="2025-04-02T10:00:00+00:00">April 2, 2025</time>'
        "</span><p>Text</p></body></html>"
    )
    published, modified = _times(html)
    assert published is None
    assert _day(modified) == "2025-04-02"


def test_time_saying_updated_or_itemprop_modified_is_the_update() -> None:
    html = (
        "<html><head>"
        '<meta property="article:published_time" content="2025-01-10T09:00:00+00:00">'
        "</head><body><h1>Headline</h1>"
        '<time class="entry-date published updated" itemprop="dateModified" '
        'datetime="2025-03-05T09:00:00+00:00">March 5, 2025</time>'
        '<time class="byline__pubdate" datetime="2025-03-06">Last Updated: Mar 6, 2025</time>'
        "<p>Text</p></body></html>"
    )
    published, modified = _times(html)
    assert _day(published) == "2025-01-10"
    assert _day(modified) == "2025-03-05"


def test_a_shown_update_day_does_not_confirm_markup_and_a_shown_publication_wins() -> None:
    html = (
        '<html><head><script type="application/ld+json">'
        '{"@type": "BlogPosting", "datePublished": "Aug 21, 2024"}</script></head>'
        "<body><h1>Headline</h1><p>By Ann Lee, Published Apr 26, 2023 Updated Aug 21, 2024</p>"
        "</body></html>"
    )
    published, _ = _times(html)
    assert _day(published) == "2023-04-26"


def test_iso_date_with_time_is_seen_in_page_text() -> None:
    found = visible_dates("Headline Published on 2021-01-18T19:55", "Headline")
    assert [(v.day, v.label) for v in found] == [(date(2021, 1, 18), "published")]


def test_numeric_date_that_reads_both_ways_confirms_but_does_not_contradict() -> None:
    head = (
        '<html><head><script type="application/ld+json">'
        '{"@type": "BlogPosting", "datePublished": "2024-09-10T16:07:00Z"}</script></head>'
    )
    # 09.10.2024 is 10 September read month-first: it confirms the markup
    confirmed, _ = _times(head + "<body><h1>Headline</h1><p>By Staff 09.10.2024</p></body></html>")
    assert _day(confirmed) == "2024-09-10"
    # 03.04.2024 fits neither reading of the markup, but cannot say which day it means
    kept, _ = _times(head + "<body><h1>Headline</h1><p>By Staff 03.04.2024</p></body></html>")
    assert _day(kept) == "2024-09-10"
    assert visible_dates("Headline 25.12.2023", "Headline")[0].day == date(2023, 12, 25)


def test_markup_agreeing_with_the_url_date_stands_against_a_shown_date() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2021-01-18T19:55+01:00">'
        "</head><body><h1>Headline</h1><p>Notes 2021-08-09 in the sidebar</p></body></html>"
    )
    url = "https://blog.example/2021/01/18/tools"
    published, _ = _times(html, url)
    assert _day(published) == "2021-01-18"
    alone, _ = _times(html)
    assert _day(alone) == "2021-08-09"  # without the URL, the date beside the headline wins


def test_an_unlabelled_date_far_from_the_headline_does_not_contradict_markup() -> None:
    teasers = " ".join(f"<p>Another story about item {i} here.</p>" for i in range(40))
    html = (
        '<html><head><meta name="datePublished" content="2020-08-16"></head>'
        f"<body><h1>Headline</h1><p>Story text.</p>{teasers}"
        "<p>Related: a story by Staff, Jul 27, 2020</p></body></html>"
    )
    published, _ = _times(html)
    assert _day(published) == "2020-08-16"


def test_only_an_update_date_shown_gives_modified_not_published() -> None:
    html = (
        "<html><body><h1>Headline</h1><p>By Ann Lee. Last Updated: August 1, 2024</p>"
        "<p>Text of the story.</p></body></html>"
    )
    published, modified = _times(html)
    assert published is None
    assert _day(modified) == "2024-08-01"


def test_stated_update_time_alone_is_not_guessed_as_publication() -> None:
    html = (
        '<html><head><meta property="article:modified_time" content="2024-06-12T10:39:42Z">'
        "</head><body><h1>Headline</h1><p>Text of the story.</p></body></html>"
    )
    published, modified = _times(html)
    assert published is None
    assert _day(modified) == "2024-06-12"


def test_copyright_year_is_not_a_publication_day() -> None:
    html = (
        "<html><body><h1>Headline</h1><p>Text of the story without any date.</p>"
        "<footer>Copyright © 2019 Example News</footer></body></html>"
    )
    published, _ = _times(html)
    assert published is None


def test_guess_outside_the_url_month_is_dropped() -> None:
    html = (
        "<html><body><h1>Headline</h1><p>Newly posted</p>"
        "<aside>Posted on June 17, 2024 another story</aside><p>Text.</p></body></html>"
    )
    published, _ = _times(html, "https://blog.example/2024/12/a-story")
    assert published is None
    published, _ = _times(html, "https://blog.example/a-story")
    assert _day(published) == "2024-06-17"


def test_without_markup_the_date_closest_to_the_headline_is_taken() -> None:
    html = (
        "<html><body><div>Tue, 14 Jan 2020 Menu Home World Business Sports Weather</div>"
        "<h1>Headline</h1><p>Wire Service 13 Jan 2020, 22:11</p><p>Text of the story.</p>"
        "</body></html>"
    )
    published, _ = _times(html)
    assert _day(published) == "2020-01-13"


def test_a_time_stated_with_its_own_offset_keeps_its_day() -> None:
    # 06:14 at -05:00 is 2 January where it was published: a nearby 1 January is another story's
    teasers = " ".join(f"<p>Another story about item {i} here.</p>" for i in range(30))
    html = (
        '<html><head><meta property="article:published_time" content="2020-01-02T06:14:00-05:00">'
        f"</head><body><h1>Headline</h1><p>Story text.</p>{teasers}<p>Jan 1, 2020</p></body></html>"
    )
    published, _ = _times(html)
    assert _day(published) == "2020-01-02"
    # in UTC, 11:14 on 2 January is 1 January nowhere (UTC-12 reaches 23:14 the day before)
    utc = html.replace("2020-01-02T06:14:00-05:00", "2020-01-02T11:14:00Z")
    assert _day(_times(utc)[0]) == "2020-01-02"


def test_a_labelled_date_far_below_the_headline_does_not_contradict_markup() -> None:
    teasers = " ".join(f"<p>Another story about item {i} here.</p>" for i in range(40))
    html = (
        '<html><head><meta property="article:published_time" content="2020-09-28T23:12:35Z">'
        f"</head><body><h1>Headline</h1><p>Story text.</p>{teasers}"
        "<p>Next story. Published October 5, 2020</p></body></html>"
    )
    assert _day(_times(html)[0]) == "2020-09-28"


def test_two_digit_years_count_only_with_a_label() -> None:
    labelled = visible_dates("Headline By Ann Lee Updated on 09/11/25 In this article", "Headline")
    assert [(v.day, v.other, v.label) for v in labelled] == [
        (date(2025, 11, 9), date(2025, 9, 11), "modified")
    ]
    assert visible_dates("Offer: redeem by 12.31.23 Headline", "Headline") == []


def test_dates_written_in_other_languages() -> None:
    text = (
        "Headline Publié le 3 mars 2024 · Veröffentlicht am 5. Dezember 2023 · "
        "Publicado el 12 de agosto de 2022 · on 04-ago-2021 5:11:10 · 2020年7月12日"
    )
    assert [v.day for v in visible_dates(text, "Headline")] == [
        date(2024, 3, 3),
        date(2023, 12, 5),
        date(2022, 8, 12),
        date(2021, 8, 4),
        date(2020, 7, 12),
    ]


def test_more_publisher_meta_tags() -> None:
    html = (
        '<html><head><meta property="og:publish_date" content="2024-05-06T07:08:00+02:00">'
        '<meta name="bt:moddate" content="2024-05-07T09:00:00+02:00"></head>'
        "<body><h1>Headline</h1><p>Text.</p></body></html>"
    )
    published, modified = _times(html)
    assert published is not None and published.local_iso == "2024-05-06T07:08:00+02:00"
    assert modified is not None and modified.time.evidence == "meta:bt:moddate"


def test_zone_names_and_gmt_offsets_are_read_as_written() -> None:
    east = parse_time("2020-01-13 22:11 GMT+10", "meta")
    assert east is not None and east.local_iso == "2020-01-13T22:11:00+10:00"
    assert east.time.value == datetime(2020, 1, 13, 12, 11, tzinfo=UTC)
    named = parse_time("Jan 13, 2020 10:11 pm EST", "meta")
    assert named is not None and named.time.value == datetime(2020, 1, 14, 3, 11, tzinfo=UTC)
    js = parse_time("Tue Aug 25 2020 00:23:33 GMT+0000 (Coordinated Universal Time)", "meta")
    assert js is not None and js.time.value == datetime(2020, 8, 25, 0, 23, 33, tzinfo=UTC)


def test_a_shown_date_keeps_the_time_and_zone_written_after_it() -> None:
    html = (
        "<html><body><h1>Headline</h1><p>Wire Service 13 Jan 2020, 22:11 GMT+10</p>"
        "<p>Text of the story.</p></body></html>"
    )
    published, _ = _times(html)
    assert published is not None
    assert published.local_iso == "2020-01-13T22:11:00+10:00"
    assert published.time.precision == "minute"
    assert visible_dates("Headline 4 May 2021 10.50 million", "Headline")[0].clock == ""


def test_without_the_headline_in_the_text_no_date_counts_as_beside_it() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2024-03-02T10:00:00Z">'
        "</head><body><div>Monday, March 4, 2024 Menu</div><h1>Another title</h1>"
        "<p>Text of the story.</p></body></html>"
    )
    assert _day(_times(html, headline="Headline from the feed")[0]) == "2024-03-02"


def test_published_and_updated_labels_in_other_languages() -> None:
    text = "Headline Publié le 3 mars 2024 · Mis à jour le 4 mars 2024 · Aktualisiert am 5.3.2024"
    assert [(v.day, v.label) for v in visible_dates(text, "Headline")] == [
        (date(2024, 3, 3), "published"),
        (date(2024, 3, 4), "modified"),
        (date(2024, 3, 5), "modified"),
    ]


def test_a_stated_update_time_in_utc_takes_the_update_day_the_page_shows() -> None:
    # dateModified 01:52 UTC on the 16th is the evening of the 15th where the page is
    # written, and the page says so: 'Last Updated: December 15th 2024'
    html = (
        '<html><head><script type="application/ld+json">{"@type": "BlogPosting",'
        ' "datePublished": "2024-01-04T00:00:00Z", "dateModified": "2024-12-16T01:52:13Z"}'
        "</script></head><body><h1>Headline</h1><p>By Ann Lee</p>"
        "<p>Last Updated: <strong>December 15th 2024</strong></p>"
        "<p>Text of the story.</p></body></html>"
    )
    published, modified = _times(html)
    assert _day(published) == "2024-01-04"
    assert _day(modified) == "2024-12-15"
    assert modified is not None
    assert modified.time.value == datetime(2024, 12, 16, 1, 52, 13, tzinfo=UTC)


def test_the_masthead_date_of_today_is_not_the_page_date() -> None:
    html = (
        "<html><body><div class='masthead'>Today: Tuesday, March 5, 2024</div>"
        "<h1>Headline</h1><p>By Ann Lee, City Hall reporter for the Evening Courier</p>"
        "<p>March 4, 2024</p><p>Text of the story.</p></body></html>"
    )
    assert _day(_times(html)[0]) == "2024-03-04"
