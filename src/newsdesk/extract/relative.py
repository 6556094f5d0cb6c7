"""Relative time stamps in page text, in seven languages: "3 hours ago", "Yesterday at 10:15",
"Il y a 2 heures", "vor 5 Minuten", "hace 2 días", "2 ore fa", "há 3 horas", "2 uur geleden".

They are resolved against the time the page was fetched. A stamp must stand apart from prose:
"By Ann Lee 3 hours ago Text..." is a stamp, "the fire started 3 hours ago and ..." is not
(a small-letter word before it that is no label, or one after it). "Today"/"yesterday" count
only with a clock time ("Yesterday at 10:15"), as those words open many sentences. Months and
years ago name no day and are not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from newsdesk.records import ExtractedTime, Precision

# unit word (lowercase, without plural ending) -> (seconds per unit, precision)
_UNITS: dict[str, tuple[int, Precision]] = {}
for _words, _seconds, _precision in (
    ("s sec secs second seconds seconde secondes sekunde sekunden segundo segundos secondo"
     " secondi seconden", 1, "second"),
    ("m min mins minute minutes minuten minuto minutos minuti minuut", 60, "minute"),
    ("h hr hrs hour hours heure heures std stunde stunden hora horas ora ore uur", 3600, "hour"),
    ("d day days jour jours tag tagen tage día días dia dias giorno giorni dag dagen",
     86400, "day"),
    ("w wk wks week weeks semaine semaines woche wochen semana semanas settimana settimane"
     " weken", 7 * 86400, "day"),
):  # fmt: skip
    for _word in _words.split():
        _UNITS[_word] = (_seconds, _precision)  # type: ignore[assignment]

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "un": 1, "une": 1, "ein": 1, "eine": 1,
    "einer": 1, "einem": 1, "einen": 1, "una": 1, "uno": 1, "um": 1, "uma": 1, "een": 1,
}  # fmt: skip
_N = r"(?P<n>\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_UNIT = r"(?P<unit>[^\W\d_]{1,9})\.?"
_CLOCK = r"(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<min>[0-5]\d))?(?:\s*(?P<ampm>[ap])\.?m\b\.?)?"

_AGO = (
    re.compile(rf"\b{_N}\s*{_UNIT}\s+(?:ago|fa|geleden)(?!\w)", re.I),  # English, Italian, Dutch
    re.compile(rf"\b(?:il\s+y\s+a|vor|hace|há)\s+{_N}\s*{_UNIT}(?!\w)", re.I),  # fr de es pt
)
_DAY_AT = re.compile(
    r"\b(?P<day>yesterday|today|hier|aujourd['’]hui|gestern|heute|ayer|hoy|ieri|oggi|ontem"
    r"|hoje|gisteren|vandaag)\s*,?\s*(?:at|à|a|um|a\s+las|alle|às|as|om|-|·)?\s*"
    rf"{_CLOCK}(?:\s*uhr\b)?(?!\d)",
    re.IGNORECASE,
)
_YESTERDAY = {"yesterday", "hier", "gestern", "ayer", "ieri", "ontem", "gisteren"}
# a small-letter word right before a stamp is prose, unless it labels the stamp
_LABEL_WORDS = re.compile(
    r"(?:updated|update|modified|edited|posted|published|publié|jour|aktualisiert"
    r"|veröffentlicht|actualizado|publicado|aggiornato|pubblicato|atualizado|bijgewerkt"
    r"|gepubliceerd)\W*$",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[^\w]*$")
_WORD_AFTER = re.compile(r"^[,;]?\s*([^\W\d_])")


@dataclass(frozen=True)
class RelativeTime:
    time: ExtractedTime
    start: int
    end: int


def _stands_apart(text: str, start: int, end: int) -> bool:
    """Whether the stamp at text[start:end] is a byline's, not a phrase of a sentence."""
    before = text[max(0, start - 30) : start]
    word = _WORD_BEFORE.search(before)
    if word and word[1][0].islower() and not _LABEL_WORDS.search(before):
        return False
    after = _WORD_AFTER.match(text[end : end + 3])
    return not (after and after[1].islower())


def _clock(match: re.Match[str]) -> time | None:
    hour, minute = int(match["h"]), int(match["min"] or 0)
    if match["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ampm"].lower() == "p" else 0)
    elif match["min"] is None:
        return None  # 'today 5' is no clock time
    return time(hour, minute)


def relative_times(text: str, now: datetime) -> list[RelativeTime]:
    """Relative stamps in ``text`` that stand apart from prose, resolved against ``now`` (a
    naive ``now`` is UTC; clock times are read on ``now``'s wall clock)."""
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    found: list[RelativeTime] = []
    for match in (m for pattern in _AGO for m in pattern.finditer(text)):
        unit = _UNITS.get(match["unit"].lower())
        if unit is None or not _stands_apart(text, match.start(), match.end()):
            continue
        raw = match["n"].lower()
        count = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        seconds, precision = unit
        value = now - timedelta(seconds=count * seconds)
        if precision == "day":
            value = datetime.combine(value.date(), time(), UTC)
        stamp = " ".join(match[0].split())
        found.append(
            RelativeTime(ExtractedTime(value, "relative", precision, stamp), *match.span())
        )
    for match in _DAY_AT.finditer(text):
        clock = _clock(match)
        if clock is None or not _stands_apart(text, match.start(), match.end()):
            continue
        day = now.date() - timedelta(days=1 if match["day"].lower() in _YESTERDAY else 0)
        value = datetime.combine(day, clock, now.tzinfo)
        stamp = " ".join(match[0].split())
        found.append(RelativeTime(ExtractedTime(value, "relative", "minute", stamp), *match.span()))
    return sorted(found, key=lambda r: r.start)
