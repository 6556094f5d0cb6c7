"""Dateline splitter review on real article openings (../shared/bench/extraction).

    .venv/bin/python bench/datelines.py [--shared ../shared]

There is no dateline ground truth, so this harness gives what a reviewer needs to
judge precision and recall by eye: it runs ``split_dateline`` on the first three
paragraphs of every ground-truth article body of the scrapinghub and WCXB-dev
extraction sets, and lists

- every opening it split (to check each is a dateline), and
- every opening it left alone that starts like one (capitals, then ":", a dash or
  "("), to check each is not a dateline.

The results file keeps counts, datelines and the heads of the openings left alone
(never the article text, which is third-party data). Speed is given as a ratio to a
baseline measured in the same run (one compiled regex match per paragraph). Writes
bench/results/datelines.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from newsdesk.extract.datelines import match_dateline

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "datelines.json"
LOOKS_LIKE = re.compile(r"^[A-Z][A-Z .,'’/-]{2,40}(?:\(|—|–|-|:)")
PARAGRAPHS_PER_ARTICLE = 3


def openings(shared: Path) -> list[str]:
    root = shared / "bench" / "extraction"
    truth = root / "scrapinghub" / "ground-truth.json"
    if not truth.exists():
        sys.exit(f"missing {truth}: pass --shared with the folder holding bench/extraction")
    bodies = [v.get("articleBody") or "" for v in json.loads(truth.read_text()).values()]
    for path in sorted((root / "wcxb-dev" / "ground-truth").glob("*.json")):
        record = json.loads(path.read_text())
        bodies.append((record.get("ground_truth") or {}).get("main_content") or "")
    found: list[str] = []
    for body in bodies:
        paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
        found.extend(paragraphs[:PARAGRAPHS_PER_ARTICLE])
    return found


def timed(func: object, paragraphs: list[str], rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for p in paragraphs:
            func(p)  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    paragraphs = openings(args.shared)
    split: list[dict[str, str]] = []
    left: list[dict[str, str]] = []
    for p in paragraphs:
        found = match_dateline(p)
        if found is not None:
            split.append({"dateline": found.text, "opening": p[:80]})
        elif (head := LOOKS_LIKE.match(p)) is not None:
            left.append({"head": head.group(0), "opening": p[:80]})
    ours = timed(match_dateline, paragraphs)
    baseline = timed(LOOKS_LIKE.match, paragraphs)
    result = {
        "paragraphs": len(paragraphs),
        "split": len(split),
        "left_alone_that_look_like_datelines": len(left),
        "time_ratio_to_one_regex": round(ours / baseline, 1),
        "datelines": [row["dateline"] for row in split],
        "left_alone_heads": [row["head"] for row in left],
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"{len(paragraphs)} opening paragraphs; {len(split)} split:")
    for row in split:
        print(f"  {row['dateline']!r:40} | {row['opening']}")
    print(f"{len(left)} left alone that start like a dateline:")
    for row in left:
        print(f"  {row['opening']}")
    print(f"time: {result['time_ratio_to_one_regex']}x one regex match; wrote {RESULTS}")


if __name__ == "__main__":
    main()
