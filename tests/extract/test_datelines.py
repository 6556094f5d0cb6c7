from __future__ import annotations

import pytest

from newsdesk.extract.datelines import match_dateline, split_dateline


@pytest.mark.parametrize(
    ("paragraph", "dateline", "rest"),
    [
        (
            "WEB DESK: Diplomatic sources have revealed",
            "WEB DESK",
            "Diplomatic sources have revealed",
        ),
        ("ISLAMABAD: The government said", "ISLAMABAD", "The government said"),
        ("KABUL (Reuters) - Taliban officials", "KABUL (Reuters)", "Taliban officials"),
        ("ISLAMABAD (Reuters) — Pakistan said", "ISLAMABAD (Reuters)", "Pakistan said"),
        ("WASHINGTON, Nov 12 (Reuters) - The US", "WASHINGTON, Nov 12 (Reuters)", "The US"),
        ("LONDON (AP) — Britain will", "LONDON (AP)", "Britain will"),
        ("NEW DELHI: India and", "NEW DELHI", "India and"),
        ("Karachi, Nov 3: Police said", "Karachi, Nov 3", "Police said"),
        ("KYIV, Ukraine (AP) — Russia", "KYIV, Ukraine (AP)", "Russia"),
        ("New Delhi, Nov 3 (PTI): The court", "New Delhi, Nov 3 (PTI)", "The court"),
        ("GAZA CITY/CAIRO (Reuters) - Israeli", "GAZA CITY/CAIRO (Reuters)", "Israeli"),
        ("ST. LOUIS (AP) — A jury", "ST. LOUIS (AP)", "A jury"),
        ("LAHORE — The Punjab cabinet", "LAHORE", "The Punjab cabinet"),
        ("NEWS DESK: Officials said", "NEWS DESK", "Officials said"),
        ("BUFFALO, N.Y. — Hours before", "BUFFALO, N.Y.", "Hours before"),
        ("SANTA FE, N.M. (AP) — A cat", "SANTA FE, N.M. (AP)", "A cat"),
        ("CLEVELAND, Ohio – The band", "CLEVELAND, Ohio", "The band"),
        ("BERLIN -- The agency says", "BERLIN", "The agency says"),
        ("HAYWARD, Calif. (AP) — The Latest", "HAYWARD, Calif. (AP)", "The Latest"),
        ("KARACHI, November 12, 2025: Traders", "KARACHI, November 12, 2025", "Traders"),
        ('PESHAWAR: "We are ready," he said.', "PESHAWAR", '"We are ready," he said.'),
        (
            "HYDERABAD, Pakistan, Nov 12 (Reuters) - Relief convoys",
            "HYDERABAD, Pakistan, Nov 12 (Reuters)",
            "Relief convoys",
        ),
    ],
)
def test_datelines_are_split(paragraph: str, dateline: str, rest: str) -> None:
    assert split_dateline(paragraph) == (dateline, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Note: this is a developing story.",
        "He said: We will not tolerate it.",
        "Update: the talks resumed on Monday.",
        "UPDATE: The talks resumed on Monday.",
        "NOTE: This article was amended.",
        "BREAKING NEWS: Talks collapse.",
        "EDITOR'S NOTE: This story contains graphic details.",
        "On Nov 3: the talks resumed.",
        "On Nov 3 - The talks resumed.",
        "Pakistan: A history of the talks.",
        "AI - The future of newsrooms.",
        "The report said - Pakistan disagreed.",
        "Officials said: “We are hopeful.”",
        "US: Negotiators met again.",
        "ISLAMABAD: the lowercase rest is not a dateline split.",
        "Diplomatic sources have revealed that one final attempt is underway.",
        "ISLAMABAD",
        "",
        "DEAR ABBY: My husband of more than 20 years bought plane tickets.",
        "QUICK SUMMARY: The best tutorials of the year.",
        "TLDR: We are postponing the change.",
        "JANE DOE, HOST: The legislature is holding a special session.",
        "Editor’s Note, December 19, 2025: We have added new picks.",
    ],
)
def test_ordinary_sentences_are_not_split(paragraph: str) -> None:
    assert split_dateline(paragraph) == (None, paragraph)


def test_match_dateline_gives_the_parts() -> None:
    found = match_dateline("WASHINGTON, Nov 12 (Reuters) - The US Treasury said")
    assert found is not None
    assert (found.place, found.region, found.date, found.agency) == (
        "WASHINGTON",
        None,
        "Nov 12",
        "Reuters",
    )
    regional = match_dateline("KYIV, Ukraine (AP) — Russia launched")
    assert regional is not None
    assert (regional.place, regional.region, regional.agency) == ("KYIV", "Ukraine", "AP")


@pytest.mark.parametrize(
    ("paragraph", "rest"),
    [
        (
            "HALDEN, Nov 12 - Власти Норвегии заявили во вторник.",
            "Власти Норвегии заявили во вторник.",
        ),
        ("BEIJING, Nov 12 (Xinhua) -- 中国外交部周二表示。", "中国外交部周二表示。"),
        ("ATHENS, Nov 12 (Reuters) - Η κυβέρνηση ανακοίνωσε.", "Η κυβέρνηση ανακοίνωσε."),
    ],
)
def test_a_dateline_before_text_in_another_script_is_split(paragraph: str, rest: str) -> None:
    found = match_dateline(paragraph)
    assert found is not None and found.rest == rest


def test_a_dateline_before_a_small_letter_in_another_script_is_not_split() -> None:
    assert match_dateline("HALDEN, Nov 12 - власти заявили во вторник.") is None
