"""Near-duplicate detection: syndicated copies share most word 5-shingles."""

from __future__ import annotations

from newsdesk.stories.dedup import CopyIndex, signature, signature_bytes, signature_from_bytes
from tests.stories.helpers import load_articles


def test_a_syndicated_copy_with_new_headline_and_extra_paragraph_matches_its_original() -> None:
    found = load_articles()
    original, copy = found["strike-talks-open"], found["strike-talks-wire"]
    assert original.headline != copy.headline
    assert len(copy.paragraphs) == len(original.paragraphs) + 1
    index = CopyIndex()
    for i, key in enumerate(["strike-talks-open", "strike-talks-stall", "football", "frog"], 1):
        sig = signature(found[key].body)
        assert sig is not None
        index.add(i, sig)
    probe = signature(copy.body)
    assert probe is not None
    matches = index.matches(probe)
    assert [m.article_id for m in matches] == [1]
    assert matches[0].jaccard >= 0.7


def test_reports_of_the_same_story_written_separately_are_not_copies() -> None:
    found = load_articles()
    index = CopyIndex()
    sig = signature(found["strike-talks-open"].body)
    assert sig is not None
    index.add(1, sig)
    for key in ("strike-talks-stall", "strike-deal"):
        other = signature(found[key].body)
        assert other is not None
        assert index.matches(other) == []


def test_short_bodies_have_no_signature() -> None:
    assert signature("Breaking: talks resume.") is None


def test_signatures_survive_a_round_trip_through_bytes() -> None:
    sig = signature(load_articles()["frog"].body)
    assert sig is not None
    again = signature_from_bytes(signature_bytes(sig))
    assert again.jaccard(sig) == 1.0
    index = CopyIndex()
    index.add(7, again)
    assert [m.article_id for m in index.matches(sig)] == [7]
    index.remove(7)
    assert index.matches(sig) == []


def test_a_body_longer_than_any_article_is_signed_by_its_first_part() -> None:
    # 15 MB of notices would take seconds to shingle; what makes two such bodies copies is
    # already in their first half million characters.
    from newsdesk.stories.dedup import SIGNED_CHARS

    lead = " ".join(f"Notice {i}: berth {i % 40} closes on tide {i % 7}." for i in range(40_000))
    assert len(lead) > SIGNED_CHARS
    first, second = signature(lead), signature(lead + " A tail no copy shares." * 1000)
    assert first is not None and second is not None
    assert first.jaccard(second) == 1.0
    shorter = signature(lead[: SIGNED_CHARS // 2])
    assert shorter is not None and shorter.jaccard(first) < 1.0
