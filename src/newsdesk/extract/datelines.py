"""Datelines: the place (and sometimes date and agency) that opens a news story.

    ISLAMABAD: ...                          WEB DESK: ...
    KABUL (Reuters) - ...                   LONDON (AP) — ...
    WASHINGTON, Nov 12 (Reuters) - ...      KYIV, Ukraine (AP) — ...
    Karachi, Nov 3: ...                     New Delhi, Nov 3 (PTI): ...

The rules are precise rather than generous: an opening is a dateline only when it is
a place in capitals (not a label such as "NOTE:" or "UPDATE:"), or a place in title
case that a date or an agency credit follows. "Note: ...", "He said: ..." and
"Update: ..." are never split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# All-caps openings that label a paragraph rather than place it.
_LABELS = _words(
    """
    NOTE NOTES UPDATE UPDATED UPDATES BREAKING NEWS EXCLUSIVE WATCH READ ALSO LIVE ANALYSIS
    OPINION EDITORIAL COMMENT CORRECTION CORRECTIONS CLARIFICATION EDITOR EDITORS WARNING
    FILE PHOTO PHOTOS VIDEO AUDIO REPORT FACTBOX EXPLAINER TIMELINE FACT CHECK SOURCE
    SOURCES DISCLAIMER ADVERTISEMENT SPONSORED PROMOTED RELATED MORE SEE WHY WHAT HOW WHO
    Q A QUOTE TRANSCRIPT SUMMARY HIGHLIGHTS KEY POINTS TL DR PS NB FYI RIP ALERT URGENT
    FLASH DEVELOPING THE AND OR BUT IF SO YES NO OK DEAR TLDR TL;DR QUICK BOTTOM LINE
    """
) - {"NEWS"}  # "NEWS DESK:" is a desk dateline
# Roles after a name in transcripts ("JANE DOE, HOST:"), not a region after a place.
_ROLES = _words("HOST ANCHOR BYLINE REPORTER CORRESPONDENT AUTHOR GUEST EDITOR PRESENTER")
# Title-case openings of ordinary sentences ("On Nov 3: ...", "Since (2019) - ...").
_OPENERS = _words(
    """
    On In At By For From Since Until Till Before After During Last Next Earlier Later
    Meanwhile Then The This That These Those It He She They We I You Our Their His Her
    Today Yesterday Tomorrow Update Updated Note Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October
    November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    """
)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
_CAPS_WORD = r"[A-Z][A-Z.'’\-]*"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:[ /]{_CAPS_WORD}){{0,3}}"
_TITLE_WORD = r"(?:[A-Z][a-z.'’\-]+|[A-Z]{2,}|(?:[A-Z]\.){1,3})"  # Ohio, UAE, N.Y.
_TITLE_PLACE = rf"{_TITLE_WORD}(?:\s{_TITLE_WORD}){{0,2}}"
_AGENCY = r"\((?P<agency>[A-Za-z][\w.&'’ -]{0,30}?)\)"
_SEP = r"\s*(?::|\s[-–—]{1,2}|[-–—]{1,2}\s)\s*"
# The text after the dateline opens with a capital or a digit, in any script ('Власти ...'):
# a word character that is not an ASCII small letter here, not a small letter in _plausible.
_REST = r"(?P<rest>[\"“‘'(\[]?[^\W_a-z].*)"

_CAPS = re.compile(
    rf"^(?P<place>{_CAPS_PLACE})"
    rf"(?:,\s*(?P<region>{_TITLE_PLACE}))??"
    rf"(?:,?\s+(?P<date>{_DATE}))?"
    rf"(?:\s*{_AGENCY})?"
    rf"{_SEP}{_REST}$",
    re.DOTALL,
)
_TITLE = re.compile(
    rf"^(?P<place>{_TITLE_PLACE})"
    rf"(?:,\s*(?P<region>{_TITLE_PLACE}))??"
    rf"(?:,?\s+(?P<date>{_DATE}))?(?:\s*{_AGENCY})?"
    rf"{_SEP}{_REST}$",
    re.DOTALL,
)


@dataclass(frozen=True)
class Dateline:
    """A dateline as printed, and its parts."""

    text: str
    """As printed, without the trailing separator: 'WASHINGTON, Nov 12 (Reuters)'."""
    place: str
    region: str | None
    date: str | None
    agency: str | None
    rest: str
    """The paragraph after the dateline."""


def match_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening ``paragraph``, with its parts, or None."""
    for pattern in (_CAPS, _TITLE):
        m = pattern.match(paragraph.strip())
        if m and _plausible(m, caps=pattern is _CAPS):
            rest = m.group("rest")
            text = paragraph.strip()[: m.start("rest")].rstrip()
            text = re.sub(r"\s*(?::|[-–—]{1,2})$", "", text).strip()
            return Dateline(
                text=text,
                place=m.group("place"),
                region=m.group("region"),
                date=m.group("date"),
                agency=m.group("agency"),
                rest=rest.strip(),
            )
    return None


def _plausible(m: re.Match[str], caps: bool) -> bool:
    first = next((c for c in m.group("rest") if c.isalnum()), "")
    if first.islower():
        return False  # 'МИД, 12 ноября - власти ...': not a sentence's opening
    place = m.group("place")
    words = [_bare(w) for w in re.split(r"[ /]", place)]
    credited = bool(m.group("date") or m.group("agency"))
    if m.group("region") and _bare(m.group("region")) in _ROLES:
        return False
    if caps:
        letters = re.sub(r"[^A-Z]", "", place)
        if len(letters) < 2 or len(place) > 40:
            return False
        # A label ("NOTE:", "BREAKING NEWS -", "DEAR ABBY:") is not a place. With a date
        # or an agency after it, only an opening made of labels alone is refused.
        if credited:
            return not all(w in _LABELS for w in words)
        return not any(w in _LABELS for w in words) and len(letters) >= 3
    # In title case only a date or an agency credit tells a place from a sentence.
    return (
        credited
        and place.split()[0].rstrip(".") not in _OPENERS
        and not any(w in _LABELS for w in words)
    )


def _bare(word: str) -> str:
    """Upper case, without possessive or edge punctuation: "Editor’s" -> "EDITOR"."""
    return re.sub(r"['’]S$", "", word.upper()).strip(".'’-")


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """Split the dateline off a paragraph: ("WEB DESK", "Diplomatic sources ...").

    Returns (None, paragraph) when it opens with no dateline.
    """
    found = match_dateline(paragraph)
    if found is None:
        return None, paragraph
    return found.text, found.rest
