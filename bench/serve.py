"""Serving latency with 10,000 stored articles: p95 of /api/search and of the article page.

The articles are synthetic (made up here, with a seeded generator: a news vocabulary, made-up
words, entities with their mentions and one quote each) and are written through the store
functions (raw documents, articles, analysis), not the slow full pipeline. A real server
(`newsdesk serve`, uvicorn) answers over loopback; requests are sent one at a time.

The baseline, measured against the same server in the same run, is a static file
(`/static/style.css`): latencies are also given as ratios to it.

    .venv/bin/python bench/serve.py [--articles 10000] [--requests 300] [--db URL]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from newsdesk.records import Analysis, Article, Entity, ExtractedTime, Mention, Quote, RawDocument
from newsdesk.store import analysis as analysis_store
from newsdesk.store import articles as article_store
from newsdesk.store.db import Store

ROOT = Path(__file__).resolve().parents[1]
RESULTS_JSON = ROOT / "bench" / "results" / "serve.json"
RESULTS_MD = ROOT / "bench" / "RESULTS.md"

NEWS_TEXT = """talks agreement parliament budget river flood police court ruling election campaign
market prices fuel ministry spokesman reported officials residents province capital border
ceasefire negotiations delegation security trade exports wheat harvest port strike union
protest minister government opposition senate report inquiry hospital school teachers students
water power outage railway highway convoy relief aid drought rain storm earthquake villages
district council mayor governor army troops"""
NEWS_WORDS = NEWS_TEXT.split()
FILLER_TEXT = "the of and to in a on for with as by at from that was were has had is are"
FILLER = FILLER_TEXT.split()
SOURCES = [f"source-{n:02d}" for n in range(12)]
KINDS = ("person", "organisation", "place")


def made_up_words(rng: random.Random, count: int) -> list[str]:
    syllables = ["ka", "ri", "to", "ma", "len", "sor", "vi", "da", "nu", "pe", "gal", "tes"]
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def entity_pool(rng: random.Random, words: list[str], count: int = 300) -> list[Entity]:
    pool = []
    for number in range(count):
        kind = KINDS[number % 3]
        name = " ".join(w.capitalize() for w in rng.sample(words, 2))
        pool.append(Entity(key=f"{kind}:{name.lower()}", name=name, kind=kind, aliases=[name]))
    return pool


def synthetic(count: int, seed: int = 20251112) -> Iterator[tuple[RawDocument, Article, Analysis]]:
    """``count`` made-up articles with their analysis (offsets point into the body)."""
    rng = random.Random(seed)
    words = made_up_words(rng, 3000)
    entities = entity_pool(rng, words)
    # Zipf-like weights: a few words are everywhere, most are rare.
    vocabulary = NEWS_WORDS + words
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(vocabulary))]
    start = datetime(2025, 9, 1, tzinfo=UTC)
    for number in range(count):
        chosen = rng.sample(entities, 4)
        parts: list[str] = []
        mentions: list[Mention] = []
        quotes: list[Quote] = []
        size = 0
        for paragraph in range(rng.randint(4, 7)):
            if paragraph:
                parts.append("\n\n")
                size += 2
            for sentence in range(rng.randint(2, 4)):
                tokens = rng.choices(vocabulary, weights, k=rng.randint(10, 22))
                tokens = [t if rng.random() > 0.35 else rng.choice(FILLER) for t in tokens]
                text = " ".join(tokens).capitalize() + ". "
                if sentence == 0:
                    entity = chosen[paragraph % 4]
                    text = entity.name + " " + text
                    mentions.append(
                        Mention(size, size + len(entity.name), entity.name, entity.kind, entity.key)
                    )
                if paragraph == 1 and sentence == 1:
                    speaker = chosen[0]
                    said = " ".join(rng.choices(vocabulary, weights, k=12))
                    text = f"{speaker.name} said “{said}.” "
                    quotes.append(
                        Quote(
                            start=size,
                            end=size + len(text) - 1,
                            content=said + ".",
                            speaker=speaker.name,
                            speaker_kind="named_person",
                            cue="said",
                            direct=True,
                            speaker_entity=speaker.key,
                            speaker_start=size,
                            speaker_end=size + len(speaker.name),
                            content_start=size + len(speaker.name) + 7,
                            content_end=size + len(speaker.name) + 7 + len(said) + 1,
                        )
                    )
                    mentions.append(
                        Mention(
                            size, size + len(speaker.name), speaker.name, speaker.kind, speaker.key
                        )
                    )
                parts.append(text)
                size += len(text)
        body = "".join(parts).strip()
        headline = " ".join(rng.choices(vocabulary, weights, k=rng.randint(7, 12))).capitalize()
        published = start + timedelta(minutes=rng.randint(0, 60 * 24 * 80))
        url = f"https://news.example/{number}"
        raw = RawDocument(
            content=f"{headline}\n\n{body}".encode(),
            media_type="text/plain",
            fetched_at=published + timedelta(hours=1),
            url=url,
            source=rng.choice(SOURCES),
        )
        article = Article(
            headline=headline,
            body=body,
            authors=[rng.choice(entities[::3]).name],
            published=ExtractedTime(published, "exact", "minute", "bench"),
            url=url,
            canonical_url=url,
            source=raw.source,
            language="en",
            captured_at=raw.fetched_at,
            captured_at_method="given",
        )
        analysis = Analysis(mentions=mentions, entities=chosen, quotes=quotes)
        yield raw, article, analysis


ANALYSED_EVERY = 5
"""Every 5th article gets its analysis stored too (storing analysis costs ~20 ms an article,
which would make filling 10,000 take minutes); article pages are measured on those."""


def fill(url: str, count: int, batch: int = 500) -> float:
    """Store ``count`` synthetic articles through the store functions; returns seconds."""
    store = Store(url)
    began = time.perf_counter()
    items = synthetic(count)
    try:
        while True:
            chunk = [item for _, item in zip(range(batch), items, strict=False)]
            if not chunk:
                break
            with store.begin() as conn:
                for raw, article, analysis in chunk:
                    raw_id = article_store.insert_raw(conn, raw)
                    saved = article_store.save_articles(conn, raw_id, [article])
                    if saved[0].id % ANALYSED_EVERY == 0:
                        analysis_store.save_analysis(conn, saved[0].id, analysis)
    finally:
        store.close()
    return time.perf_counter() - began


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(url: str, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsdesk.cli", "--db", url, "serve", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/static/style.css", timeout=2).status_code == 200:
                return process, base
        except httpx.HTTPError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit(f"server did not start: {log.read_text()}")


def timed(client: httpx.Client, paths: list[str]) -> list[float]:
    """Milliseconds per request, one request at a time; every answer must be a 200."""
    found = []
    for path in paths:
        began = time.perf_counter()
        response = client.get(path)
        found.append((time.perf_counter() - began) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{path}: HTTP {response.status_code}: {response.text[:300]}")
    return found


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def queries(rng: random.Random, client: httpx.Client) -> list[str]:
    """A mix: very common words, rarer ones, two words, a phrase, an excluded word, names."""
    words = made_up_words(random.Random(20251112), 3000)
    names = [e["name"] for e in client.get("/api/entities", params={"limit": 40}).json()["items"]]
    mix = ["talks", "officials", "flood relief", '"border security"', "election -court"]
    mix += rng.sample(NEWS_WORDS, 10) + rng.sample(words[:200], 10) + rng.sample(words, 10)
    mix += rng.sample(names, 10)
    return mix


def summary(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(values), 2),
        "p95_ms": round(percentile(values, 95), 2),
        "max_ms": round(max(values), 2),
    }


def run(url: str, count: int, requests: int, folder: Path) -> dict[str, object]:
    seconds = fill(url, count)
    print(f"stored {count} articles in {seconds:.1f} s", file=sys.stderr)
    process, base = serve(url, folder / "server.log")
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            rng = random.Random(7)
            ids = [rng.randrange(ANALYSED_EVERY, count, ANALYSED_EVERY) for _ in range(300)]
            search_mix = queries(rng, client)
            search = [f"/api/search?{httpx.QueryParams({'q': q})}" for q in search_mix]
            pages = [f"/articles/{i}" for i in ids]
            # Warm up (first requests pay for imports and caches), then measure.
            timed(client, search[:10] + pages[:10] + ["/static/style.css"] * 10)
            baseline = timed(client, ["/static/style.css"] * requests)
            search_ms = timed(client, [search[i % len(search)] for i in range(requests)])
            page_ms = timed(client, [pages[i % len(pages)] for i in range(requests)])
            lists = ["/", *(f"/?source={name}" for name in SOURCES)]
            latest_ms = timed(client, [lists[i % len(lists)] for i in range(requests)])
            matches = [client.get(p).json()["total"] for p in search]
    finally:
        process.terminate()
        process.wait(timeout=15)
    base_p95 = percentile(baseline, 95)
    return {
        "articles": count,
        "requests_per_endpoint": requests,
        "fill_seconds": round(seconds, 1),
        "search_p95_ms": round(percentile(search_ms, 95), 2),
        "article_page_p95_ms": round(percentile(page_ms, 95), 2),
        "search": summary(search_ms),
        "article_page": summary(page_ms),
        "latest_page": summary(latest_ms),
        "baseline_static_file": summary(baseline),
        "search_p95_vs_baseline": round(percentile(search_ms, 95) / base_p95, 1),
        "article_page_p95_vs_baseline": round(percentile(page_ms, 95) / base_p95, 1),
        "latest_p95_vs_baseline": round(percentile(latest_ms, 95) / base_p95, 1),
        "search_matches": {
            "min": min(matches),
            "median": statistics.median(matches),
            "max": max(matches),
        },
        "database": re.sub(r"//[^@/]*@", "//", url.split("?")[0]),
        "measured_at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def _matches(result: dict[str, object]) -> str:
    found = result["search_matches"]
    assert isinstance(found, dict)
    return f"{found['min']:,} to {found['max']:,}, median {found['median']:,}"


def write_markdown(result: dict[str, object], command: str) -> None:
    search = result["search"]
    page = result["article_page"]
    base = result["baseline_static_file"]
    latest = result["latest_page"]
    assert isinstance(search, dict) and isinstance(page, dict) and isinstance(base, dict)
    assert isinstance(latest, dict)
    met = (
        float(str(result["search_p95_ms"])) < 100
        and float(str(result["article_page_p95_ms"])) < 100
    )
    rows = [
        ("`/api/search` (snippets + facet counts)", search, result["search_p95_vs_baseline"]),
        ("`/articles/{id}` (HTML page)", page, result["article_page_p95_vs_baseline"]),
        ("`/` latest page (and `?source=`)", latest, result["latest_p95_vs_baseline"]),
        ("`/static/style.css` (baseline, same run)", base, 1),
    ]
    table = "\n".join(
        f"| {name} | {f['p50_ms']} | **{f['p95_ms']}** | {f['max_ms']} | {ratio}x |"
        for name, f, ratio in rows
    )
    section = f"""<!-- BEGIN serve -->
## Serving latency (JSON API and pages)

Command: `{command}` (run {result["measured_at"]}), figures in `bench/results/serve.json`.

{result["articles"]:,} synthetic articles stored through the store functions in SQLite
(every {ANALYSED_EVERY}th with its analysis: entities, mentions, a quote); a real
`newsdesk serve` (uvicorn) on loopback; {result["requests_per_endpoint"]} sequential requests
per endpoint after a warm-up. Search queries mix common and rare words, two-word queries, a
phrase, an exclusion and entity names (matches per query: {_matches(result)});
article pages are 300 random ids among the articles stored with their analysis, rendered
with highlights.

| endpoint | p50 ms | p95 ms | max ms | p95 vs static file |
|---|---|---|---|---|
{table}

Acceptance (p95 under 100 ms for both with 10,000 articles): **{"met" if met else "NOT met"}**.
Filling the database took {result["fill_seconds"]} s.
<!-- END serve -->"""
    text = RESULTS_MD.read_text() if RESULTS_MD.exists() else "# Benchmark results\n"
    begin, end = "<!-- BEGIN serve -->", "<!-- END serve -->"
    if begin in text and end in text:
        text = text[: text.index(begin)] + section + text[text.index(end) + len(end) :]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    RESULTS_MD.write_text(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--db", help="SQLAlchemy URL of an EMPTY database (default: temp SQLite)")
    parser.add_argument("--no-write", action="store_true", help="Print only; write no results.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-serve-") as tmp:
        folder = Path(tmp)
        url = args.db or f"sqlite:///{folder / 'bench.db'}"
        result = run(url, args.articles, args.requests, folder)
    print(json.dumps(result, indent=2))
    if not args.no_write:
        RESULTS_JSON.parent.mkdir(parents=True, exist_ok=True)
        RESULTS_JSON.write_text(json.dumps(result, indent=2) + "\n")
        command = "make bench-serve"
        if args.articles != 10_000 or args.requests != 300 or args.db:
            command = "python bench/serve.py " + " ".join(sys.argv[1:])
        write_markdown(result, command)


if __name__ == "__main__":
    main()
