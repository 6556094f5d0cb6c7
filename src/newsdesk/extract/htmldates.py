"""Publication and update times of an HTML page, kept apart, with time zone when stated.

Evidence, strongest first: meta tags, JSON-LD of the article and <time> (or AMP
<amp-timeago>) elements marked as published/updated (checked against the dates shown beside
the headline and the URL's date), the date in the URL, feed or sitemap hints, a date the
page labels as its publication, the <time> shown beside the headline, the first <time>, a
date beside the headline, a Unix timestamp in a data attribute, a relative stamp beside the
headline ('3 hours ago', resolved against the capture time: relative.py), then htmldate's
heuristics. An update date ("Updated ...", dateModified) goes to ``modified`` and is never
guessed as the publication: no date is better than a wrong one. Shown dates are read in
seven European languages, Persian (Jalali calendar: jalali.py) and Arabic; numeric ones
day-first on pages in a day-first language. A time stated in UTC is read on the publisher's
wall clock when its country is known (localday.py): the day a reader there sees is the
page's day.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from dateutil import parser as dateparser
from lxml import etree
from lxml.html import HtmlElement

from newsdesk.extract import jalali
from newsdesk.extract.localday import country_time, url_country
from newsdesk.extract.metadata import PageMeta, json_text
from newsdesk.extract.relative import relative_times
from newsdesk.records import ExtractedTime, Precision

PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "published_time",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "date.available",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "citation_date",
    "originalpublicationdate",
    "datecreated",
    "date",
    "displaydate",
    "article:published",
    "og:publish_date",
    "cxenseparse:publishtime",
    "shareaholic:article_published_time",
    "bt:pubdate",
    "publish_time",
    "published_at",
    "published",
    "date-pub",
)
MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "modified_time",
    "last-modified",
    "lastmod",
    "dcterms.modified",
    "dc.date.modified",
    "article.updated",
    "og:article:modified_time",
    "og:modified_time",
    "article:modified",
    "article:updated_time",
    "shareaholic:article_modified_time",
    "bt:moddate",
    "last-updated",
    "revision_date",
)
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:/|[_-]|\.html|$)"
)
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
_HOUR = 3600
# Zone abbreviations with one meaning in news pages, as UTC offsets in seconds. Ambiguous ones
# (CST, IST, AST...) are left out: such a time stays as the page wrote it, without a zone.
_ZONES = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "EST": -5 * _HOUR,
    "EDT": -4 * _HOUR,
    "CDT": -5 * _HOUR,
    "MST": -7 * _HOUR,
    "MDT": -6 * _HOUR,
    "PST": -8 * _HOUR,
    "PDT": -7 * _HOUR,
    "BST": 1 * _HOUR,
    "WET": 0,
    "WEST": 1 * _HOUR,
    "CET": 1 * _HOUR,
    "CEST": 2 * _HOUR,
    "EET": 2 * _HOUR,
    "EEST": 3 * _HOUR,
    "MSK": 3 * _HOUR,
    "WAT": 1 * _HOUR,
    "EAT": 3 * _HOUR,
    "SAST": 2 * _HOUR,
    "WIB": 7 * _HOUR,
    "HKT": 8 * _HOUR,
    "SGT": 8 * _HOUR,
    "JST": 9 * _HOUR,
    "KST": 9 * _HOUR,
    "AEST": 10 * _HOUR,
    "AEDT": 11 * _HOUR,
    "NZST": 12 * _HOUR,
    "NZDT": 13 * _HOUR,
}
# 'GMT+10' means ten hours east; dateutil reads it the POSIX way (west), so it is rewritten
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b", re.I)
_ZONE_NAME = re.compile(r"\s*\([A-Za-z ]+\)$")  # 'GMT+0000 (Coordinated Universal Time)'


# 'd-m-yyyy' and 'd.m.yyyy' are day-first where they are written (Europe, India...); the US
# month-first habit is 'm/d/yyyy', which dateutil's default reading keeps
_DAY_FIRST = re.compile(r"^\d{1,2}([-.])\d{1,2}\1\d{4}(?!\d)")


def _zone_as_offset(match: re.Match[str]) -> str:
    return f"{match[1]}{int(match[2]):02d}:{match[3] or '00'}"


_EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class PageTime:
    """A time as the page stated it (local wall clock kept) and its UTC reading."""

    time: ExtractedTime
    local_iso: str
    """ISO text in the page's own offset (or date only): its calendar day is the page's day."""


_SLASHED = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}(?!\d)")


def parse_time(
    text: str | None, evidence: str, method: str = "exact", day_first: bool = False
) -> PageTime | None:
    """Read one date/time string; None when it is not a plausible date. 'd/m/yyyy' is read
    month-first unless ``day_first`` (the page's language writes the day first)."""
    if not text:
        return None
    text = _GMT_OFFSET.sub(_zone_as_offset, _ZONE_NAME.sub("", " ".join(str(text).split())))
    if not 6 <= len(text) <= 64 or not re.search(r"\d{4}|\d{1,2}\s*[A-Za-z]{3}", text):
        return None
    try:
        value = dateparser.isoparse(text)
    except (ValueError, OverflowError):
        try:
            with warnings.catch_warnings():  # an unknown zone name: the time stays zoneless
                warnings.simplefilter("ignore", dateparser.UnknownTimezoneWarning)
                value = dateparser.parse(
                    text,
                    fuzzy=False,
                    default=datetime(1900, 1, 1),
                    tzinfos=_ZONES,
                    dayfirst=bool(_DAY_FIRST.match(text) or (day_first and _SLASHED.match(text))),
                )
        except (ValueError, OverflowError, TypeError):
            return None
    if value.year < 1900:
        return None
    has_time = bool(_HAS_TIME.search(text))
    precision: Precision = "day"
    if has_time and (value.hour, value.minute, value.second) != (0, 0, 0):
        precision = "second" if value.second else "minute"
    local = value.date().isoformat() if precision == "day" else value.isoformat()
    if precision == "day":
        value = datetime(value.year, value.month, value.day, tzinfo=UTC)
    return PageTime(ExtractedTime(value, method, precision, evidence), local)  # type: ignore[arg-type]


def _plausible(found: PageTime | None, latest: datetime) -> PageTime | None:
    if found is None:
        return None
    if not _EARLIEST <= found.time.value <= latest:
        return None
    return found


_PUBLISHED_MARKS = ("publish", "posted", "created", "pubdate")
_MODIFIED_MARKS = ("modif", "updated", "update", "revised")


def _time_kind(el: HtmlElement) -> str:
    """'published', 'modified' or '' for a <time>: its own marks first (itemprop, text,
    class), its parent's only when it has none ('posted-on' wraps both times in WordPress)."""
    prop = (el.get("itemprop") or "").lower()
    if prop in ("datepublished", "datecreated"):
        return "published"
    if prop == "datemodified":
        return "modified"
    text = " ".join(el.text_content().split()).lower()
    if any(w in text for w in _MODIFIED_MARKS):
        return "modified"
    own = " ".join(filter(None, [el.get("class"), el.get("id")])).lower()
    parent = el.getparent()
    marks = [own]
    if parent is not None:
        marks.append(" ".join(filter(None, [parent.get("class"), parent.get("id")])).lower())
    if el.get("pubdate") is not None:
        return "published"
    for mark in marks:
        published = any(w in mark for w in _PUBLISHED_MARKS)
        modified = any(w in mark for w in _MODIFIED_MARKS)
        if published != modified:
            return "published" if published else "modified"
        if published:  # 'published updated': a post never updated, both times the same
            return "published"
    return ""


@dataclass(frozen=True)
class _Stamped:
    """A time stated in markup: a <time datetime>, an AMP <amp-timeago>, or a Unix
    timestamp in a data attribute (a script renders it as '3 hours ago')."""

    value: str
    kind: str
    """'published', 'modified' or '' (unmarked)."""
    evidence: str


_MAX_TIMES = 50  # a live blog or a comment thread has hundreds; the article's come early


def _stamped_elements(tree: HtmlElement) -> list[_Stamped]:
    """The <time datetime> and <amp-timeago datetime> elements, in document order."""
    out: list[_Stamped] = []
    for el in tree.iter("time", "amp-timeago"):
        value = el.get("datetime")
        if not value:
            continue
        evidence = "time-element" if el.tag == "time" else "amp-timeago"
        if el.get("itemprop"):
            evidence = f"itemprop:{el.get('itemprop')}"
        out.append(_Stamped(value, _time_kind(el), evidence))
    return out


# Data attributes holding a time name a word for time or for what is stamped, and end in
# it or in a unit ('data-timestamp', 'data-time-ms', 'data-published-at'; not 'data-date-id')
_STAMP_WORDS = frozenset({
    "time", "timestamp", "date", "datetime", "utime", "epoch", "ts", "published", "publish",
    "pub", "posted", "created", "modified", "updated", "update",
})  # fmt: skip
_STAMP_ENDS = _STAMP_WORDS | {"ms", "unix", "sec", "secs", "seconds", "at", "on"}
_PUBLISHED_ATTR = frozenset({"published", "publish", "pub", "posted", "created"})
_MODIFIED_ATTR = frozenset({"modified", "updated", "update"})
_EPOCH = re.compile(r"^(1\d{9})(\d{3})?$")  # 2001-09-09 to 2033-05-18, seconds or ms
# data attributes of 10 or 13 digits, in document order (the name is checked in Python)
_EPOCH_XPATH = etree.XPath(
    "//@*[starts-with(name(), 'data-') and string-length(.) >= 10 and string-length(.) <= 13"
    " and translate(., '0123456789', '') = '']"
)


def _epoch_attribute(name: str, value: str) -> tuple[str, str] | None:
    """(ISO time in UTC, kind) of a data attribute holding a Unix timestamp, else None."""
    match = _EPOCH.match(value.strip())
    if not match or not name.startswith("data-"):
        return None
    words = set(re.split(r"[-_]", name[5:].lower()))
    if re.split(r"[-_]", name.lower())[-1] not in _STAMP_ENDS or not _STAMP_WORDS & words:
        return None
    instant = datetime.fromtimestamp(int(match[1]), UTC)
    kind = ""
    if _PUBLISHED_ATTR & words:
        kind = "published"
    elif _MODIFIED_ATTR & words:
        kind = "modified"
    return instant.isoformat(), kind


class _EpochStamps:
    """Unix timestamps in data attributes ('data-timestamp="1709561100"'), read only when
    the page states its time nowhere better: finding them takes a pass over every attribute."""

    def __init__(self, tree: HtmlElement) -> None:
        self._tree = tree
        self._found: list[_Stamped] | None = None

    def read(self) -> list[_Stamped]:
        if self._found is None:
            self._found = []
            seen: set[tuple[object, str]] = set()  # 'data-time' and 'data-time-ms' state one
            for value in _EPOCH_XPATH(self._tree):
                el = value.getparent()
                found = _epoch_attribute(value.attrname, str(value))
                if found is None or (el, found[0]) in seen:
                    continue
                seen.add((el, found[0]))
                self._found.append(_Stamped(found[0], found[1] or _time_kind(el), "data-attribute"))
                if len(self._found) == _MAX_TIMES:
                    break
        return self._found

    def modified(self) -> list[_Stamped]:
        """Those marked as the update, when they were read."""
        return [s for s in self._found or [] if s.kind == "modified"]


def _time_elements(tree: HtmlElement, stamped: list[_Stamped], kind: str) -> list[tuple[str, str]]:
    """(datetime text, evidence) from <time>/<meta itemprop> elements marked for ``kind``."""
    prop = "datePublished" if kind == "published" else "dateModified"
    out: list[tuple[str, str]] = []
    for el in tree.xpath(f'//*[@itemprop="{prop}"][not(self::time)]'):
        value = el.get("datetime") or el.get("content") or el.text_content()
        if value:
            out.append((value, f"itemprop:{prop}"))
    for stamp in stamped:
        if stamp.kind == kind and stamp.value:
            evidence = stamp.evidence
            if evidence.startswith("itemprop:"):
                evidence = f"itemprop:{prop}"
            out.append((stamp.value, evidence))
    return out


def url_date(url: str | None) -> PageTime | None:
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    return parse_time("-".join(match.groups()), "url", "estimated")


_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])/")


def _url_month(url: str | None) -> tuple[int, int] | None:
    """(year, month) of a /YYYY/MM/ URL path."""
    match = _URL_MONTH.search(url or "")
    return (int(match[1]), int(match[2])) if match else None


def _jsonld(page: PageMeta, key: str) -> Any:
    value = page.article_value(key)
    return json_text(value) if isinstance(value, list | dict) else value


# Month names and abbreviations in English, French, German, Spanish, Italian, Portuguese and
# Dutch; where languages share a word it names the same month.
_MONTH_NAMES = (
    "jan january janvier januar enero ene gennaio gen janeiro januari",
    "feb february février fevrier févr fevr februar febrero febbraio fevereiro fev februari",
    "mar march mars märz maerz marzo março marco maart mrt",
    "apr april avril avr abril abr aprile",
    "may mai mayo maggio mag maio mei",
    "jun june juin juni junio giugno giu junho",
    "jul july juillet juil juli julio luglio lug julho",
    "aug august août aout agosto ago augustus",
    "sep sept september septembre septiembre settembre set setembro",
    "oct october octobre oktober okt octubre ottobre ott outubro out",
    "nov november novembre noviembre novembro",
    "dec december décembre decembre déc dezember dez diciembre dic dicembre dezembro",
)
_MONTHS = {name: i + 1 for i, names in enumerate(_MONTH_NAMES) for name in names.split()}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ARABIC_MONTH = "|".join(
    sorted((m.replace(" ", r"\s+") for m in jalali.ARABIC_MONTHS), key=len, reverse=True)
)
_VISIBLE_DATE = re.compile(
    rf"\b(?P<mon>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d{{2}})\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?(?:\s+|-)(?:of\s+|de\s+)?(?P<mon2>{_MONTH})\.?"
    r"(?:,?\s+|-)(?:de\s+)?(?P<y2>(?:19|20)\d{2})\b"
    r"|\b(?P<y3>(?:19|20)\d{2})[-/.](?P<m3>0?[1-9]|1[0-2])[-/.]"
    r"(?P<d3>0?[1-9]|[12]\d|3[01])(?:\b|(?=T\d))(?![-–~～]\d{1,2}\b(?![:.]))"
    r"|\b(?P<a4>\d{1,2})(?P<sep>[./-])(?P<b4>\d{1,2})(?P=sep)(?P<y4>(?:19|20)\d{2})\b"
    r"|\b(?P<a5>\d{1,2})(?P<sep5>[./])(?P<b5>\d{1,2})(?P=sep5)(?P<y5>\d{2})\b(?![./]\d)"
    r"|(?P<y6>(?:19|20)\d{2})年(?P<m6>\d{1,2})月(?P<d6>\d{1,2})日"
    rf"|(?P<d7>\d{{1,2}})\s+(?P<mon7>{'|'.join(jalali.MONTHS)})\s+(?P<y7>1[34]\d{{2}})(?!\d)"
    r"|(?<![\d/])(?P<y8>1[34]\d{2})/(?P<m8>\d{1,2})/(?P<d8>\d{1,2})(?![\d/])"
    rf"|(?P<d9>\d{{1,2}})\s+(?P<mon9>{_ARABIC_MONTH})\s*،?\s*(?P<y9>(?:19|20)\d{{2}})(?!\d)",
    re.IGNORECASE,
)
# Weekday names a byline may put between its label and the date ('Publié le lundi 4 mars')
_WEEKDAY = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
    r"|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi"
    r"|(?:segunda|terça|terca|quarta|quinta|sexta)(?:-feira)?"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|(?:یک|دو|سه|چهار|پنج)?[\u200c ]?شنبه|جمعه"  # Persian (text normalised: jalali.py)
    r"|الاثنین|الثلاثاء|الأربعاء|الخمیس|الجمعة|السبت|الأحد"  # Arabic, likewise
)
_LABEL_TAIL = rf"\W*(?:on|at|le|am|el|il|em|op|the)?\W*(?:(?:{_WEEKDAY})\W*)?$"
# labels in English, French, German, Spanish, Italian, Portuguese and Dutch
_UPDATED_WORDS_ABROAD = (
    r"mis à jour|mise à jour|modifié|actualisé|aktualisiert|geändert|(?-i:Stand)|actualizado"
    r"|actualización|modificado|aggiornato|atualizado|bijgewerkt"
    r"|به[\u200c ]?روز[\u200c ]?رسانی|بروزرسانی|آخر تحدیث|تحدیث"  # Persian, Arabic
)
_PUBLISHED_WORDS_ABROAD = (
    r"publié|mis en ligne|veröffentlicht|erschienen|publicado|pubblicato|gepubliceerd"
    r"|تاریخ انتشار|منتشر شده|انتشار|تاریخ النشر|نشر فی|نشر"
)
# 'Today: Tuesday, 5 March 2024' in a masthead is the day the page was served
_TODAY_LABEL = re.compile(
    rf"(?:today|aujourd['’]hui|heute|hoy|oggi|hoje|vandaag|امروز|الیوم){_LABEL_TAIL}", re.I
)
_UPDATED_LABEL = re.compile(
    rf"(?:update[ds]?|modified|revised|edited|refreshed|{_UPDATED_WORDS_ABROAD}){_LABEL_TAIL}",
    re.I,
)
_PUBLISHED_LABEL = re.compile(
    rf"(?:published|posted|written|created|released|date|{_PUBLISHED_WORDS_ABROAD})"
    rf"{_LABEL_TAIL}",
    re.I,
)
# a label in a language that writes the day first ('Veröffentlicht am 04.03.2024')
_DAY_FIRST_LABEL = re.compile(
    rf"(?:{_UPDATED_WORDS_ABROAD}|{_PUBLISHED_WORDS_ABROAD}){_LABEL_TAIL}", re.I
)
_WINDOW_BEFORE = 800
_WINDOW_AFTER = 3000
# an unlabelled date this close to the headline is the page's date line, not a teaser's
_BESIDE_HEADLINE = (-200, 600)


def _numeric_day(year: int, first: int, second: int) -> tuple[date, date | None]:
    """(day, other reading) of 'first.second.year'. Day-first unless only month-first is a
    valid date; when both are, the month-first reading is kept as the other one."""
    if first > 12:
        return date(year, second, first), None
    if second > 12:
        return date(year, first, second), None
    day = date(year, second, first)
    return day, (date(year, first, second) if first != second else None)


_CLOCK = re.compile(
    r"(?:\s*(?:,|at|@|-|–|·|\||um|à|às|a las|alle|kl\.?)\s*|\s+|T)"
    r"(?P<h>[01]?\d|2[0-3])(?::|\s?h\s?)(?P<m>[0-5]\d)(?!\d)"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?"
    r"(?:\s*(?P<zone>[+-]\d{2}:?\d{2}|(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[A-Z]{1,5}\b))?",
    re.IGNORECASE,
)


def _clock(text: str, at: int) -> str:
    """The time of day written right after a date, as 'HH:MM [am|pm] [zone]', or ''."""
    match = _CLOCK.match(text, at)
    if not match:
        return ""
    clock = f"{match['h']}:{match['m']}"
    if match["ampm"]:
        clock += f" {match['ampm'].lower()}m"
    zone = match["zone"] or ""
    if zone and (zone[0] in "+-" or zone.upper().startswith(("GMT", "UTC")) or zone in _ZONES):
        clock += f" {zone}"
    return clock


@dataclass(frozen=True)
class VisibleDate:
    day: date
    label: str
    """'modified' (labelled as an update), 'published', or '' (unlabelled)."""
    other: date | None = None
    """The other reading of a numeric date that may be day-first or month-first (09.10.2024)."""
    offset: int = 0
    """Where it stands, in characters after the start of the headline (before it: < 0)."""
    clock: str = ""
    """The time of day written after it ('22:11 +10:00', '10:05 pm EST'), if any."""
    anchored: bool = True
    """Whether the headline was found in the text (else offsets count from the page's start)."""


def visible_dates(text: str, headline: str = "", day_first: bool = False) -> list[VisibleDate]:
    """Dates written out near the headline of the page text, with their labels.

    A numeric date that reads both ways (04.03.2024) is read day-first when ``day_first``
    (the page is in a language that writes the day first) or its label is in such a language;
    otherwise both readings are kept."""
    start = text.find(headline[:80]) if headline else -1
    anchored = start >= 0
    start = max(start, 0)
    lo = max(0, start - _WINDOW_BEFORE)
    window = jalali.normalise(text[lo : start + _WINDOW_AFTER])  # Persian digits, one for one
    found: list[VisibleDate] = []
    for match in _VISIBLE_DATE.finditer(window):
        g = match.groupdict()
        other = None
        before = window[max(0, match.start() - 40) : match.start()]
        label = ""
        if _UPDATED_LABEL.search(before):
            label = "modified"
        elif _PUBLISHED_LABEL.search(before):
            label = "published"
        elif _TODAY_LABEL.search(before):
            continue
        try:
            if g["y1"]:
                day = date(int(g["y1"]), _MONTHS[g["mon"].lower()], int(g["d1"]))
            elif g["y2"]:
                day = date(int(g["y2"]), _MONTHS[g["mon2"].lower()], int(g["d2"]))
            elif g["y6"]:
                day = date(int(g["y6"]), int(g["m6"]), int(g["d6"]))
            elif g["y7"]:  # Jalali: '2 تیر 1399'
                day = jalali.to_gregorian(int(g["y7"]), jalali.MONTHS[g["mon7"]], int(g["d7"]))
            elif g["y8"]:  # '1399/04/02'
                day = jalali.to_gregorian(int(g["y8"]), int(g["m8"]), int(g["d8"]))
            elif g["y9"]:  # Arabic: '5 مارس 2024'
                month = jalali.ARABIC_MONTHS[" ".join(g["mon9"].split())]
                day = date(int(g["y9"]), month, int(g["d9"]))
            elif g["y3"]:
                day = date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
            elif g["y4"]:
                day, other = _numeric_day(int(g["y4"]), int(g["a4"]), int(g["b4"]))
            else:  # a two-digit year: this century's
                day, other = _numeric_day(2000 + int(g["y5"]), int(g["a5"]), int(g["b5"]))
        except (ValueError, KeyError):
            continue
        if other and (day_first or (label and _DAY_FIRST_LABEL.search(before))):
            other = None
        if g["y5"] and not label:
            continue  # '12.31.23' alone may be an offer's deadline; 'Updated 09/11/25' is not
        clock = _clock(window, match.end())
        offset = lo + match.start() - start
        found.append(VisibleDate(day, label, other, offset, clock, anchored))
    return found


# English as written where the day comes first ('04/03/2024' is 4 March there)
_DAY_FIRST_ENGLISH = frozenset({"gb", "uk", "ie", "au", "nz", "in", "za", "ng", "ke", "pk"})


def writes_day_first(lang: str | None) -> bool:
    """Whether a page in language ``lang`` ('fr', 'de-AT', 'en-GB') writes numeric dates
    day first: any language but English, and English where the day comes first (en-GB,
    en-AU, en-IN ...). Languages that write the year first do so with four digits first,
    which no day-first reading touches."""
    if not lang:
        return False
    primary, _, region = lang.strip().lower().replace("_", "-").partition("-")
    if primary == "en":
        return region[:2] in _DAY_FIRST_ENGLISH
    return primary.isalpha() and len(primary) in (2, 3)


def _beside_headline(shown: VisibleDate) -> bool:
    return shown.anchored and _BESIDE_HEADLINE[0] <= shown.offset < _BESIDE_HEADLINE[1]


def _distance(shown: VisibleDate, headline: str) -> int:
    """Characters between a shown date and the headline (0 inside it)."""
    if shown.offset < 0:
        return -shown.offset
    return max(0, shown.offset - len(headline))


def _zone_may_show(found: PageTime, day: date) -> bool:
    """Whether a time stated in UTC (or with no zone) falls on ``day`` somewhere (UTC-12 to
    UTC+14). A time stated with its own offset already gives the publisher's day."""
    if found.time.precision == "day" or day == _local_day(found):
        return False
    offset = datetime.fromisoformat(found.local_iso).utcoffset()
    if offset:
        return False
    instant = found.time.value
    return (instant - timedelta(hours=12)).date() <= day <= (instant + timedelta(hours=14)).date()


def _local_day(found: PageTime) -> date:
    return date.fromisoformat(found.local_iso[:10])


def _with_local_day(found: PageTime, day: date) -> PageTime:
    """The same instant, read on the calendar day the page shows (time zones differ)."""
    return PageTime(found.time, day.isoformat())


def _shown_time(shown: VisibleDate) -> PageTime:
    """A date the page shows, with the time of day (and zone) written after it when any."""
    day = shown.day
    if shown.clock and shown.other is None:
        found = parse_time(f"{day.isoformat()} {shown.clock}", "page-text")
        if found and _local_day(found) == day:
            return found
    value = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return PageTime(ExtractedTime(value, "exact", "day", "page-text"), day.isoformat())


@dataclass
class _Evidence:
    """What a page states and shows about its dates, gathered once for the decision."""

    stated_pub: list[PageTime]
    stated_mod: list[PageTime]
    shown: list[VisibleDate]
    """Shown dates that read one way only, near the headline, plausible."""
    shown_all: list[VisibleDate]
    """Also the numeric dates that read both ways (09.10.2024)."""
    headline: str
    relative: list[tuple[PageTime, str]] = field(default_factory=list)
    """Relative stamps beside the headline ('3 hours ago'), closest first, with labels."""

    def days(self, *, updates: bool = True) -> set[date]:
        """Every day shown (both readings of numeric dates); without updates: not the ones
        labelled as an update."""
        return {
            d
            for v in self.shown_all
            if updates or v.label != "modified"
            for d in (v.day, v.other)
            if d
        }

    def beside(self, label: str) -> list[VisibleDate]:
        """Shown dates with ``label`` beside the headline, closest first."""
        near = [v for v in self.shown if v.label == label and _beside_headline(v)]
        return sorted(near, key=lambda v: _distance(v, self.headline))


def find_times(
    tree: HtmlElement,
    page: PageMeta,
    url: str | None,
    hints: dict[str, Any],
    captured_at: datetime | None,
    headline: str = "",
    page_text: str = "",
) -> tuple[PageTime | None, PageTime | None]:
    """(published, modified) for a page; either may be None.

    Stated dates (meta tags, JSON-LD, marked <time>s) are checked against the dates written
    near the headline and the URL's date: the page a reader sees wins over markup that
    contradicts it (stale or template metadata). Without stated dates: the URL, hints, the
    page's own dates, then htmldate; a guess is never the update's day. "Updated ..." dates
    go to ``modified`` only.
    """
    latest = (captured_at or datetime.now(UTC)) + timedelta(days=2)
    day_first = writes_day_first(page.lang)
    stamped = _stamped_elements(tree)
    epochs = _EpochStamps(tree)
    shown_all = [
        v
        for v in visible_dates(page_text, headline, day_first)
        if _EARLIEST.date() <= v.day <= latest.date()
    ]
    evidence = _Evidence(
        stated_pub=_parsed(_published_candidates(tree, page, stamped), latest, day_first),
        stated_mod=_parsed(_modified_candidates(tree, page, stamped), latest, day_first),
        shown=[v for v in shown_all if v.other is None],
        shown_all=shown_all,
        headline=headline,
        relative=_relative_beside_headline(page_text, headline, captured_at, url_country(url)),
    )
    from_url = _plausible(url_date(url), latest)
    published = _checked_stated(evidence, from_url) or from_url
    if published is None:
        hint = _parsed([(hints.get("published"), "hint:published", "exact")], latest)
        published = hint[0] if hint else None
    if published is None:
        published = _guessed(tree, stamped, epochs, url, latest, evidence)

    modified = _checked_update(evidence)
    if modified is None:
        hint = _parsed([(hints.get("modified"), "hint:modified", "exact")], latest)
        modified = hint[0] if hint else None
    if modified is None:
        updates = [v for v in evidence.shown if v.label == "modified"]
        modified = _shown_time(updates[0]) if updates else None
    if modified is None:
        marked = _parsed([(m.value, m.evidence, "exact") for m in epochs.modified()], latest)
        modified = marked[0] if marked else None
    if modified is None:
        modified = next((r for r, label in evidence.relative if label == "modified"), None)
    if modified and published and modified.time.value < published.time.value:
        modified = None
    country = url_country(url)
    return _publisher_day(published, country, evidence), _publisher_day(modified, country, evidence)


def _relative_beside_headline(
    text: str, headline: str, captured_at: datetime | None, country: str | None
) -> list[tuple[PageTime, str]]:
    """Relative stamps beside the headline ('By Ann Lee 3 hours ago', 'Updated 20 minutes
    ago'), resolved against the capture time (none without it), closest first, labelled."""
    start = text.find(headline[:80]) if headline and captured_at else -1
    if start < 0 or captured_at is None:
        return []
    lo, hi = max(0, start + _BESIDE_HEADLINE[0]), start + _BESIDE_HEADLINE[1]
    window = text[lo:hi]
    # 'yesterday at 18:30' is on the publisher's wall clock, when its country tells it
    if captured_at.tzinfo is None:
        captured_at = captured_at.replace(tzinfo=UTC)
    now = (country_time(captured_at, country) if country else None) or captured_at
    found: list[tuple[int, PageTime, str]] = []
    for stamp in relative_times(window, now):
        before = window[max(0, stamp.start - 40) : stamp.start]
        label = ""
        if _UPDATED_LABEL.search(before):
            label = "modified"
        elif _PUBLISHED_LABEL.search(before):
            label = "published"
        value = stamp.time.value
        local = value.date().isoformat() if stamp.time.precision == "day" else value.isoformat()
        time = replace(stamp.time, evidence=f"page-text:{stamp.time.evidence}")
        offset = lo + stamp.start - start
        distance = -offset if offset < 0 else max(0, offset - len(headline))
        found.append((distance, PageTime(time, local), label))
    return [(t, label) for _, t, label in sorted(found, key=lambda f: f[0])]


def _publisher_day(
    found: PageTime | None, country: str | None, evidence: _Evidence
) -> PageTime | None:
    """A time stated in UTC, on the wall clock of the publisher's country when that gives
    one calendar day (23:15Z is the next day in Rome), unless the page shows the UTC day
    and not that one."""
    if found is None or country is None or found.time.precision == "day":
        return found
    if datetime.fromisoformat(found.local_iso).utcoffset() != timedelta(0):
        return found  # stated in the publisher's own offset, or without a zone
    local = country_time(found.time.value, country)
    if local is None:
        return found
    shown = evidence.days()
    if _local_day(found) in shown and local.date() not in shown:
        return found  # the page itself shows the UTC day
    return PageTime(found.time, local.isoformat())


Candidates = list[tuple[Any, str, str]]
"""(text, evidence, method) to parse."""


def _parsed(candidates: Candidates, latest: datetime, day_first: bool = False) -> list[PageTime]:
    found = (
        _plausible(parse_time(text, ev, method, day_first), latest)
        for text, ev, method in candidates
    )
    return [f for f in found if f]


def _published_candidates(tree: HtmlElement, page: PageMeta, stamped: list[_Stamped]) -> Candidates:
    out: Candidates = [(page.first(k), f"meta:{k}", "exact") for k in PUBLISHED_META]
    out += [
        (_jsonld(page, "datePublished"), "json-ld:datePublished", "exact"),
        (_jsonld(page, "dateCreated"), "json-ld:dateCreated", "exact"),
    ]
    return out + [(v, e, "exact") for v, e in _time_elements(tree, stamped, "published")]


def _modified_candidates(tree: HtmlElement, page: PageMeta, stamped: list[_Stamped]) -> Candidates:
    out: Candidates = [(page.first(k), f"meta:{k}", "exact") for k in MODIFIED_META]
    out.append((_jsonld(page, "dateModified"), "json-ld:dateModified", "exact"))
    return out + [(v, e, "exact") for v, e in _time_elements(tree, stamped, "modified")]


def _checked_stated(evidence: _Evidence, from_url: PageTime | None) -> PageTime | None:
    """The stated publication time, as confirmed or corrected by the page and its URL."""
    stated = evidence.stated_pub
    if not stated:
        return None
    confirming = evidence.days(updates=False)
    for found in stated:
        if _local_day(found) in confirming:
            return found
    if from_url:
        # the URL was minted when the story was published: markup agreeing with it stands
        for found in stated:
            if _local_day(found) == _local_day(from_url):
                return found
    first = stated[0]
    modified_days = {_local_day(m) for m in evidence.stated_mod}
    unlabelled = evidence.beside("")
    near = [v.day for v in evidence.beside("published") + unlabelled]
    near = [d for d in sorted(set(near), key=near.index) if _zone_may_show(first, d)]
    contradicting = evidence.beside("published") or [
        v for v in unlabelled if v.day not in modified_days
    ]
    if near:
        # same instant, but the page's own calendar day (its time zone) is the one shown
        return _with_local_day(first, near[0])
    if contradicting and not modified_days & evidence.days():
        # the page shows another date as its date: the markup is stale or a template's
        return _shown_time(contradicting[0])
    # e.g. the page shows only its update date: the markup is the better witness
    return first


def _epoch_candidates(epochs: _EpochStamps) -> Candidates:
    """Timestamps in data attributes, those marked as the publication first; not updates."""
    found = [e for e in epochs.read() if e.kind != "modified"]
    found.sort(key=lambda e: e.kind != "published")
    return [(e.value, e.evidence, "exact") for e in found]


def _first_stamp(stamped: list[_Stamped]) -> tuple[str | None, str, str]:
    """The markup's first stated time, as a candidate: often the article's, before any
    comment's (a sidebar's may come first: the <time> beside the headline is tried before)."""
    for stamp in stamped:
        if stamp.value:
            evidence = (
                f"{stamp.evidence}:first" if stamp.evidence == "time-element" else stamp.evidence
            )
            return stamp.value, evidence, "exact"
    return None, "", "exact"


def _checked_update(evidence: _Evidence) -> PageTime | None:
    """The stated update time, on the update day the page shows beside the headline when a
    time zone puts it there (01:52Z on the 16th is 'Updated December 15' in New York)."""
    if not evidence.stated_mod:
        return None
    first = evidence.stated_mod[0]
    for shown in evidence.beside("modified"):
        if shown.day == _local_day(first):
            return first
        if _zone_may_show(first, shown.day):
            return _with_local_day(first, shown.day)
    return first


def _guessed(
    tree: HtmlElement,
    stamped: list[_Stamped],
    epochs: _EpochStamps,
    url: str | None,
    latest: datetime,
    evidence: _Evidence,
) -> PageTime | None:
    """A publication date from weaker evidence, in order: a date the page labels as its
    publication, the first <time>, a date beside the headline, htmldate's search. A guess
    that is the update's day or outside the URL's /YYYY/MM/ is no publication date."""
    shown = evidence.shown
    update_days = {_local_day(m) for m in evidence.stated_mod}
    update_days |= {
        d for v in evidence.shown_all if v.label == "modified" for d in (v.day, v.other) if d
    }
    # shown as the publication too ('May 2 | Updated May 2'): published and updated that day
    shown_update = {v.day for v in shown if v.label == "modified"}
    update_days -= {v.day for v in shown if v.label == "published"}
    update_days -= {v.day for v in shown if v.label == "" and v.day in shown_update}
    month = _url_month(url)

    def fits(found: PageTime | None) -> PageTime | None:
        if found is None or _local_day(found) in update_days:
            return None
        if month and (_local_day(found).year, _local_day(found).month) != month:
            return None
        return found

    def first_fit(found: list[PageTime]) -> PageTime | None:
        return next(filter(None, map(fits, found)), None)

    def time_beside_headline() -> PageTime | None:
        # the article's own <time>, where the first <time> of the page may be a sidebar card's;
        # of a shown '03/01/2017' that reads both ways, the <time> says which day is meant
        near = [v for v in evidence.shown_all if v.label != "modified" and _beside_headline(v)]
        if not near:
            return None
        found = _parsed([(t.value, t.evidence, "exact") for t in stamped[:_MAX_TIMES]], latest)
        for shown_date in sorted(near, key=lambda v: _distance(v, evidence.headline)):
            days = {shown_date.day, shown_date.other}
            match = first_fit([t for t in found if _local_day(t) in days])
            if match:
                return match
        return None

    guesses = (
        lambda: first_fit([_shown_time(v) for v in shown if v.label == "published"]),
        time_beside_headline,
        lambda: first_fit(_parsed([_first_stamp(stamped)], latest)),
        lambda: first_fit([_shown_time(v) for v in evidence.beside("")]),
        lambda: first_fit(_parsed(_epoch_candidates(epochs), latest)),
        lambda: first_fit([r for r, label in evidence.relative if label != "modified"]),
        lambda: fits(_htmldate(tree, url, latest, evidence.days())),
    )
    for guess in guesses:
        found = guess()
        if found:
            return found
    return None


def _htmldate(
    tree: HtmlElement, url: str | None, latest: datetime, shown: set[date]
) -> PageTime | None:
    """htmldate's heuristics, the last resort: its quick search of the markup first, then
    its slow search of the text. The slow search falls back to a copyright year or a bare
    month (as 1 January or the 1st): such a date counts only when the page shows that day."""
    from htmldate import find_date  # heavy import, only needed for pages without markup

    for extensive in (False, True):
        try:
            found = find_date(
                tree,
                url=url,
                extensive_search=extensive,
                original_date=True,
                max_date=latest.strftime("%Y-%m-%d"),
            )
        except Exception:  # htmldate raises assorted errors on odd pages: no date, not a crash
            return None
        result = _plausible(parse_time(found, "htmldate", "estimated"), latest)
        if result is None:
            continue
        if extensive and _local_day(result).day == 1 and _local_day(result) not in shown:
            return None
        return result
    return None
