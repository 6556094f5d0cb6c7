"""Persian (Jalali) calendar dates (extract/jalali.py) and their reading in page text."""

from __future__ import annotations

from datetime import date

import pytest

from newsdesk.extract.htmldates import visible_dates
from newsdesk.extract.jalali import normalise, to_gregorian


def test_nowruz_and_known_days() -> None:
    assert to_gregorian(1399, 1, 1) == date(2020, 3, 20)
    assert to_gregorian(1404, 1, 1) == date(2025, 3, 21)
    assert to_gregorian(1357, 11, 22) == date(1979, 2, 11)
    assert to_gregorian(1403, 12, 30) == date(2025, 3, 20)  # 1403 is a leap year


def test_days_that_do_not_exist() -> None:
    for year, month, day in ((1402, 12, 30), (1399, 7, 31), (1399, 13, 1), (1399, 1, 0)):
        with pytest.raises(ValueError):
            to_gregorian(year, month, day)


def test_persian_digits_and_letters_are_normalised_one_for_one() -> None:
    text = "دوشنبه ۲ تير ۱۳۹۹"
    assert normalise(text) == "دوشنبه 2 تیر 1399"
    assert len(normalise(text)) == len(text)


def test_jalali_dates_in_page_text() -> None:
    text = "خبر اقتصادی 2 تير 1399 - 12:09:08 ب.ظ · ۱۳۹۹/۰۴/۰۳ · سال 1399"
    assert [v.day for v in visible_dates(text, "خبر اقتصادی")] == [
        date(2020, 6, 22),
        date(2020, 6, 23),
    ]


def test_a_persian_news_page_gets_its_jalali_date() -> None:
    # the header's 'today' line is the day the page was served; the byline is the story's
    from pathlib import Path

    from lxml.html import fromstring

    from newsdesk.extract.htmldates import find_times
    from newsdesk.extract.metadata import read_page_meta
    from newsdesk.extract.pagetext import visible_text

    path = Path(__file__).resolve().parent.parent / "fixtures" / "html" / "dates"
    tree = fromstring((path / "jalali-byline.html").read_text(encoding="utf-8"))
    headline = " ".join(tree.findtext(".//h1").split())
    published, _ = find_times(
        tree, read_page_meta(tree), None, {}, None, headline, visible_text(tree)
    )
    assert published is not None and published.local_iso[:10] == "2024-03-04"


def test_arabic_month_names() -> None:
    text = "العنوان نشر في 5 مارس 2024 · آخر تحديث: 6 آذار، 2024 · ١٢ أكتوبر ٢٠٢٣"
    assert [(v.day, v.label) for v in visible_dates(text, "العنوان")] == [
        (date(2024, 3, 5), "published"),
        (date(2024, 3, 6), "modified"),
        (date(2023, 10, 12), ""),
    ]
