"""Story clustering benchmark on UCI News Aggregator headlines (../shared/bench/stories).

    .venv/bin/python bench/stories.py [--shared ../shared] [--skip-store]

Clusters uci-dev.csv in timestamp order as a stream with ``newsdesk.cluster_stream``
(the pipeline's fixed settings) and scores it against the gold story ids:
pairwise precision/recall/F1 over pairs of items put in one cluster, and BCubed
F1. Then measures incremental assignment with 10,000 articles already stored:
in memory (``StoryIndex.assign``) and through the store (``StoryGrouper.group``
on SQLite, in one transaction per article as the pipeline does). Timings are
also given as ratios to a baseline measured in the same run (tokenising the
same headlines). Writes bench/results/stories.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "stories.json"
STORED = 10_000
TIMED = 1_000


def load_rows(shared: Path) -> list[dict[str, str]]:
    path = shared / "bench" / "stories" / "uci-dev.csv"
    if not path.exists():
        sys.exit(f"missing {path}: pass --shared with the folder holding bench/stories")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows.sort(key=lambda r: int(r["TIMESTAMP"]))  # stable: file order breaks ties
    return rows


def _pairs(counts: Counter[Any]) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def score(gold: Sequence[str], pred: Sequence[str]) -> dict[str, float]:
    """Pairwise P/R/F1 and BCubed P/R/F1 of a clustering against gold labels."""
    joint = Counter(zip(gold, pred, strict=True))
    gold_sizes, pred_sizes = Counter(gold), Counter(pred)
    together = _pairs(joint)
    p = together / _pairs(pred_sizes) if _pairs(pred_sizes) else 1.0
    r = together / _pairs(gold_sizes) if _pairs(gold_sizes) else 1.0
    n = len(gold)
    bp = sum(c * c / pred_sizes[q] for (_, q), c in joint.items()) / n
    br = sum(c * c / gold_sizes[g] for (g, _), c in joint.items()) / n
    return {
        "pairwise_p": round(p, 4),
        "pairwise_r": round(r, 4),
        "pairwise_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "bcubed_p": round(bp, 4),
        "bcubed_r": round(br, 4),
        "bcubed_f1": round(2 * bp * br / (bp + br), 4) if bp + br else 0.0,
        "clusters": len(pred_sizes),
        "gold_clusters": len(gold_sizes),
        "items": n,
    }


def accuracy(rows: list[dict[str, str]]) -> dict[str, Any]:
    from newsdesk import cluster_stream

    def run(part: list[dict[str, str]]) -> dict[str, float]:
        items = [
            {
                "id": r["ID"],
                "headline": r["TITLE"],
                "published": datetime.fromtimestamp(int(r["TIMESTAMP"]) / 1000, UTC),
            }
            for r in part
        ]
        return score([r["STORY"] for r in part], cluster_stream(items))

    # The halves by time: the first is where the threshold was chosen (see RESULTS.md).
    middle = (int(rows[0]["TIMESTAMP"]) + int(rows[-1]["TIMESTAMP"])) / 2
    return {
        "all": run(rows),
        "first_half": run([r for r in rows if int(r["TIMESTAMP"]) < middle]),
        "second_half": run([r for r in rows if int(r["TIMESTAMP"]) >= middle]),
    }


ABLATIONS: dict[str, dict[str, float]] = {
    "fixed settings": {},
    "no time decay": {"decay_hours": 1e9, "decay_floor": 1.0},
    "decay 12 h": {"decay_hours": 12.0},
    "decay 24 h": {"decay_hours": 24.0},
    "no merging": {"merge_threshold": 2.0},
    "threshold 0.06": {"threshold": 0.06},
    "threshold 0.10": {"threshold": 0.10},
}


def ablations(rows: list[dict[str, str]]) -> dict[str, dict[str, float]]:
    """The whole set under settings that differ from the fixed ones in one respect."""
    from dataclasses import replace

    from newsdesk.stories.cluster import DEFAULT_SETTINGS, StoryItem, cluster_items

    items = [
        StoryItem(r["TITLE"], datetime.fromtimestamp(int(r["TIMESTAMP"]) / 1000, UTC)) for r in rows
    ]
    gold = [r["STORY"] for r in rows]
    out = {}
    for name, change in ABLATIONS.items():
        settings = replace(DEFAULT_SETTINGS, **change)
        found = score(gold, [str(s) for s in cluster_items(items, settings)])
        out[name] = {k: found[k] for k in ("pairwise_f1", "bcubed_f1", "clusters")}
    return out


def replay(
    rows: list[dict[str, str]], count: int, start_round: int = 0
) -> list[tuple[str, datetime]]:
    """``count`` headlines: uci-dev replayed in rounds, each a month later (new stories)."""
    out = []
    round_ = start_round
    while len(out) < count:
        shift = timedelta(days=30 * round_)
        for r in rows:
            when = datetime.fromtimestamp(int(r["TIMESTAMP"]) / 1000, UTC) + shift
            out.append((r["TITLE"], when))
            if len(out) == count:
                break
        round_ += 1
    return out


def speed_in_memory(rows: list[dict[str, str]]) -> dict[str, float]:
    from newsdesk.stories.cluster import StoryIndex, StoryItem
    from newsdesk.stories.text import content_words

    index = StoryIndex()
    for headline, when in replay(rows, STORED):
        index.assign(StoryItem(headline, when))
    timed = replay(rows, TIMED, start_round=STORED // len(rows) + 1)
    started = time.perf_counter()
    for headline, when in timed:
        index.assign(StoryItem(headline, when))
    assign_s = time.perf_counter() - started
    started = time.perf_counter()
    for headline, _ in timed:
        content_words(headline)
    baseline_s = time.perf_counter() - started
    return {
        "assign_per_s": round(TIMED / assign_s, 1),
        "assign_vs_tokenise": round(assign_s / baseline_s, 1),
        "stories_before": len(index.stories),
    }


def speed_with_store(rows: list[dict[str, str]]) -> dict[str, float]:
    from newsdesk.records import Article, ExtractedTime, RawDocument
    from newsdesk.store import articles as article_store
    from newsdesk.store.db import Store
    from newsdesk.stories.group import StoryGrouper

    def save(conn: Any, n: int, headline: str, when: datetime) -> Article:
        raw = RawDocument(f"{n}\n{headline}".encode(), "text/plain", when)
        article = Article(
            headline=headline,
            body="",
            published=ExtractedTime(when, "exact", "second"),
            url=f"https://bench.example/{n}",
        )
        article_store.save_articles(conn, article_store.insert_raw(conn, raw), [article])
        return article

    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{folder}/bench.db")
        grouper = StoryGrouper()
        with store.begin() as conn:
            for n, (headline, when) in enumerate(replay(rows, STORED)):
                grouper.group(conn, save(conn, n, headline, when))
        timed = replay(rows, TIMED, start_round=STORED // len(rows) + 1)
        with store.begin() as conn:
            articles = [save(conn, STORED + n, h, w) for n, (h, w) in enumerate(timed)]
        fresh = StoryGrouper()  # a new process: loads the stored state once
        started = time.perf_counter()
        with store.connect() as conn:
            fresh._load(conn)
        load_s = time.perf_counter() - started
        half = TIMED // 2
        # As in ingest: grouping runs inside the transaction that stores the article,
        # so its own cost is the statements it adds, not a commit.
        started = time.perf_counter()
        with store.begin() as conn:
            for article in articles[:half]:
                fresh.group(conn, article)
        in_txn_s = time.perf_counter() - started
        # One transaction (and commit) per article, on top.
        started = time.perf_counter()
        for article in articles[half:]:
            with store.begin() as conn:
                fresh.group(conn, article)
        per_txn_s = time.perf_counter() - started
        store.close()
    return {
        "assign_store_per_s": round(half / in_txn_s, 1),
        "assign_store_commit_each_per_s": round((TIMED - half) / per_txn_s, 1),
        "state_load_s": round(load_s, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--skip-store", action="store_true", help="skip the SQLite timing")
    parser.add_argument(
        "--ablations", action="store_true", help="also score settings changed one at a time"
    )
    args = parser.parse_args()
    rows = load_rows(args.shared)
    quality = accuracy(rows)
    if args.ablations:
        quality["ablations"] = ablations(rows)
    speed = speed_in_memory(rows)
    if not args.skip_store:
        speed |= speed_with_store(rows)
    result = {
        **{k: quality["all"][k] for k in ("pairwise_f1", "pairwise_p", "pairwise_r", "bcubed_f1")},
        "assign_per_s": speed["assign_per_s"],
        "detail": {"accuracy": quality, "speed": speed, "stored": STORED, "timed": TIMED},
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
