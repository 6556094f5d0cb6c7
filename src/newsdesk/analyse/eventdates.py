"""Resolve the date phrases of a sentence ("Sunday's session", "last weekend",
"earlier this month", "on 3 March") to absolute dates, against the article's
publication time.

News reports past events in the past tense and announces future ones; a bare
weekday therefore means the most recent such day on or before publication,
unless the event is in the future.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from dateutil import parser as dateparser

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
]  # fmt: skip
_RANK = {"day": 3, "week": 2, "month": 1, "year": 0}


@dataclass(frozen=True)
class ResolvedDate:
    value: datetime
    """Midnight UTC of the first day the phrase covers."""
    precision: str
    """'day', 'week', 'month' or 'year'."""
    text: str

    @property
    def rank(self) -> int:
        return _RANK.get(self.precision, 0)


def _at(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def _month_start(day: date, back: int = 0) -> date:
    month = day.month - back
    year = day.year
    while month < 1:
        month += 12
        year -= 1
    return date(year, month, 1)


def resolve(text: str, published: datetime | None, *, future: bool = False) -> ResolvedDate | None:
    """Resolve one date phrase; None when it names no date we can place."""
    try:
        return _resolve(text, published, future)
    except OverflowError:
        return None  # 'tomorrow' of a text dated 9999-12-31 is beyond the calendar


def _resolve(text: str, published: datetime | None, future: bool) -> ResolvedDate | None:
    phrase = re.sub(r"[’']s\b", "", text.lower()).strip(" ,.")
    phrase = re.sub(r"^(on|in|during|since|by|from|at)\s+", "", phrase)
    if published is None:
        return _absolute(phrase, text, None)
    today = published.astimezone(UTC).date()
    week_start = today - timedelta(days=today.weekday())

    for i, name in enumerate(_WEEKDAYS):
        if re.search(rf"\b{name}\b", phrase):
            if "next" in phrase or (future and "last" not in phrase):
                delta = (i - today.weekday()) % 7 or 7
                return ResolvedDate(_at(today + timedelta(days=delta)), "day", text)
            back = (today.weekday() - i) % 7
            if "last" in phrase and back == 0:
                back = 7
            return ResolvedDate(_at(today - timedelta(days=back)), "day", text)

    fixed = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    for word, offset in fixed.items():
        if re.search(rf"\b{word}\b", phrase):
            return ResolvedDate(_at(today + timedelta(days=offset)), "day", text)
    if re.search(r"\blast (weekend|week-end)\b", phrase):
        saturday = week_start - timedelta(days=2)
        return ResolvedDate(_at(saturday), "week", text)
    if re.search(r"\bthis (weekend|week-end)\b", phrase):
        return ResolvedDate(_at(week_start + timedelta(days=5)), "week", text)
    if re.search(r"\blast week\b", phrase):
        return ResolvedDate(_at(week_start - timedelta(days=7)), "week", text)
    if re.search(r"\b(this|earlier this|later this) week\b", phrase):
        return ResolvedDate(_at(week_start), "week", text)
    if re.search(r"\bnext week\b", phrase):
        return ResolvedDate(_at(week_start + timedelta(days=7)), "week", text)
    if re.search(r"\blast month\b", phrase):
        return ResolvedDate(_at(_month_start(today, 1)), "month", text)
    if re.search(r"\b(this|earlier this|later this) month\b", phrase):
        return ResolvedDate(_at(_month_start(today)), "month", text)
    if re.search(r"\bnext month\b", phrase):
        return ResolvedDate(_at(_month_start(today, -1)), "month", text)
    if re.search(r"\blast year\b", phrase):
        return ResolvedDate(_at(date(today.year - 1, 1, 1)), "year", text)
    if re.search(r"\b(this|earlier this) year\b", phrase):
        return ResolvedDate(_at(date(today.year, 1, 1)), "year", text)
    m = re.search(
        r"\b(\d+|a|one|two|three|four|five|six|seven) (day|week|month|year)s? ago\b", phrase
    )
    if m:
        words = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
        n = int(m.group(1)) if m.group(1).isdigit() else words[m.group(1)]
        unit = m.group(2)
        if unit == "day":
            return ResolvedDate(_at(today - timedelta(days=n)), "day", text)
        if unit == "week":
            return ResolvedDate(_at(today - timedelta(days=7 * n)), "week", text)
        if unit == "month":
            return ResolvedDate(_at(_month_start(today, n)), "month", text)
        return ResolvedDate(_at(date(today.year - n, 1, 1)), "year", text)
    return _absolute(phrase, text, today)


def _absolute(phrase: str, text: str, today: date | None) -> ResolvedDate | None:
    """'3 March', 'March 3, 2024', 'March', '2019': dateutil, with the year of publication."""
    has_month = any(re.search(rf"\b{m[:3]}", phrase) for m in _MONTHS)
    has_day = bool(re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", phrase))
    has_year = bool(re.search(r"\b(1[89]|20)\d\d\b", phrase))
    if not (has_month or has_year):
        return None
    default = datetime(today.year if today else 2000, 1, 1)
    try:
        parsed = dateparser.parse(phrase, default=default, fuzzy=True)
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    day = parsed.date()
    if has_month and not has_year and today is not None and day > today + timedelta(days=31):
        day = day.replace(year=day.year - 1)  # "on 20 December" read in January
    if has_month and has_day:
        return ResolvedDate(_at(day), "day", text)
    if has_month:
        return ResolvedDate(_at(day.replace(day=1)), "month", text)
    return ResolvedDate(_at(date(day.year, 1, 1)), "year", text)


def best(dates: list[ResolvedDate]) -> ResolvedDate | None:
    """The most precise of several phrases ('last weekend, during Sunday's session')."""
    return max(dates, key=lambda d: d.rank) if dates else None
