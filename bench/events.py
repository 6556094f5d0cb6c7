"""PLOVER event coding accuracy on the PLOVER gold standard records, and its speed.

Accuracy: every sentence of ../shared/bench/events/plover_gsr/plover_gsr.jsonl
(322 sentences, each coded by the PLOVER authors with exactly one event) is
coded with ``newsdesk.code_events``; the sentence's *primary* event (the first
one returned: the highest trigger in the parse) is compared with the gold:

- event type: accuracy and macro-F1 over the 16 types (a sentence with no
  predicted event counts as a miss for its gold type);
- quad class (verbal/material cooperation/conflict): accuracy;
- actor (recipient) country match: over gold records with at least one actor
  (recipient) code, the share where some gold code (ISO alpha-3, or 'IGO') is
  among the predicted codes; ``*_exact`` requires the same set of codes;
- location match: over gold records with an event_loc, the share where the
  predicted location's name equals the gold name (case-insensitive).

The rules were written from the PLOVER manual, codebook and CAMEO mapping; the
gold sentences are test data only.

Speed: the bodies of the scrapinghub extraction benchmark (ground-truth
articleBody) run through the analyse stage (parse + entities) and then the event
coder, in the same process; ``events_vs_analyse`` is coder time / analyse time.

    .venv/bin/python bench/events.py [--limit N] [--speed-limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from newsdesk.analyse.events import code_article, code_events, parse_article
from newsdesk.analyse.plover_lexicon import EVENT_TYPES, QUAD
from newsdesk.records import Article

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"
GOLD = SHARED / "events" / "plover_gsr" / "plover_gsr.jsonl"
RESULTS = ROOT / "bench" / "results" / "events.json"


def _codes(actors: list[dict[str, Any]]) -> set[str]:
    return {a["code"] for a in actors if a.get("code")}


def macro_f1(pairs: list[tuple[str, str | None]]) -> tuple[float, dict[str, float]]:
    per: dict[str, float] = {}
    for label in EVENT_TYPES:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        if tp + fp + fn == 0:
            continue
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[label] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return sum(per.values()) / len(per), per


def load_gold(split: str) -> list[dict[str, Any]]:
    """All rows, or the 'dev' half (odd lines: the only rows whose errors were ever looked
    at while writing rules) or the held-out 'test' half (even lines)."""
    rows = [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]
    if split == "dev":
        return rows[0::2]
    if split == "test":
        return rows[1::2]
    return rows


def _code_rows(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any] | None], int, float]:
    """The primary predicted event of each gold sentence, events predicted, seconds."""
    tops: list[dict[str, Any] | None] = []
    n_events = 0
    started = time.perf_counter()
    for row in rows:
        records = code_events(row["text"])
        n_events += len(records)
        tops.append(records[0] if records else None)
    return tops, n_events, time.perf_counter() - started


def _metrics(rows: list[dict[str, Any]], tops: list[dict[str, Any] | None]) -> dict[str, Any]:
    pairs: list[tuple[str, str | None]] = []
    quad_ok = actor_hit = actor_exact = actor_n = 0
    rec_hit = rec_exact = rec_n = loc_hit = loc_n = 0
    for row, top in zip(rows, tops, strict=True):
        predicted = top["event"] if top else None
        pairs.append((row["event"], predicted))
        quad_ok += bool(predicted and QUAD[predicted] == QUAD[row["event"]])
        gold_actors = {a["code"] for a in row["actor"] if a.get("code")}
        if gold_actors:
            actor_n += 1
            got = _codes(top["actor"]) if top else set()
            actor_hit += bool(got & gold_actors)
            actor_exact += got == gold_actors
        gold_recs = {a["code"] for a in row["recipient"] if a.get("code")}
        if gold_recs:
            rec_n += 1
            got = _codes(top["recipient"]) if top else set()
            rec_hit += bool(got & gold_recs)
            rec_exact += got == gold_recs
        if row.get("event_loc"):
            loc_n += 1
            gold_name = re.sub(r"^(province|town|city) of ", "", row["event_loc"]["name"].lower())
            got_loc = (top or {}).get("event_loc") or {}
            loc_hit += bool(got_loc) and str(got_loc.get("name", "")).lower() == gold_name
    f1, per = macro_f1(pairs)
    n = len(rows)
    return {
        "sentences": n,
        "sentences_without_event": sum(1 for _, p in pairs if p is None),
        "event_accuracy": round(sum(1 for g, p in pairs if g == p) / n, 4),
        "event_macro_f1": round(f1, 4),
        "event_f1_per_type": {k: round(v, 3) for k, v in sorted(per.items())},
        "quad_accuracy": round(quad_ok / n, 4),
        "actor_country_match": round(actor_hit / actor_n, 4) if actor_n else None,
        "actor_country_exact": round(actor_exact / actor_n, 4) if actor_n else None,
        "actor_gold_n": actor_n,
        "recipient_country_match": round(rec_hit / rec_n, 4) if rec_n else None,
        "recipient_country_exact": round(rec_exact / rec_n, 4) if rec_n else None,
        "recipient_gold_n": rec_n,
        "location_match": round(loc_hit / loc_n, 4) if loc_n else None,
        "location_gold_n": loc_n,
        "confusion": dict(Counter(f"{g}->{p}" for g, p in pairs if g != p).most_common(25)),
    }


_SPLIT_KEYS = (
    "sentences", "event_accuracy", "event_macro_f1", "quad_accuracy", "actor_country_match",
    "recipient_country_match", "location_match",
)  # fmt: skip


def score_gold(limit: int | None) -> dict[str, Any]:
    """Metrics on all gold sentences, and on the dev (odd lines) and test (even lines) halves."""
    rows = load_gold("all")
    rows = rows[:limit] if limit else rows
    tops, n_events, elapsed = _code_rows(rows)
    result = {"split": "all", "gold_events_per_sentence": 1, "predicted_events": n_events}
    result.update(_metrics(rows, tops))
    result["sentences_per_s"] = round(len(rows) / elapsed, 2)
    result["sentences_per_s_note"] = "end to end: parse + analysis + event coding, one a call"
    result["splits"] = {
        name: {k: v for k, v in _metrics(rows[i::2], tops[i::2]).items() if k in _SPLIT_KEYS}
        for i, name in ((0, "dev"), (1, "test"))
    }
    return result


def show_dev_errors(limit: int | None, types: bool, actors: bool, recipients: bool = False) -> None:
    """Print the dev half's misses (the only gold rows ever inspected while writing rules)."""
    rows = load_gold("dev")
    rows = rows[:limit] if limit else rows
    tops, _, _ = _code_rows(rows)
    for row, top in zip(rows, tops, strict=True):
        predicted = top["event"] if top else None
        if types and predicted != row["event"]:
            print(f"{row['event']:>9} -> {predicted!s:9} | {row['text'][:150]}", file=sys.stderr)
        gold_actors = {a["code"] for a in row["actor"] if a.get("code")}
        if actors and gold_actors and not (top and _codes(top["actor"]) & gold_actors):
            got = [(a["text"], a["code"]) for a in top["actor"]] if top else None
            print(f"ACTOR {sorted(gold_actors)} got {got} | {row['text'][:130]}", file=sys.stderr)
        gold_recs = {a["code"] for a in row["recipient"] if a.get("code")}
        if recipients and gold_recs and not (top and _codes(top["recipient"]) & gold_recs):
            got = [(a["text"], a["code"]) for a in top["recipient"]] if top else None
            print(f"RECIP {sorted(gold_recs)} got {got} | {row['text'][:130]}", file=sys.stderr)


def show_test_summary() -> None:
    """Aggregate counts of the test half's misses by kind (never its sentences)."""
    rows = load_gold("test")
    tops: list[dict[str, Any] | None] = []
    secondary = 0
    for row in rows:
        records = code_events(row["text"])
        tops.append(records[0] if records else None)
        wrong = records and records[0]["event"] != row["event"]
        secondary += bool(wrong and any(r["event"] == row["event"] for r in records[1:]))
    m = _metrics(rows, tops)
    no_event = Counter(r["event"] for r, t in zip(rows, tops, strict=True) if t is None)
    actor = Counter()
    for row, top in zip(rows, tops, strict=True):
        gold = {a["code"] for a in row["actor"] if a.get("code")}
        if not gold:
            continue
        if top is None:
            actor["no event"] += 1
        elif not (_codes(top["actor"]) & gold):
            kind = "wrong type" if top["event"] != row["event"] else "right type"
            if not top["actor"]:
                actor[f"no actor ({kind})"] += 1
            elif not _codes(top["actor"]):
                actor[f"actor without code ({kind})"] += 1
            else:
                actor[f"wrong code ({kind})"] += 1
    print(
        json.dumps(
            {
                "test_sentences": m["sentences"],
                "macro_f1": m["event_macro_f1"],
                "accuracy": m["event_accuracy"],
                "quad": m["quad_accuracy"],
                "actor": m["actor_country_match"],
                "recipient": m["recipient_country_match"],
                "no_event_by_gold_type": dict(no_event.most_common()),
                "gold_type_among_secondary_events": secondary,
                "f1_per_type": m["event_f1_per_type"],
                "confusion": dict(
                    Counter(
                        f"{r['event']}->{t['event'] if t else None}"
                        for r, t in zip(rows, tops, strict=True)
                        if not t or t["event"] != r["event"]
                    ).most_common()
                ),
                "actor_misses": dict(actor.most_common()),
            },
            indent=1,
        )
    )


def score_speed(limit: int | None) -> dict[str, Any]:
    truth = json.loads((SHARED / "extraction" / "scrapinghub" / "ground-truth.json").read_text())
    bodies = [v["articleBody"] for v in truth.values() if v.get("articleBody")]
    bodies = bodies[:limit] if limit else bodies
    articles = [Article(headline="", body=b) for b in bodies]
    parse_article(Article(headline="", body="Warm-up sentence in Paris."))
    analyse_s = events_s = 0.0
    n_events = n_sentences = 0
    for art in articles:
        t0 = time.perf_counter()
        doc, analysis = parse_article(art)
        # A body that is not English is only tokenised (no sentences, no events).
        n_sentences += sum(1 for _ in doc.sents) if doc.has_annotation("SENT_START") else 0
        t1 = time.perf_counter()
        n_events += len(code_article(art, doc, analysis))
        t2 = time.perf_counter()
        analyse_s += t1 - t0
        events_s += t2 - t1
    return {
        "speed_articles": len(articles),
        "speed_events": n_events,
        "analyse_s": round(analyse_s, 3),
        "events_s": round(events_s, 3),
        "events_vs_analyse": round(events_s / analyse_s, 4),
        "events_articles_per_s": round(len(articles) / events_s, 1) if events_s else None,
        "events_sentences_per_s": round(n_sentences / events_s, 1) if events_s else None,
        "events_per_s": round(n_events / events_s, 1) if events_s else None,
        "speed_note": "coder time alone over parsed articles; analyse = parse + entities + quotes",
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="gold sentences (default: all)")
    ap.add_argument("--speed-limit", type=int, default=None, help="scrapinghub bodies")
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--errors", action="store_true", help="print the dev half's type misses")
    ap.add_argument("--actor-errors", action="store_true", help="print the dev half's actor misses")
    ap.add_argument(
        "--recipient-errors", action="store_true", help="print the dev half's recipient misses"
    )
    ap.add_argument(
        "--test-summary",
        action="store_true",
        help="aggregate counts of the test half's misses by kind (no sentences)",
    )
    args = ap.parse_args()
    if not GOLD.exists():
        sys.exit(f"gold data not found: {GOLD}")
    if args.test_summary:
        show_test_summary()
        return
    if args.errors or args.actor_errors or args.recipient_errors:
        show_dev_errors(args.limit, args.errors, args.actor_errors, args.recipient_errors)
        return
    result = score_gold(args.limit)
    if not args.skip_speed:
        result.update(score_speed(args.speed_limit))
    if not args.skip_speed and args.limit is None:
        # Only a full run is the record: a quick check must not overwrite it.
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "confusion"}, indent=2))


if __name__ == "__main__":
    main()
