"""Time stamps as news pages print them: "3 Hours ago", "Nov 12, 2025 10:41am EST".

Parsing is strict: the whole text must be a stamp (optionally behind a label such as
"Updated" or "Published:"), so that a body sentence mentioning a date is never taken
for the page's own stamp. English, and relative stamps in six more languages
(relative.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.relativedelta import relativedelta

from newsdesk.extract.relative import relative_times
from newsdesk.records import ExtractedTime, Precision

StampKind = Literal["published", "modified"]

# Zone abbreviations news sites print. Ambiguous ones take the reading most common in
# English-language news (IST = India, CST = US Central); AST is left out (Arabia or Atlantic).
ZONE_OFFSETS: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "CET": 1, "WAT": 1, "CEST": 2,
    "EET": 2, "SAST": 2, "CAT": 2, "EEST": 3, "MSK": 3, "EAT": 3, "TRT": 3, "GST": 4,
    "PKT": 5, "IST": 5.5, "NPT": 5.75, "BDT": 6, "WIB": 7, "ICT": 7, "HKT": 8, "SGT": 8,
    "PHT": 8, "AWST": 8, "JST": 9, "KST": 9, "ACST": 9.5, "AEST": 10, "AEDT": 11,
    "NZST": 12, "NZDT": 13, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7,
    "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "HST": -10,
}  # fmt: skip

# US sites print "ET"/"PT" for whichever of standard or daylight time applies on the day.
_REGIONAL_ZONES: dict[str, tuple[str, float]] = {
    "ET": ("America/New_York", -5), "CT": ("America/Chicago", -6),
    "MT": ("America/Denver", -7), "PT": ("America/Los_Angeles", -8),
}  # fmt: skip

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_LABEL = re.compile(
    r"""^(?:
        (?P<modified>(?:last\s+)?(?:updated|modified|edited|revised))
      | (?P<published>(?:first\s+)?(?:published|posted|released|created|dated))
    )(?:\s+(?:on|at))?\s*[:\-–—|]?\s*""",
    re.IGNORECASE | re.VERBOSE,
)

# --- relative stamps ---------------------------------------------------------

_UNITS: dict[str, tuple[str, Precision]] = {
    "s": ("seconds", "second"), "sec": ("seconds", "second"), "secs": ("seconds", "second"),
    "second": ("seconds", "second"), "seconds": ("seconds", "second"),
    "m": ("minutes", "minute"), "min": ("minutes", "minute"), "mins": ("minutes", "minute"),
    "minute": ("minutes", "minute"), "minutes": ("minutes", "minute"),
    "h": ("hours", "hour"), "hr": ("hours", "hour"), "hrs": ("hours", "hour"),
    "hour": ("hours", "hour"), "hours": ("hours", "hour"),
    "d": ("days", "day"), "day": ("days", "day"), "days": ("days", "day"),
    "w": ("weeks", "day"), "wk": ("weeks", "day"), "wks": ("weeks", "day"),
    "week": ("weeks", "day"), "weeks": ("weeks", "day"),
    "mo": ("months", "month"), "month": ("months", "month"), "months": ("months", "month"),
    "y": ("years", "year"), "yr": ("years", "year"), "yrs": ("years", "year"),
    "year": ("years", "year"), "years": ("years", "year"),
}  # fmt: skip

_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_AGO = re.compile(
    r"^(?:about\s+|around\s+|over\s+)?(?P<n>\d{1,4}|an?|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve)\s*(?P<unit>[a-z]+)\.?\s+ago$",
    re.IGNORECASE,
)
_NOW = re.compile(r"^(?:just\s+now|moments?\s+ago|a\s+moment\s+ago|seconds\s+ago|now)$", re.I)
_DAY_WORD = re.compile(
    r"^(?P<day>today|yesterday)(?:\s*(?:,|at)?\s*(?P<time>\d{1,2}(?:[:.]\d{2})?\s*"
    r"(?:[ap]\.?m\.?)?))?$",
    re.IGNORECASE,
)


# No stamp is longer: longer text is prose, and is not scanned.
MAX_STAMP_CHARS = 100


def _clean(text: str) -> str:
    text = text.replace("\u00a0", " ").strip().strip("-–—•·|").strip()
    return re.sub(r"\s+", " ", text)


def split_label(text: str) -> tuple[StampKind | None, str]:
    """Split a leading "Updated"/"Published:" label off a stamp: ("modified", "3 hours ago")."""
    text = _clean(text)
    m = _LABEL.match(text)
    if not m or m.end() == len(text):
        return None, text
    kind: StampKind = "modified" if m.group("modified") else "published"
    return kind, text[m.end() :]


def parse_relative_stamp(text: str, now: datetime) -> ExtractedTime | None:
    """Resolve a relative stamp ("3 Hours ago", "Yesterday", "Just now") against ``now``.

    The precision is that of the stamp's unit ("16 Minutes ago" -> minute, "3 Hours ago"
    -> hour, "Yesterday"/"2 days ago"/"1 week ago" -> day). A naive ``now`` is taken as UTC.
    Returns None when ``text`` is not a relative stamp.
    """
    if len(text) > MAX_STAMP_CHARS:
        return None
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    evidence = _clean(text)
    _, body = split_label(evidence)
    body = body.rstrip(".")
    if _NOW.match(body):
        return ExtractedTime(now, "relative", "minute", evidence)
    m = _AGO.match(body)
    if m:
        unit = _UNITS.get(m.group("unit").lower())
        if unit is None:
            return None
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else _WORD_NUMBERS[raw]
        name, precision = unit
        value = now - relativedelta(**{name: n})
        return ExtractedTime(value, "relative", precision, evidence)
    m = _DAY_WORD.match(body)
    if m:
        days = 1 if m.group("day").lower() == "yesterday" else 0
        if m.group("time"):
            clock = _parse_clock(m.group("time"))
            if clock is None:
                return None
            local_day = now.date() - timedelta(days=days)
            value = datetime.combine(local_day, clock, tzinfo=now.tzinfo)
            return ExtractedTime(value, "relative", "minute", evidence)
        return ExtractedTime(now - timedelta(days=days), "relative", "day", evidence)
    # other languages ('Il y a 2 heures', 'vor 30 Minuten', 'Gestern um 18:30 Uhr'): the
    # whole line must be the stamp
    for found in relative_times(body, now):
        if (found.start, found.end) == (0, len(body)):
            return ExtractedTime(found.time.value, "relative", found.time.precision, evidence)
    return None


# --- absolute dates ----------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
_DAY = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)"
_ZONE = r"(?:(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|\(?[A-Z]{1,5}\)?)"

_DATE_FORMS = [
    rf"(?P<mon1>{_MONTH})\s+(?P<day1>{_DAY}),?\s+(?P<year1>{_YEAR})",
    rf"(?P<day2>{_DAY})\s+(?:of\s+)?(?P<mon2>{_MONTH}),?\s+(?P<year2>{_YEAR})",
    r"(?P<year3>(?:19|20)\d\d)[-/.](?P<mon3>[01]?\d)[-/.](?P<day3>[0-3]?\d)",
]
_DATE = "(?:" + "|".join(_DATE_FORMS) + ")"
_GLUE = r"(?:\s*(?:,|\||/|-|–|—|at|on|\u00b7|•)\s*|\s+|T)"

_DATE_FIRST = re.compile(
    rf"^(?:{_WEEKDAY},?\s+)?{_DATE}(?:{_GLUE}(?P<clock>{_CLOCK})(?:\s*(?P<zone>{_ZONE}))?)?$",
    re.IGNORECASE,
)
_CLOCK_FIRST = re.compile(
    rf"^(?P<clock>{_CLOCK})(?:\s*(?P<zone>{_ZONE}))?{_GLUE}(?:{_WEEKDAY},?\s+)?{_DATE}$",
    re.IGNORECASE,
)
_ISO = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})[T ](?P<time>\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)"
    r"\s*(?P<zone>Z|[+-]\d{2}:?\d{2})?$"
)


def _parse_clock(text: str) -> time | None:
    m = re.fullmatch(
        r"(\d{1,2})(?:[:.](\d{2})(?::(\d{2}))?)?\s*(?:([ap])\.?m\.?)?", text.strip(), re.I
    )
    if not m:
        return None
    hour, minute, second = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    meridiem = (m.group(4) or "").lower()
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def parse_zone(text: str) -> tzinfo | None:
    """A zone as printed ("PKT", "GMT+5", "UTC+05:30", "+0500", "(EST)", "ET") or None."""
    text = text.strip().strip("()").upper().replace(" ", "")
    if text in _REGIONAL_ZONES:
        key, standard = _REGIONAL_ZONES[text]
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError):  # no tz database on this system
            return timezone(timedelta(hours=standard))
    if text in ZONE_OFFSETS:
        return timezone(timedelta(hours=ZONE_OFFSETS[text]))
    m = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", text)
    if not m:
        return None
    hours, minutes = int(m.group(2)), int(m.group(3) or 0)
    if hours > 14 or minutes > 59:
        return None
    sign = -1 if m.group(1) == "-" else 1
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def parse_absolute_date(text: str, default_tz: tzinfo | None = None) -> ExtractedTime | None:
    """Parse a printed date ("November 12, 2025", "Wed 12 Nov 2025 06.00 GMT",
    "Published: 2025-11-12 14:05") into an exact time.

    Precision is "day" without a clock, else "minute" (or "second" when seconds are
    printed). A clock without a zone is read in ``default_tz`` (UTC when None). A date
    without a clock is that calendar date at 00:00 UTC, so that its UTC date is the
    printed date. Returns None when ``text`` is not, as a whole, a date.
    """
    if len(text) > MAX_STAMP_CHARS:
        return None
    evidence = _clean(text)
    _, body = split_label(evidence)
    body = body.rstrip(".,")
    iso_match = _ISO.match(body)
    if iso_match:
        return _from_iso(iso_match, evidence, default_tz)
    m = _DATE_FIRST.match(body) or _CLOCK_FIRST.match(body)
    if not m:
        return None
    groups = m.groupdict()
    day_value = _date_from(groups)
    if day_value is None:
        return None
    clock_text = groups["clock"]
    if clock_text is None:
        return ExtractedTime(datetime.combine(day_value, time(), UTC), "exact", "day", evidence)
    clock = _parse_clock(clock_text)
    if clock is None:
        return None
    zone_text = groups["zone"]
    zone = parse_zone(zone_text) if zone_text else None
    if zone_text and zone is None:
        return None
    value = datetime.combine(day_value, clock, zone or default_tz or UTC)
    precision: Precision = "second" if clock_text.count(":") == 2 else "minute"
    return ExtractedTime(value, "exact", precision, evidence)


def _date_from(groups: dict[str, str | None]) -> date | None:
    for i in ("1", "2", "3"):
        year, mon, day = groups["year" + i], groups["mon" + i], groups["day" + i]
        if year and mon and day:
            month = int(mon) if mon.isdigit() else _MONTHS[mon.lower()[:3]]
            try:
                return date(int(year), month, int(re.sub(r"\D", "", day)))
            except ValueError:
                return None
    return None


def _from_iso(m: re.Match[str], evidence: str, default_tz: tzinfo | None) -> ExtractedTime | None:
    try:
        value = datetime.fromisoformat(f"{m.group('date')}T{m.group('time')}")
    except ValueError:
        return None
    zone_text = m.group("zone")
    zone = parse_zone("UTC" if zone_text == "Z" else zone_text) if zone_text else None
    value = value.replace(tzinfo=zone or default_tz or UTC)
    precision: Precision = "second" if m.group("time").count(":") == 2 else "minute"
    return ExtractedTime(value, "exact", precision, evidence)


# --- stamp lines ---------------------------------------------------------------


@dataclass(frozen=True)
class Stamp:
    """A line that is a time stamp, and what it stamps when its label says so."""

    time: ExtractedTime
    kind: StampKind | None
    """'modified' for "Updated ...", 'published' for "Published ...", None when unlabeled."""


def parse_stamp(text: str, now: datetime, default_tz: tzinfo | None = None) -> Stamp | None:
    """Read a whole line as a stamp, relative or absolute, labelled or not.

    ``now`` resolves relative stamps; ``default_tz`` (by default ``now``'s zone) reads
    clocks printed without a zone.
    """
    if len(text) > MAX_STAMP_CHARS:
        return None
    kind, _ = split_label(text)
    found = parse_relative_stamp(text, now) or parse_absolute_date(
        text, default_tz if default_tz is not None else now.tzinfo
    )
    return Stamp(found, kind) if found else None
