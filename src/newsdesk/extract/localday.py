"""The publisher's own calendar day for a time a page states in UTC.

Many sites write their times in UTC ("2020-12-05T23:15:00Z") while their readers, and the
page itself, see the local day (6 December in Rome). When the page's country is known from
its country-code domain and every time zone of that country puts the instant on the same
calendar day, that day is the page's; otherwise the stated UTC reading stands. Countries
and their zones come from the tz database's zone.tab (the tzdata package, else the
system's copy), read once per process.
"""

from __future__ import annotations

import importlib.resources
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsdesk.domains import site_country

_SYSTEM_ZONE_TAB = Path("/usr/share/zoneinfo/zone.tab")


def _zone_tab() -> str:
    try:
        return importlib.resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        pass
    try:
        return _SYSTEM_ZONE_TAB.read_text()
    except OSError:
        return ""  # no tz database here: stated UTC readings stand


@cache
def country_zones() -> dict[str, tuple[str, ...]]:
    """ISO country code -> its tz database zones ('IT' -> ('Europe/Rome',))."""
    zones: dict[str, list[str]] = {}
    for line in _zone_tab().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            zones.setdefault(fields[0].upper(), []).append(fields[2].strip())
    return {code: tuple(names) for code, names in zones.items()}


def url_country(url: str | None) -> str | None:
    """The country of a URL's country-code domain ('www.example.it' -> 'IT'), or None for
    generic and vanity domains."""
    code = site_country(url)
    return code if code is not None and code in country_zones() else None


def country_time(instant: datetime, country: str) -> datetime | None:
    """``instant`` on the country's wall clock when all of its zones agree on the calendar
    day (a zone's offset may differ, the day may not); None when they do not."""
    readings: list[datetime] = []
    for name in country_zones().get(country, ()):
        try:
            readings.append(instant.astimezone(ZoneInfo(name)))
        except (ZoneInfoNotFoundError, ValueError):
            return None
    if not readings or len({r.date() for r in readings}) != 1:
        return None
    # the reading of the country's first listed zone with the most common offset
    offsets = [r.utcoffset() or timedelta() for r in readings]
    common = max(set(offsets), key=offsets.count)
    return readings[offsets.index(common)]
