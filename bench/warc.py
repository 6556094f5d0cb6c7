"""Memory and speed of WARC streaming (``newsdesk.acquire.warc.iter_warc``).

Generates a WARC of at least 200 MB in a temporary folder (article pages of
realistic size, plus the noise a crawl holds: request records, 404s, images,
redirects, and a few responses larger than the input limit), then reads it in a
fresh child process and records that process's peak RSS. The baseline is plain
warcio reading every record's body, in another child on the same file in the
same run; the speed figure is reported as a ratio against it. The file is
deleted afterwards.

    make bench-warc                 # or: .venv/bin/python bench/warc.py [--mb 200] [--gzip]

Writes bench/results/warc.json and the "warc" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "fixtures" / "acquire" / "pages"
RESULTS_JSON = ROOT / "bench" / "results" / "warc.json"
RESULTS_MD = ROOT / "bench" / "RESULTS.md"
LIMIT_MB = 500

WORDS = [
    "minister",
    "council",
    "harbour",
    "strike",
    "union",
    "talks",
    "agreement",
    "parliament",
    "budget",
    "river",
    "flood",
    "police",
    "court",
    "ruling",
    "election",
    "campaign",
    "market",
    "prices",
    "fuel",
    "ministry",
    "spokesman",
    "reported",
    "said",
    "officials",
    "residents",
    "province",
    "capital",
    "border",
    "ceasefire",
    "negotiations",
    "delegation",
]


def _padding(rng: random.Random, size: int) -> bytes:
    """Boilerplate of a real page: navigation, related links, inline script and JSON."""
    parts: list[str] = []
    total = 0
    while total < size:
        words = " ".join(rng.choices(WORDS, k=12))
        chunk = (
            f'<li class="related"><a href="/news/{rng.randrange(10**6)}.html">{words}</a></li>\n'
            f'<script>window.dataLayer.push({{"slot": {rng.randrange(10**6)}, '
            f'"topic": "{rng.choice(WORDS)}"}});</script>\n'
        )
        parts.append(chunk)
        total += len(chunk)
    return "".join(parts).encode()


def generate(path: Path, target_mb: int, gzip: bool) -> dict[str, int]:
    """Write a WARC of at least ``target_mb`` MB; return counts by kind."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(20251112)
    templates = [p.read_bytes() for p in sorted(PAGES.glob("*.html"))]
    paddings = [_padding(rng, rng.randrange(40_000, 160_000)) for _ in range(64)]
    start = datetime(2025, 11, 12, tzinfo=UTC)
    counts = {"html_200": 0, "oversized": 0, "other": 0}

    def response(writer: WARCWriter, url: str, body: bytes, status: str, ctype: str) -> None:
        http = StatusAndHeaders(
            status, [("Content-Type", ctype), ("Content-Length", str(len(body)))], "HTTP/1.1"
        )
        when = start + timedelta(seconds=sum(counts.values()))
        record = writer.create_warc_record(
            url,
            "response",
            payload=BytesIO(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": when.strftime("%Y-%m-%dT%H:%M:%SZ")},
        )
        writer.write_record(record)

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        i = 0
        while out.tell() < target_mb * 1024 * 1024:
            url = f"https://ledger.example/news/{i}.html"
            page = templates[i % len(templates)]
            body = page.replace(b"</main>", b"<ul>" + paddings[i % len(paddings)] + b"</ul></main>")
            body = body.replace(b"</body>", f"<!-- {i} --></body>".encode())
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "request",
                    payload=BytesIO(b""),
                    http_headers=StatusAndHeaders(
                        "GET / HTTP/1.1", [("Host", "ledger.example")], is_http_request=True
                    ),
                )
            )
            response(writer, url, body, "200 OK", "text/html; charset=utf-8")
            counts["html_200"] += 1
            if i % 50 == 0:
                response(writer, url + "?x", b"not found", "404 Not Found", "text/html")
                response(writer, url + ".jpg", rng.randbytes(30_000), "200 OK", "image/jpeg")
                counts["other"] += 2
            if i % 500 == 250:  # a 25 MB page: over the 20 MB input limit, must be skipped
                huge = body.replace(b"</main>", b"<p>" + b"x" * (25 * 1024 * 1024) + b"</p></main>")
                response(writer, url + "?huge", huge, "200 OK", "text/html")
                counts["oversized"] += 1
            i += 1
    return counts


def measure(path: Path, mode: str) -> dict[str, float]:
    """Read the WARC in this (fresh) process; return records, seconds, peak RSS."""
    from warcio.archiveiterator import ArchiveIterator

    from newsdesk.acquire.warc import iter_warc

    began = time.perf_counter()  # after the imports: they are not reading
    records = 0
    size = 0
    if mode == "newsdesk":
        for doc in iter_warc(path, source="bench"):
            records += 1
            size += len(doc.content)
    else:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    records += 1
                    size += len(record.content_stream().read())
    seconds = time.perf_counter() - began
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return {"records": records, "seconds": seconds, "peak_rss_mb": peak_kb / 1024, "bytes": size}


def measure_pipeline(path: Path, limit: int) -> dict[str, float]:
    """``newsdesk ingest`` of the first ``limit`` records (extract, analyse, store, group)
    into a scratch database: peak RSS, and the RSS after the first tenth (for growth)."""
    import itertools

    import psutil

    from newsdesk.config import Settings
    from newsdesk.pipeline import Pipeline

    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-db-") as tmp:
        pipeline = Pipeline(Settings(db_url=f"sqlite:///{tmp}/bench.db"))
        began = time.perf_counter()
        early_rss = 0.0
        records = failed = 0
        for outcome in itertools.islice(pipeline.ingest_paths([path], source="bench"), limit):
            records += 1
            failed += 0 if outcome.ok else 1
            if records == max(1, limit // 10):
                early_rss = psutil.Process().memory_info().rss / 1024 / 1024
        seconds = time.perf_counter() - began
        pipeline.store.close()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "records": records,
        "failed": failed,
        "seconds": seconds,
        "peak_rss_mb": peak_kb / 1024,
        "early_rss_mb": early_rss,
        "end_rss_mb": psutil.Process().memory_info().rss / 1024 / 1024,
    }


def run_child(path: Path, mode: str, limit: int = 0) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--measure", str(path), "--mode", mode, "--limit", str(limit)],
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _pipeline_text(figures: object) -> str:
    if not isinstance(figures, dict):
        return "Only reading is measured: extraction and storage are not part of these figures.\n"
    return (
        f"Through the whole pipeline (`newsdesk ingest`: extract, analyse, store, group) the "
        f"first {figures['records']} records of the same WARC ({figures['failed']} failed) went "
        f"in at {figures['records_per_s']} records/s with a peak RSS of "
        f"{figures['peak_rss_mb']} MB; RSS after the first tenth "
        f"{figures['rss_after_first_tenth_mb']} MB, at the end {figures['rss_at_end_mb']} MB "
        "(the analysis models and gazetteer are most of it, loaded once)"
        + (
            f": above {LIMIT_MB} MB, so the limit holds for reading, not for the whole "
            "pipeline with analysis.\n"
            if figures["peak_rss_mb"] >= LIMIT_MB
            else ".\n"
        )
    )


def write_markdown(result: dict[str, object], command: str) -> None:
    section = (
        "<!-- BEGIN warc -->\n"
        "## WARC streaming (acquire)\n\n"
        f"Command: `{command}` (run {result['run_at']}).\n\n"
        f"A generated WARC of {result['warc_mb']} MB ({'gzip' if result['gzip'] else 'plain'}; "
        f"{result['records']} HTML/200 response records kept out of {result['responses']} "
        f"responses, {result['oversized_skipped']} records over the 20 MB input limit skipped) "
        "read by `iter_warc` in a fresh process:\n\n"
        "| figure | value |\n|---|---|\n"
        f"| peak RSS | {result['peak_rss_mb']} MB (limit {LIMIT_MB} MB: "
        f"{'met' if result['under_limit'] else 'NOT met'}) |\n"
        f"| records per second | {result['records_per_s']} |\n"
        f"| speed vs plain warcio reading every response body (same run) | "
        f"{result['speed_ratio_vs_warcio']}x |\n"
        f"| baseline peak RSS (plain warcio) | {result['baseline_peak_rss_mb']} MB |\n\n"
        f"{_pipeline_text(result.get('pipeline'))}"
        "<!-- END warc -->\n"
    )
    text = RESULTS_MD.read_text() if RESULTS_MD.exists() else "# Benchmark results\n"
    begin, end = text.find("<!-- BEGIN warc -->"), text.find("<!-- END warc -->")
    if begin != -1 and end != -1:
        text = text[:begin] + section + text[end + len("<!-- END warc -->\n") :]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    RESULTS_MD.write_text(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200, help="Minimum WARC size in MB.")
    parser.add_argument("--gzip", action="store_true", help="Per-record gzip (as CC-NEWS).")
    parser.add_argument(
        "--pipeline",
        type=int,
        default=0,
        metavar="N",
        help="Also ingest the first N records through the whole pipeline and record its RSS.",
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--mode", default="newsdesk", help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        if args.mode == "pipeline":
            print(json.dumps(measure_pipeline(args.measure, args.limit)))
        else:
            print(json.dumps(measure(args.measure, args.mode)))
        return

    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-warc-") as tmp:
        path = Path(tmp) / ("bench.warc.gz" if args.gzip else "bench.warc")
        counts = generate(path, args.mb, args.gzip)
        warc_mb = path.stat().st_size / 1024 / 1024
        ours = run_child(path, "newsdesk")
        base = run_child(path, "warcio")
        whole = run_child(path, "pipeline", args.pipeline) if args.pipeline else None
    per_s = ours["records"] / ours["seconds"]
    base_per_s = base["records"] / base["seconds"]
    result: dict[str, object] = {
        "warc_mb": round(warc_mb, 1),
        "gzip": args.gzip,
        "records": int(ours["records"]),
        "responses": int(base["records"]),
        "expected_records": counts["html_200"],
        "oversized_skipped": counts["oversized"],
        "peak_rss_mb": round(ours["peak_rss_mb"], 1),
        "records_per_s": round(per_s, 1),
        "baseline_records_per_s": round(base_per_s, 1),
        "baseline_peak_rss_mb": round(base["peak_rss_mb"], 1),
        "speed_ratio_vs_warcio": round(per_s / base_per_s, 2),
        "under_limit": ours["peak_rss_mb"] < LIMIT_MB,
        "run_at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
    if whole is not None:
        result["pipeline"] = {
            "records": int(whole["records"]),
            "failed": int(whole["failed"]),
            "records_per_s": round(whole["records"] / whole["seconds"], 2),
            "peak_rss_mb": round(whole["peak_rss_mb"], 1),
            "rss_after_first_tenth_mb": round(whole["early_rss_mb"], 1),
            "rss_at_end_mb": round(whole["end_rss_mb"], 1),
        }
    RESULTS_JSON.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_JSON.write_text(json.dumps(result, indent=2) + "\n")
    extra = " ".join(
        part
        for part in (
            f"--mb {args.mb}" if args.mb != 200 else "",
            "--gzip" if args.gzip else "",
            f"--pipeline {args.pipeline}" if args.pipeline else "",
        )
        if part
    )
    command = "make bench-warc" + (f" ARGS='{extra}'" if extra else "")
    write_markdown(result, command)
    print(json.dumps(result, indent=2))
    if int(ours["records"]) != counts["html_200"]:
        sys.exit(f"expected {counts['html_200']} records, read {int(ours['records'])}")


if __name__ == "__main__":
    main()
