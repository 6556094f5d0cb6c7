"""Dates of the Persian (Jalali, Solar Hijri) calendar, as Iranian and Afghan news pages
print them ('۲ تیر ۱۳۹۹', '2 تير 1399'), converted to the Gregorian calendar; and the
Gregorian month names of Arabic pages ('5 مارس 2024', '5 آذار 2024').

The conversion is the arithmetic of the Jalaali calendar (Borkowski's break years, as in
the jalaali-js library): exact for the years news pages carry.
"""

from __future__ import annotations

from datetime import date, timedelta

# Persian month names; 'ي'/'ك' (Arabic letters) are read as 'ی'/'ک' (see normalise)
_NAMES = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر",
          "دی", "بهمن", "اسفند")  # fmt: skip
MONTHS = {name: i + 1 for i, name in enumerate(_NAMES)}
# Gregorian months in Arabic, as Egypt and the Gulf name them and as the Levant does, in
# normalised letters ('يناير' is 'ینایر' here)
_ARABIC = ("ینایر", "فبرایر", "مارس", "أبریل", "مایو", "یونیو", "یولیو", "أغسطس", "سبتمبر",
           "أکتوبر", "نوفمبر", "دیسمبر")  # fmt: skip
_LEVANTINE = ("کانون الثانی", "شباط", "آذار", "نیسان", "أیار", "حزیران", "تموز", "آب", "أیلول",
              "تشرین الأول", "تشرین الثانی", "کانون الأول")  # fmt: skip
ARABIC_MONTHS = {
    **{name: i + 1 for i, name in enumerate(_ARABIC)},
    **{name: i + 1 for i, name in enumerate(_LEVANTINE)},
    "إبریل": 4, "ابریل": 4, "اغسطس": 8, "اکتوبر": 10,
}  # fmt: skip
# Eastern Arabic and Persian digits, and the Arabic forms of two Persian letters: one
# character each, so offsets in a normalised text are those of the original
_TRANSLATE = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹يك", "01234567890123456789یک")
_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192,
           2262, 2324, 2394, 2456, 3178)  # fmt: skip


def normalise(text: str) -> str:
    """``text`` with ASCII digits and Persian letters, character for character."""
    return text.translate(_TRANSLATE)


def _march_day(jy: int) -> int:
    """The day of March on which Jalali year ``jy`` begins (Nowruz)."""
    gy = jy + 621
    leap_j = -14
    jp = _BREAKS[0]
    jump = 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        jp = jm
    n = jy - jp
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    return 20 + leap_j - leap_g


def to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of Jalali ``year``/``month``/``day``; ValueError when there is no
    such day (months 1-6 have 31 days, 7-11 have 30, the last 29 or 30)."""
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        raise ValueError(f"no Jalali date {year}/{month}/{day}")
    if not 1 <= year <= 3177:
        raise ValueError(f"Jalali year {year} out of range")
    start = date(year + 621, 3, _march_day(year))
    before = (month - 1) * 31 - (month // 7) * (month - 7)
    found = start + timedelta(days=before + day - 1)
    if month == 12 and day == 30 and found.month == 3 and found.day == _march_day(year + 1):
        raise ValueError(f"Jalali year {year} has no 30 Esfand")
    return found
