"""Dates in bylines in other languages, with weekdays and numeric dates written day first
(fixtures: tests/fixtures/html/dates)."""

from __future__ import annotations

from datetime import date

from newsdesk.extract.htmldates import visible_dates
from tests.extract.dated import local, times_of


def test_numeric_byline_dates_on_a_french_page_are_day_first_with_their_clock() -> None:
    # 'Publié le 04/03/2024 à 14h05 Modifié le 05/03/2024 à 09h10': a French page writes
    # the day first, so neither date is ambiguous there
    published, modified = times_of("byline-fr-numeric.html")
    assert local(published) == "2024-03-04T14:05:00"
    assert local(modified) == "2024-03-05T09:10:00"


def test_numeric_byline_dates_on_a_german_page_are_day_first() -> None:
    published, modified = times_of("byline-de-numeric.html")
    assert local(published) == "2024-03-04T14:05:00"
    assert local(modified) == "2024-03-05T09:10:00"


def test_a_weekday_between_label_and_date_keeps_the_label() -> None:
    # 'Actualizado el martes, 5 de marzo ...' comes first: it is the update, not the
    # publication, although it is the date closest to the headline
    published, modified = times_of("byline-es-weekday.html")
    assert local(published) == "2024-03-04T14:05:00"
    assert local(modified) == "2024-03-05T09:10:00"


def test_weekday_and_label_words_in_several_languages() -> None:
    text = (
        "Headline Published on Monday, March 4, 2024 · Mis à jour le mardi 5 mars 2024 · "
        "Stand: 06.03.2024 · Erschienen am Donnerstag, 7. März 2024 · "
        "Atualizado em sexta-feira, 8 de março de 2024"
    )
    assert [(v.day, v.label) for v in visible_dates(text, "Headline", day_first=True)] == [
        (date(2024, 3, 4), "published"),
        (date(2024, 3, 5), "modified"),
        (date(2024, 3, 6), "modified"),
        (date(2024, 3, 7), "published"),
        (date(2024, 3, 8), "modified"),
    ]


def test_numeric_dates_stay_ambiguous_on_english_or_unlabelled_pages() -> None:
    # '04/03/2024' on an English page may be 4 March or April 3: it only confirms
    shown = visible_dates("Headline Published 04/03/2024", "Headline")
    assert [(v.day, v.other) for v in shown] == [(date(2024, 3, 4), date(2024, 4, 3))]
    shown = visible_dates("Headline Veröffentlicht am 04.03.2024", "Headline")
    assert [(v.day, v.other) for v in shown] == [(date(2024, 3, 4), None)]


def test_slashed_dates_in_the_markup_of_a_day_first_page_are_day_first() -> None:
    # a French CMS writes '04/03/2024 14:05' in its meta tags: 4 March, not April 3
    published, modified = times_of("slashed-meta-day-first.html")
    assert local(published) == "2024-03-04T14:05:00"
    assert local(modified) == "2024-03-05T09:10:00"
