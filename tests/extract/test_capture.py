from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsdesk.errors import ExtractionError
from newsdesk.extract.capture import extract_capture
from newsdesk.records import Article

PKT = timezone(timedelta(hours=5))
CAPTURED = datetime(2025, 11, 12, 10, 0, tzinfo=PKT)  # 05:00 UTC, the demo's capture time


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def times(article: Article) -> tuple[object, ...]:
    p, m = article.published, article.modified
    return (
        (p.value, p.method, p.precision) if p else None,
        (m.value, m.method, m.precision) if m else None,
    )


def one(text: str, **kwargs: object) -> Article:
    articles = extract_capture(text, CAPTURED, **kwargs)  # type: ignore[arg-type]
    assert len(articles) == 1, [a.headline for a in articles]
    return articles[0]


# --- the real sample -----------------------------------------------------------


@pytest.mark.shared
def test_sample_capture_gives_one_clean_article(shared_dir: Path) -> None:
    text = (shared_dir / "samples" / "capture-talks.txt").read_text(encoding="utf-8")
    articles = extract_capture(text, datetime.fromisoformat("2025-11-12T10:00:00+05:00"))

    assert len(articles) == 1
    article = articles[0]
    assert article.headline == (
        "Final bid underway to salvage Pakistan-Afghan Taliban talks amid deadlock over "
        "anti-terror action"
    )
    assert article.authors == ["Web Desk"]
    assert times(article) == (
        (utc(2025, 11, 12, 2, 0), "relative", "hour"),
        (utc(2025, 11, 12, 4, 44), "relative", "minute"),
    )
    assert article.dateline == "WEB DESK"
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 6
    assert paragraphs[0].startswith("Diplomatic sources have revealed that one final attempt")
    assert paragraphs[-1].startswith("Sources said Pakistan found the Taliban’s responses")
    assert paragraphs[-1].endswith("serious consequences for bilateral and regional security.")
    source_lines = [line for line in text.splitlines() if line.strip()]
    assert paragraphs[1:] == source_lines[7:12]
    for paragraph in paragraphs:
        assert paragraph.strip("-—* ")
        assert not paragraph.startswith(("- ", "WEB DESK"))
        assert "Web Desk" not in paragraph
        assert "Hours ago" not in paragraph and "Minutes ago" not in paragraph
    assert article.captured_at == utc(2025, 11, 12, 5, 0)


# --- the bundled examples ----------------------------------------------------------


def read_example(examples_dir: Path, name: str) -> str:
    return (examples_dir / "captures" / name).read_text(encoding="utf-8")


def openings(article: Article) -> list[str]:
    """The first four words of each paragraph."""
    return [" ".join(p.split()[:4]) for p in article.paragraphs]


def test_example_wire_layout_with_absolute_date(examples_dir: Path) -> None:
    article = one(read_example(examples_dir, "wire-flood-relief.txt"))
    assert article.headline == (
        "Relief convoys reach flood-cut villages in Sindh as waters begin to recede"
    )
    assert article.authors == ["Sara Malik", "Tom Hale"]
    assert article.extras["credit"] == ["Reuters"]
    assert times(article) == (
        (utc(2025, 11, 12, 1, 14), "exact", "minute"),
        (utc(2025, 11, 12, 3, 0), "relative", "hour"),
    )
    assert article.published is not None
    assert article.published.evidence == "November 12, 2025 6:14 AM GMT+5"
    assert article.dateline == "HYDERABAD, Pakistan, Nov 12 (Reuters)"
    assert openings(article) == [
        "The first road convoys",
        "Trucks carrying flour, drinking",
        '"We can now reach',
        "Relief agencies estimate that",
        "A second convoy was",
    ]
    assert article.body.startswith("The first road convoys in nine days reached villages")
    assert article.body.endswith("would slow deliveries to the south of the district.")
    # Page furniture and the sign-off line are not body text.
    assert "Reporting by" not in article.body
    assert "newsletter" not in article.body
    assert article.description is None


def test_example_with_several_articles_and_a_latest_news_widget(examples_dir: Path) -> None:
    articles = extract_capture(read_example(examples_dir, "latest-news-several.txt"), CAPTURED)
    assert [a.headline for a in articles] == [
        "Karachi port clears container backlog as transporters end week-long strike",
        "Senate panel seeks report on delayed payments for Gwadar desalination plant",
    ]
    port, senate = articles
    assert port.authors == ["Staff Reporter"]
    assert port.dateline == "KARACHI"
    # Own stamp = publication; the widget's stamp = the update.
    assert times(port) == (
        (utc(2025, 11, 12, 0, 0), "relative", "hour"),
        (utc(2025, 11, 12, 4, 18), "relative", "minute"),
    )
    assert openings(port) == [
        "Container traffic at Karachi",
        "The strike had left",
        "A spokesman for the",
        "Port officials said the",
    ]
    assert port.paragraphs[-1].startswith("Port officials said the remaining backlog")
    assert senate.authors == ["APP"]
    assert senate.dateline == "ISLAMABAD, Nov 11 (APP)"
    assert times(senate) == (
        (utc(2025, 11, 11, 23, 0), "relative", "hour"),
        (utc(2025, 11, 12, 4, 0), "relative", "hour"),
    )
    assert openings(senate) == [
        "The Senate Standing Committee",
        "The committee chairman said",
        "Officials of the planning",
    ]
    # Share buttons, comments, the copyright line and the widget announcing the cricket
    # story (not in this capture) are gone.
    for article in articles:
        for noise in ("Share", "WhatsApp", "Comments", "Copyright", "Cricket", "***"):
            assert noise not in article.body


def test_example_without_stamp_has_no_published_time(examples_dir: Path) -> None:
    article = one(read_example(examples_dir, "analysis-no-stamp.txt"))
    assert article.headline == (
        "Why a dry winter forecast is already reshaping wheat sowing in Punjab"
    )
    assert article.description == (
        "Seed dealers report a rush for short-duration varieties as farmers brace for thin "
        "canal supplies."
    )
    assert article.authors == ["Ayesha Raza"]
    assert article.published is None and article.modified is None
    assert article.dateline == "LAHORE"
    assert openings(article) == [
        "Two weeks into the",
        "The reason is the",
        "Farmers who can afford",
        "Agricultural economists warn that",
        "None of this is",
    ]
    assert article.body.startswith("Two weeks into the sowing season")
    assert article.body.endswith("have to be made in the coming weeks.")
    assert "Tags" not in article.body and "Canal closures" not in article.body


def test_example_newspaper_layout_with_standfirst_and_modified_date(examples_dir: Path) -> None:
    article = one(read_example(examples_dir, "paper-torkham-crossing.txt"))
    assert article.headline == "Taliban reopen Torkham crossing to trucks after 11-day closure"
    assert article.description == (
        "Traders on both sides welcome the move, but passenger traffic stays suspended "
        "pending talks on travel documents"
    )
    assert article.authors == ["Farah Nadeem"]
    assert times(article) == (
        (utc(2025, 11, 11, 16, 0), "exact", "minute"),
        (utc(2025, 11, 11, 19, 15), "exact", "minute"),
    )
    assert article.dateline is None
    assert openings(article) == [
        "Afghan authorities reopened the",
        "Customs officials on the",
        '"Every day the border',
        "The closure followed a",
        "Foot traffic remains suspended.",
    ]
    assert article.body.startswith("Afghan authorities reopened the Torkham border crossing")
    assert "Most viewed" not in article.body


def test_every_example_gives_at_least_one_article(examples_dir: Path) -> None:
    files = sorted((examples_dir / "captures").glob("*.txt"))
    assert len(files) >= 3
    for path in files:
        articles = extract_capture(path.read_text(encoding="utf-8"), CAPTURED, source=path.name)
        assert articles, path
        assert all(a.headline and a.body and a.source == path.name for a in articles)


# --- behaviours ------------------------------------------------------------------

BODY_A = (
    "ISLAMABAD: The federal cabinet approved a revised plan for the national census on "
    "Monday, officials said.\n"
    "The plan moves the start of field work to March and adds digital forms in six regional "
    "languages.\n"
)


def test_widget_for_another_article_is_dropped_and_missing_headline_comes_from_body() -> None:
    text = (
        "- Web Desk\n- 20 Minutes ago\n"
        "Gold prices climb to record as rupee weakens against dollar\n"
        "-\n"
        "- Web Desk\n- 2 Hours ago\n" + BODY_A
    )
    article = one(text)
    assert article.headline == (
        "The federal cabinet approved a revised plan for the national census on Monday, "
        "officials said."
    )
    assert article.extras["headline_from"] == "body"
    # The gold widget announced another story: its stamp is not this article's update.
    assert times(article) == ((utc(2025, 11, 12, 3, 0), "relative", "hour"), None)


def test_widget_stamp_older_than_the_article_is_not_an_update() -> None:
    text = (
        "- Web Desk\n- 5 Hours ago\n"
        "Cabinet approves revised national census plan with digital forms\n"
        "-\n"
        "- Web Desk\n- 2 Hours ago\n" + BODY_A
    )
    article = one(text)
    assert article.headline == "Cabinet approves revised national census plan with digital forms"
    assert article.extras["headline_from"] == "widget"
    assert times(article) == ((utc(2025, 11, 12, 3, 0), "relative", "hour"), None)


def test_yesterday_stamp_has_day_precision() -> None:
    text = "Cabinet approves revised census plan\nBy Omar Farooq\nYesterday\n" + BODY_A
    article = one(text)
    assert article.authors == ["Omar Farooq"]
    assert times(article) == ((utc(2025, 11, 11, 5, 0), "relative", "day"), None)


def test_section_break_and_subheading_stay_inside_the_body() -> None:
    text = (
        "Cabinet approves revised census plan\nStaff Reporter\n3 hours ago\n"
        + BODY_A
        + "***\n"
        + "Provincial concerns\n"
        + "Two provinces asked for more time to train enumerators before the field work "
        "begins.\n" + "Share this article\nAdvertisement\n"
    )
    article = one(text)
    assert article.paragraphs == [
        "The federal cabinet approved a revised plan for the national census on Monday, "
        "officials said.",
        "The plan moves the start of field work to March and adds digital forms in six "
        "regional languages.",
        "Provincial concerns",
        "Two provinces asked for more time to train enumerators before the field work begins.",
    ]


def test_bare_name_next_to_stamp_is_the_byline() -> None:
    text = "Cabinet approves revised census plan\nJane Doe\n3 hours ago\n" + BODY_A
    article = one(text)
    assert article.authors == ["Jane Doe"]
    assert article.headline == "Cabinet approves revised census plan"


def test_byline_and_stamp_on_one_line() -> None:
    text = (
        "Cabinet approves revised census plan\n"
        "By JANE DOE and Omar Farooq | November 10, 2025\n" + BODY_A
    )
    article = one(text)
    assert article.authors == ["Jane Doe", "Omar Farooq"]
    assert times(article) == ((utc(2025, 11, 10), "exact", "day"), None)


def test_blank_lines_and_crlf_do_not_change_the_result() -> None:
    dense = "Cabinet approves revised census plan\nBy Omar Farooq\n2 hours ago\n" + BODY_A
    airy = "\r\n\r\n".join(dense.splitlines()) + "\r\n"
    first, second = one(dense), one(airy)
    assert (first.headline, first.body, times(first)) == (
        second.headline,
        second.body,
        times(second),
    )


def test_capture_metadata_is_carried_and_naive_time_taken_as_utc() -> None:
    text = "Cabinet approves revised census plan\nBy Omar Farooq\n2 hours ago\n" + BODY_A
    (article,) = extract_capture(
        text, datetime(2025, 11, 12, 5, 0), captured_at_method="file-mtime", source="paste"
    )
    assert article.captured_at == utc(2025, 11, 12, 5, 0)
    assert article.captured_at_method == "file-mtime"
    assert article.source == "paste"
    assert times(article) == ((utc(2025, 11, 12, 3, 0), "relative", "hour"), None)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("  \n\n\t\n", "empty"),
        ("- Web Desk\n- 16 Minutes ago\n-\n- 3 Hours ago\n", "no article"),
        (
            "Latest News\n- Web Desk\n- 16 Minutes ago\n"
            "Gold prices climb to record as rupee weakens against dollar\n"
            "- APP\n- 1 Hour ago\nSenate panel seeks report on delayed payments\n",
            "no article",
        ),
    ],
)
def test_capture_without_article_is_a_clear_error(text: str, reason: str) -> None:
    with pytest.raises(ExtractionError, match=reason) as caught:
        extract_capture(text, CAPTURED, source="talks.txt")
    assert "talks.txt" in str(caught.value)


def test_broadcaster_layout_name_after_stamp_and_buttons() -> None:
    text = (
        "Talks between Pakistan and Afghanistan end without a deal\n"
        "2 hours ago\nShare\nSave\nJane Doerr\nBBC News, Islamabad\n"
        "Three days of talks ended without an agreement on Wednesday, officials from both "
        "sides said.\n"
        "He declined to comment.\n"
        "Related\nMore from Asia\n"
    )
    article = one(text)
    assert article.authors == ["Jane Doerr"]
    assert times(article) == ((utc(2025, 11, 12, 3, 0), "relative", "hour"), None)
    # A short last sentence is body; the links after it are not.
    assert article.paragraphs == [
        "Three days of talks ended without an agreement on Wednesday, officials from both "
        "sides said.",
        "He declined to comment.",
    ]


def test_agency_layout_with_capitalised_byline_and_updated_clock_first() -> None:
    text = (
        "Politics\nSenate passes stopgap bill to avert government shutdown\n"
        "By LISA MARTEN and KEVIN FROST\n"
        "Updated 7:41 PM EST, November 11, 2025\nShare\n"
        "WASHINGTON (AP) — The Senate passed a stopgap spending bill late Tuesday, sending "
        "it to the House with three days left before funding runs out.\n"
    )
    article = one(text)
    assert article.authors == ["Lisa Marten", "Kevin Frost"]
    assert article.dateline == "WASHINGTON (AP)"
    # Labelled "Updated": an update time, and no publication time is made up.
    assert times(article) == (None, (utc(2025, 11, 12, 0, 41), "exact", "minute"))


def test_linked_headlines_and_related_teasers_are_not_body() -> None:
    text = (
        "Cabinet approves revised census plan with digital forms\nBy Omar Farooq\n2 hours ago\n"
        "ISLAMABAD: The federal cabinet approved a revised plan for the national census on "
        "Monday, officials said.\n"
        "Also read\nCensus delay to push back delimitation of constituencies\n"
        "The plan moves the start of field work to March and adds digital forms in six "
        "regional languages.\n"
        "Related Stories\n"
        "Election commission seeks funds for new voter rolls\n"
        "The commission told the finance ministry it needs the money before the census "
        "results arrive.\n"
        "Read more\n"
        "Statistics bureau hires 5,000 enumerators for digital census\n"
        "The bureau said the new staff would be trained over six weeks in every district.\n"
        "Most Read\n- 3 hours ago\nGold prices climb to record as rupee weakens against dollar\n"
    )
    article = one(text)
    assert article.headline == "Cabinet approves revised census plan with digital forms"
    assert article.paragraphs == [
        "The federal cabinet approved a revised plan for the national census on Monday, "
        "officials said.",
        "The plan moves the start of field work to March and adds digital forms in six "
        "regional languages.",
    ]
    assert times(article) == ((utc(2025, 11, 12, 3, 0), "relative", "hour"), None)


def test_teaser_list_without_bylines_gives_separate_items() -> None:
    text = (
        "Cabinet approves revised census plan with digital forms\n"
        "The federal cabinet approved a revised plan for the national census on Monday.\n"
        "Election commission seeks funds for new voter rolls\n"
        "The commission told the finance ministry it needs the money before the census.\n"
    )
    articles = extract_capture(text, CAPTURED)
    assert [(a.headline, len(a.paragraphs)) for a in articles] == [
        ("Cabinet approves revised census plan with digital forms", 1),
        ("Election commission seeks funds for new voter rolls", 1),
    ]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe · 5 min read", ["Jane Doe"]),
        ("Written by Jane Doe", ["Jane Doe"]),
        ("Jane Doe, Staff Reporter", ["Jane Doe"]),
        ("By Jane Doe, Staff Correspondent", ["Jane Doe"]),
        ("Our Correspondent", ["Our Correspondent"]),
        ("By Jane Doe in Peshawar", ["Jane Doe"]),
        ("Reuters", ["Reuters"]),
    ],
)
def test_byline_forms(line: str, authors: list[str]) -> None:
    text = "Cabinet approves revised census plan\n" + line + "\n2 hours ago\n" + BODY_A
    assert one(text).authors == authors


def test_sentence_opening_with_by_is_not_a_byline() -> None:
    text = (
        "Cabinet approves revised census plan\nStaff Reporter\n2 hours ago\n"
        "By Sunday, the census commission had received plans from every province.\n" + BODY_A
    )
    article = one(text)
    assert article.authors == ["Staff Reporter"]
    assert article.paragraphs[0].startswith("By Sunday, the census commission")
