"""Acceptance on the sample capture (../shared/samples/capture-talks.txt)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from spacy.language import Language

from newsdesk.analyse import analyse_doc
from newsdesk.analyse.gazetteer import Gazetteer
from newsdesk.extract.capture import extract_capture
from newsdesk.records import Analysis, Article, Quote

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def article(shared_dir: Path) -> Article:
    text = (shared_dir / "samples" / "capture-talks.txt").read_text(encoding="utf-8")
    (found,) = extract_capture(text, datetime(2025, 11, 12, 5, 0, tzinfo=UTC))
    return found


@pytest.fixture(scope="module")
def result(article: Article, nlp: Language, gazetteer: Gazetteer) -> Analysis:
    doc, analysis = analyse_doc(article, nlp=nlp, gazetteer=gazetteer)
    assert doc.text == article.body
    return analysis


def _entity_keys(result: Analysis) -> set[str]:
    return {e.key for e in result.entities}


def test_offsets_point_into_the_body(article: Article, result: Analysis) -> None:
    for mention in result.mentions:
        assert article.body[mention.start : mention.end] == mention.text
    for quote in result.quotes:
        assert quote.content_start is not None and quote.content_end is not None
        assert article.body[quote.content_start : quote.content_end] == quote.content
        assert quote.start <= quote.content_start and quote.content_end <= quote.end


def test_ttp_and_its_expansion_are_one_armed_group(result: Analysis) -> None:
    ttp = {m.entity for m in result.mentions if m.text in ("TTP", "Tehreek-e-Taliban Pakistan")}
    assert len(ttp) == 1
    entity = next(e for e in result.entities if e.key in ttp)
    assert entity.name == "Tehreek-e-Taliban Pakistan"
    assert entity.kind == "armed_group"
    assert "TTP" in entity.aliases
    assert sum(1 for m in result.mentions if m.entity in ttp) == 4


def test_afghan_taliban_is_an_afghan_armed_group(result: Analysis) -> None:
    entity = next(e for e in result.entities if e.name == "Afghan Taliban")
    assert entity.kind == "armed_group" and entity.country == "AFG"
    assert "Taliban" in entity.aliases  # "the Taliban's responses"


def test_khawaja_asif_is_a_person_with_his_role(result: Analysis) -> None:
    (asif,) = [m for m in result.mentions if m.kind == "person"]
    assert asif.text == "Khawaja Asif" and asif.role == "Defence Minister"


def test_capitals_as_actors_are_governments_with_places_kept(result: Analysis) -> None:
    islamabad = next(m for m in result.mentions if m.text == "Islamabad")
    assert islamabad.kind == "government" and islamabad.entity == "gov:PAK"
    kabul = [m for m in result.mentions if m.text == "Kabul"]
    assert kabul and all(m.kind == "government" and m.entity == "gov:AFG" for m in kabul)
    assert {"gov:PAK", "gov:AFG", "place:1176615", "place:1138958"} <= _entity_keys(result)


def test_places_carry_geonames_ids_and_coordinates(result: Analysis) -> None:
    places = {p.name: p for p in result.places}
    expected = {"Istanbul": 745044, "Doha": 290030, "Kabul": 1138958, "Islamabad": 1176615}
    for name, geonameid in expected.items():
        assert places[name].geonameid == geonameid
        assert places[name].lat != 0.0 and places[name].lon != 0.0
    assert places["Doha"].country_code == "QA"


def test_turkey_is_the_host_country(result: Analysis) -> None:
    (host,) = [m for m in result.mentions if m.text == "host country"]
    assert host.kind == "government" and host.entity == "gov:TUR"  # "Pakistan and the host
    assert host.place is not None and host.place.country_code == "TR"  # country continue"


def test_nationalities_map_to_countries(result: Analysis) -> None:
    turkish = next(m for m in result.mentions if m.text == "Turkish")
    assert turkish.kind == "nationality"
    turkey = next(e for e in result.entities if e.key == turkish.entity)
    assert turkey.name == "Turkey" and turkey.country == "TUR"
    afghan = next(m for m in result.mentions if m.text == "Afghan")
    assert afghan.place is not None and afghan.place.country_code == "AF"


def _quote(result: Analysis, speaker: str) -> Quote:
    found = [q for q in result.quotes if q.speaker == speaker]
    assert len(found) == 1, [q.speaker for q in result.quotes]
    return found[0]


def test_attributed_statements(result: Analysis) -> None:
    diplomatic = _quote(result, "Diplomatic sources")
    assert (diplomatic.speaker_kind, diplomatic.cue) == ("anonymous_source", "revealed")

    officials = _quote(result, "Officials involved in the negotiations")
    assert (officials.speaker_kind, officials.cue) == ("anonymous_source", "said")
    assert "needlessly difficult" in officials.content and officials.direct

    security = _quote(result, "Security officials")
    assert security.speaker_kind == "anonymous_source"

    islamabad = _quote(result, "Islamabad")
    assert islamabad.speaker_kind == "government" and islamabad.speaker_entity == "gov:PAK"
    assert "clear and evidence-based" in islamabad.content and islamabad.direct

    asif = _quote(result, "Defence Minister Khawaja Asif")
    assert (asif.speaker_kind, asif.cue) == ("named_person", "cautioned")
    assert asif.speaker_entity == "person:khawaja asif"
    assert asif.content.startswith("continued failure of diplomacy")

    sources = _quote(result, "Sources")
    assert sources.speaker_kind == "anonymous_source"


def test_sourcing_summary(result: Analysis) -> None:
    sourcing = result.sourcing
    assert sourcing["anonymous_source"] >= 5
    assert sourcing["named_person"] == 1
    assert sourcing["government"] >= 1
    assert sum(sourcing.values()) == len(result.quotes)
