"""HTML extraction benchmark: newsdesk vs trafilatura 2.3 (default settings), same run.

Sets (../shared/bench/extraction/): scrapinghub (body), wcxb-dev (body, title, author,
date), htmldate (date). Scoring is identical for both systems:

- body ('f1', 'precision', 'recall'): scrapinghub/article-extraction-benchmark's evaluate.py
  exactly: \\w+ tokens, multiset of word 4-grams, per-page precision/recall averaged over
  pages (precision over pages with a non-empty prediction), F1 = harmonic mean of the
  averages. This reproduces the reference figures in ../shared/bench/README.md.
  'f1_strict': whitespace tokens, and an empty prediction counts as precision 0;
- title: exact match after normalisation (NFKC, lowercase, punctuation -> space,
  whitespace collapsed);
- author: the same set of names, each normalised as titles are; gold and predicted author
  strings are split into names on ',', ';', '&', ' and '. Scored over pages whose gold
  author is non-empty; 'author_invented_rate' is the share of pages whose gold author is
  empty where the system names someone;
- date: same calendar day as the page states it, over pages with a gold date (htmldate's
  'nan' truth = the page has no date: right only when the system gives none).

Throughput: both systems run on each page in turn (same bytes, same process); pages/s is
pages divided by the summed wall time of the system's calls.

    .venv/bin/python bench/extraction.py [--sets scrapinghub,wcxb_dev,htmldate] [--limit N]
        [--split dev|test] [--systems newsdesk] [--no-write]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trafilatura

from newsdesk.errors import NewsdeskError
from newsdesk.extract.html import extract_html

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "bench" / "extraction"
RESULTS_JSON = ROOT / "bench" / "results" / "extraction.json"
HALVES_JSON = ROOT / "bench" / "results" / "extraction-halves.json"
RESULTS_MD = ROOT / "bench" / "RESULTS.md"
PAGES_OUT = ROOT / "bench" / "out" / "extraction-pages.jsonl"
SETS = ("scrapinghub", "wcxb_dev", "htmldate")
SYSTEMS = ("newsdesk", "trafilatura")


@dataclass
class Page:
    id: str
    html: bytes
    url: str | None
    body: str | None = None
    title: str | None = None
    authors: str | None = None
    has_author_truth: bool = False
    date: str | None = None


@dataclass
class Prediction:
    body: str = ""
    title: str = ""
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    modified: str | None = None
    info: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0
    error: str | None = None


# --- data -------------------------------------------------------------------


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def load_scrapinghub() -> Iterator[Page]:
    folder = DATA / "scrapinghub"
    truth = json.loads((folder / "ground-truth.json").read_text())
    for pid in sorted(truth):
        path = folder / "html" / f"{pid}.html.gz"
        if not path.exists():
            path = folder / "html" / f"{pid}.html"
        yield Page(pid, _read(path), truth[pid].get("url"), body=truth[pid]["articleBody"])


def load_wcxb() -> Iterator[Page]:
    folder = DATA / "wcxb-dev"
    for path in sorted((folder / "ground-truth").glob("*.json")):
        doc = json.loads(path.read_text())
        gt = doc["ground_truth"]
        html = folder / "html" / f"{path.stem}.html.gz"
        if not html.exists():
            continue
        yield Page(
            path.stem,
            _read(html),
            doc.get("url"),
            body=gt.get("main_content") or "",
            title=gt.get("title"),
            authors=gt.get("author") or "",
            has_author_truth=True,
            date=gt.get("publish_date"),
        )


def load_htmldate() -> Iterator[Page]:
    folder = DATA / "htmldate"
    truth = json.loads((folder / "eval_mediacloud_2020.json").read_text())
    for url, item in sorted(truth.items()):
        path = folder / "html" / (item["file"] + ".gz")
        if not path.exists():
            path = folder / "html" / item["file"]
        if path.exists():
            # Undated pages carry a JSON NaN (a float once loaded), not the string "nan".
            date = item["date"] if isinstance(item["date"], str) else "nan"
            yield Page(item["file"], _read(path), url, date=date)


LOADERS: dict[str, Callable[[], Iterator[Page]]] = {
    "scrapinghub": load_scrapinghub,
    "wcxb_dev": load_wcxb,
    "htmldate": load_htmldate,
}


# --- systems ----------------------------------------------------------------


def run_newsdesk(page: Page) -> Prediction:
    start = time.perf_counter()
    try:
        article = extract_html(page.html, url=page.url)
    except NewsdeskError as err:
        return Prediction(seconds=time.perf_counter() - start, error=str(err))
    seconds = time.perf_counter() - start
    day = article.extras.get("published_local")
    modified = article.extras.get("modified_local")
    info = {k: article.extras.get(k) for k in ("title_source", "author_source")}
    info["date_source"] = article.published.evidence if article.published else None
    return Prediction(
        modified=modified[:10] if modified else None,
        info=info,
        body=article.body,
        title=article.headline,
        authors=list(article.authors),
        date=day[:10] if day else None,
        seconds=seconds,
    )


def run_trafilatura(page: Page) -> Prediction:
    """trafilatura 2.3 defaults, comments off as the scrapinghub benchmark runs it, with its
    metadata (title, author, htmldate date) switched on."""
    start = time.perf_counter()
    doc = trafilatura.bare_extraction(
        page.html, url=page.url, include_comments=False, with_metadata=True
    )
    seconds = time.perf_counter() - start
    if doc is None or isinstance(doc, dict):
        return Prediction(seconds=seconds, error="no extraction")
    body = doc.text or ""
    authors = [a for a in re.split(r";\s*", doc.author or "") if a.strip()]
    return Prediction(
        body=body, title=doc.title or "", authors=authors, date=doc.date, seconds=seconds
    )


RUNNERS: dict[str, Callable[[Page], Prediction]] = {
    "newsdesk": run_newsdesk,
    "trafilatura": run_trafilatura,
}


def warm_up() -> None:
    """Pay one-time costs before timing, for both systems alike: dateparser (used by
    htmldate, in both) loads its locale data on first use, ~10 s on this machine."""
    from htmldate.extractors import external_date_parser

    external_date_parser("mardi 3 mars 2020, 10 h 15", "%Y-%m-%d")
    sample = b"<html><body><article><h1>Warm up</h1><p>" + b"Some text. " * 80 + b"</p>"
    for runner in RUNNERS.values():
        runner(Page("warm-up", sample + b"</article></body></html>", None))


# --- scoring ----------------------------------------------------------------


_TOKEN = re.compile(r"\w+")


def shingles(tokens: list[str], n: int = 4) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def body_scores(truth: str, pred: str) -> tuple[float | None, float | None, float, float]:
    """(precision, recall) as the scrapinghub evaluate.py computes them (\\w+ tokens;
    precision None = not averaged, when the prediction is empty), then the strict variant
    (whitespace tokens; an empty prediction has precision 0)."""
    out: list[float | None] = []
    for tokenize in (_TOKEN.findall, str.split):
        t, p = shingles(tokenize(truth)), shingles(tokenize(pred))
        tp = sum((t & p).values())
        fp, fn = sum(p.values()) - tp, sum(t.values()) - tp
        if fp == fn == 0:
            out += [1.0, 1.0]
            continue
        precision = tp / (tp + fp) if tp + fp else (0.0 if tokenize is str.split else None)
        recall = tp / (tp + fn) if tp + fn else None
        out += [precision, recall]
    return out[0], out[1], out[2] or 0.0, out[3] if out[3] is not None else 1.0


def norm_text(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = "".join(" " if unicodedata.category(c)[0] in "PSZC" else c for c in text)
    return " ".join(text.split())


_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.I)


def name_set(names: str | list[str] | None) -> frozenset[str]:
    parts: list[str] = []
    for item in [names] if isinstance(names, str) else (names or []):
        parts += _NAME_SPLIT.split(item or "")
    return frozenset(k for k in (norm_text(p) for p in parts) if k)


@dataclass
class Tally:
    n: int = 0
    seconds: float = 0.0
    p: list[float] = field(default_factory=list)
    r: list[float] = field(default_factory=list)
    strict_p: list[float] = field(default_factory=list)
    strict_r: list[float] = field(default_factory=list)
    title_ok: int = 0
    title_n: int = 0
    author_ok: int = 0
    author_n: int = 0
    invented: int = 0
    no_author_n: int = 0
    date_ok: int = 0
    date_n: int = 0
    date_is_modified: int = 0

    def figures(self) -> dict[str, float]:
        out: dict[str, float] = {}
        if self.r:
            p, r = sum(self.p) / max(len(self.p), 1), sum(self.r) / len(self.r)
            out |= {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
            p = sum(self.strict_p) / len(self.strict_p)
            r = sum(self.strict_r) / len(self.strict_r)
            out["f1_strict"] = 2 * p * r / (p + r) if p + r else 0.0
        if self.title_n:
            out["title_exact"] = self.title_ok / self.title_n
        if self.author_n:
            out["author_exact"] = self.author_ok / self.author_n
        if self.no_author_n:
            out["author_invented_rate"] = self.invented / self.no_author_n
        if self.date_n:
            out["date_exact_day"] = self.date_ok / self.date_n
            if self.date_is_modified:
                out["date_truth_is_our_modified"] = self.date_is_modified / self.date_n
        out["pages_per_s"] = self.n / self.seconds if self.seconds else 0.0
        return {k: round(v, 4) for k, v in out.items()}


def score(page: Page, pred: Prediction, tally: Tally) -> dict[str, Any]:
    row: dict[str, Any] = {"id": page.id, "error": pred.error, **pred.info}
    tally.n += 1
    tally.seconds += pred.seconds
    if page.body is not None:
        p, r, sp, sr = body_scores(page.body, pred.body)
        if p is not None:
            tally.p.append(p)
        if r is not None:
            tally.r.append(r)
        tally.strict_p.append(sp)
        tally.strict_r.append(sr)
        row |= {"p": p, "r": r}
    if page.title is not None:
        ok = norm_text(page.title) == norm_text(pred.title)
        tally.title_ok, tally.title_n = tally.title_ok + ok, tally.title_n + 1
        row |= {"title_ok": ok, "title": pred.title, "title_gold": page.title}
    if page.has_author_truth:
        gold, got = name_set(page.authors), name_set(pred.authors)
        if gold:
            ok = gold == got
            tally.author_ok, tally.author_n = tally.author_ok + ok, tally.author_n + 1
            row["author_ok"] = ok
        else:
            tally.invented += bool(got)
            tally.no_author_n += 1
            row["author_invented"] = bool(got)
        row |= {"authors": pred.authors, "authors_gold": page.authors}
    if page.date:
        # htmldate's truth marks pages without a date as 'nan': right only if none is given
        ok = pred.date is None if page.date == "nan" else pred.date == page.date
        tally.date_ok, tally.date_n = tally.date_ok + ok, tally.date_n + 1
        row |= {"date_ok": ok, "date": pred.date, "date_gold": page.date}
        if not ok and pred.modified == page.date:
            # the truth is the page's update date, which newsdesk reports as 'modified'
            tally.date_is_modified += 1
            row["date_is_modified"] = True
    return row


# --- report -----------------------------------------------------------------

METRICS = (
    "f1",
    "precision",
    "recall",
    "f1_strict",
    "title_exact",
    "author_exact",
    "author_invented_rate",
    "date_exact_day",
    "pages_per_s",
)


def table(results: dict[str, dict[str, dict[str, float]]]) -> str:
    lines = [
        "| set | system | " + " | ".join(METRICS) + " |",
        "|---|---|" + "---|" * len(METRICS),
    ]
    for name, systems in results.items():
        for system, figures in systems.items():
            cells = [f"{figures[m]:.3f}" if m in figures else "" for m in METRICS]
            lines.append(f"| {name} | {system} | " + " | ".join(cells) + " |")
        ratio = systems["newsdesk"]["pages_per_s"] / max(
            systems["trafilatura"]["pages_per_s"], 1e-9
        )
        lines.append(
            f"| {name} | speed ratio newsdesk/trafilatura | {ratio:.2f} |"
            + " |" * (len(METRICS) - 1)
        )
    return "\n".join(lines)


HALF_METRICS = ("f1", "title_exact", "author_exact", "author_invented_rate", "date_exact_day")


def halves_table() -> list[str]:
    """Figures on each fixed half (``split_of``), from the same run, when they were written."""
    if not HALVES_JSON.exists():
        return []
    halves = json.loads(HALVES_JSON.read_text())
    lines = [
        "The same run on each fixed half of every set (`split_of` in `bench/extraction.py`:",
        "rules were revised looking only at errors on `dev` pages since the split was made;",
        "`test` pages were only scored, in aggregate; before the split, in the first session,",
        "errors on any page were looked at):",
        "",
        "| set | system | half | " + " | ".join(HALF_METRICS) + " |",
        "|---|---|---|" + "---|" * len(HALF_METRICS),
    ]
    for name in halves["dev"]:
        for system in halves["dev"][name]:
            for half in ("dev", "test"):
                figures = halves[half][name][system]
                cells = [f"{figures[m]:.3f}" if m in figures else "" for m in HALF_METRICS]
                lines.append(f"| {name} | {system} | {half} | " + " | ".join(cells) + " |")
    return [*lines, ""]


def acceptance(results: dict[str, dict[str, dict[str, float]]]) -> list[str]:
    """The issue's targets, each with its figure and whether it is met."""
    nd = {k: v["newsdesk"] for k, v in results.items()}
    tr = {k: v["trafilatura"] for k, v in results.items()}
    checks: list[tuple[str, float | None, bool | None]] = []

    def add(label: str, value: float | None, ok: bool | None) -> None:
        checks.append((label, value, ok))

    def get(d: dict[str, dict[str, float]], name: str, metric: str) -> float | None:
        return d.get(name, {}).get(metric)

    sh = get(nd, "scrapinghub", "f1")
    add("scrapinghub body F1 >= 0.970", sh, None if sh is None else sh >= 0.970)
    w, wt = get(nd, "wcxb_dev", "f1"), get(tr, "wcxb_dev", "f1")
    if w is not None and wt is not None:
        add(f"wcxb-dev body F1 >= trafilatura + 0.02 ({wt + 0.02:.3f})", w, w >= wt + 0.02)
    for metric, label, bound, above in (
        ("title_exact", "wcxb-dev title exact >= 0.85", 0.85, True),
        ("author_exact", "wcxb-dev author exact >= 0.75", 0.75, True),
        ("author_invented_rate", "wcxb-dev invented authors <= 0.10", 0.10, False),
        ("date_exact_day", "wcxb-dev date exact day >= 0.93", 0.93, True),
    ):
        v = get(nd, "wcxb_dev", metric)
        add(label, v, None if v is None else (v >= bound if above else v <= bound))
    v = get(nd, "htmldate", "date_exact_day")
    add("htmldate set date exact day >= 0.93", v, None if v is None else v >= 0.93)
    for name in results:
        a, b = get(nd, name, "pages_per_s"), get(tr, name, "pages_per_s")
        if a and b:
            add(f"{name} speed ratio newsdesk/trafilatura >= 1.0", a / b, a / b >= 1.0)
    lines = []
    for label, value, ok in checks:
        shown = "n/a" if value is None else f"{value:.3f}"
        verdict = "n/a" if ok is None else ("met" if ok else "**NOT met**")
        lines.append(f"- {label}: {shown} - {verdict}")
    return lines


NOTES = """Notes:
- trafilatura runs as `bare_extraction(html, url=url, include_comments=False,
  with_metadata=True)`: default settings, comments off as the scrapinghub benchmark's own
  runner has it (its F1 here, 0.960, is the reference figure in ../shared/bench/README.md),
  metadata on for title/author/date. Both systems get the same bytes; one-time costs
  (dateparser's locale data, used by htmldate in both) are paid before timing.
- Body scoring is scrapinghub's evaluate.py; `f1_strict` (whitespace tokens, an empty
  output counts as precision 0) is given as a check that the ranking does not depend on it.
- WCXB's `publish_date` is the date the page displays, also when the page labels it
  "Updated": newsdesk keeps the first publication in `published` and the update in
  `modified`, and is scored on `published`; `date_truth_is_our_modified` in
  results/extraction.json is the share of dated pages failed for that reason alone.
  WCXB's `author` likewise is the displayed byline, with credentials ('Dr.', ', MD')
  and handles as written.
- htmldate's truth marks undated pages with NaN: a system is right there only if it gives
  no date (until 2026-11-25 the bench read NaN wrongly and counted those 5 pages wrong for
  both systems). Several remaining misses are a day off across a time zone boundary where the
  page shows no date in its text (the stated instant is kept exactly).
- Dates (session of 2026-11-25, `extract/htmldates.py`): a `<time>` is published or
  updated by its own marks before its wrapper's; markup agreeing with the URL's date
  stands; a shown date overrides markup only beside the headline, and a numeric date that
  reads both ways (09.10.2024) only confirms; without markup: a labelled publication date,
  the first `<time>`, the date closest to the headline, then htmldate (quick search, the
  slow one only when that finds nothing, its copyright-year or 1st-of-month guesses only
  when the page shows that day); a guess that is the page's update day is not its
  publication date; month names in six more languages, 年月日, zones such as "GMT+10" and
  EST. Measured with `.venv/bin/python bench/extraction.py --sets wcxb_dev,htmldate
  --systems newsdesk --split dev|test --no-write`: wcxb dev 0.848 -> 0.859, test 0.846 ->
  0.822; htmldate set dev 0.820 -> 0.883, test 0.955 -> 0.955 (undated pages scored right).
  The wcxb test half fell because of one rule: many WCXB pages show only "Updated X" and
  WCXB calls X the publish date; newsdesk reports X as `modified` and no publication date
  (without that rule wcxb would be 0.874). On the 290 dev pages, 41 misses: 20 are that
  case, 10 have a gold date shown nowhere on the page, 11 are a day off across time zones
  or plain mistakes: under newsdesk's published/updated semantics about 0.90 is the
  ceiling there, so the 0.93 target is not reachable without reporting updates as
  publication dates.
- Authors and body (same session; `extract/bylines.py`, `authors.py`, `body.py`): bylines
  are read element by element after the headline, with a fallback to the first labelled
  "By / Written by / Author" line outside links, nav and footers; leading dates are
  dropped, comma lists are read as several people only when every item is a plain name, a
  personal site's meta author is a person, a company stated as author an organisation.
  Author exact dev 0.752 -> 0.817, test 0.724 -> 0.778. Pages that do not declare
  themselves news articles and carry their text in lists or tables get trafilatura's
  recall mode: body F1 dev 0.922 -> 0.934, test 0.932 -> 0.938. The body target
  (trafilatura + 0.02) is not met: choosing by hand, page by page, the best of every
  candidate (trafilatura's modes, readability) reaches 0.955 on dev, so no rule choosing
  among them can; tried and dropped: a readability rescue (dev +0.003, test 0,
  scrapinghub 0.964), line voting across candidates, restoring dropped paragraphs between
  kept ones (recall +0.003, precision -0.012).
- Body (session of 2026-11-26, `extract/body.py`): the body ends, in its second half, at
  the site's own matter (author-box, newsletter, "Recent articles" headings, feedback
  prompts, the copyright footer), and "Related: ..." / "Tags: ..." lines go wherever they
  are; when trafilatura discards boxes for a word in their class or id ('footer', 'slide',
  a hidden panel) that together hold at least 40% of the page's prose and it kept under 70%
  of it, it runs once more with those boxes' attributes off and the longer text wins
  (about 3 ms a page for the check). Body F1 dev 0.934 -> 0.941, test 0.938 -> 0.939
  (`--sets wcxb_dev --split dev|test --no-write`): the gain is mostly on the inspected
  half. Still short of trafilatura + 0.02: even a perfect cut of every extra paragraph after
  the last right one would give dev 0.9475; many of the largest remaining losses are pages
  whose gold covers only the first part of the article or is garbled. Tried and dropped:
  adding the recall mode's paragraphs between kept ones (dev 0.934-0.936; a second pass on
  ~40% of pages), cutting "Learn more" lines, author bios, ending the body earlier.
- Dates (session of 2026-11-26, `extract/htmldates.py`, `localday.py`): the `<time>` whose
  day matches a date shown beside the headline wins over the page's first `<time>` (often
  a sidebar card); "d-m-yyyy" and "d.m.yyyy" (also running into a time) are read
  day-first; a range ("2020/7/11-12") is no stamp; a time stated in UTC on a country-code
  domain (not .io, .tv, .co ...) is read on that country's wall clock when all its zones
  give one day (23:40Z is the next day in Rome), unless the page shows the UTC day.
  htmldate set dev 0.883 -> 0.901, test 0.955 -> 0.955; wcxb dev 0.859 -> 0.866, test
  0.822 -> 0.822 (`--sets htmldate,wcxb_dev --systems newsdesk --split dev|test
  --no-write`). The htmldate dev misses left: gold dates the page does not show (a blocked
  page, a live blog, a Jalali date converted otherwise), a UTC day where the site states
  its own offset, a wiki revision's modified date; where the local and the UTC day differ
  on dev pages, the gold takes the local day 9 times and the UTC day 4 times, so the local
  day is kept.
- Dates (second session of 2026-11-26, `extract/htmldates.py`, `relative.py`, `jalali.py`,
  `stamps.py`): a weekday between a byline's label and its date keeps the label
  ('Actualizado el martes, 5 de marzo' is the update), more labels (Stand, Mis en ligne,
  Erschienen, Actualisé); 'dd/mm/yyyy' is read day-first on pages in a day-first language
  (also in meta tags and JSON-LD); AMP's `<amp-timeago>` counts as a `<time>`; Unix
  timestamps in data attributes are a late fallback (a tweet's page); Persian (Jalali) and
  Arabic month names and digits; relative bylines ('3 hours ago', 'Il y a 2 heures',
  'Gestern um 18:30') are resolved against the capture time (the bench gives none, so they
  do not count here). htmldate set dev 0.901 -> 0.910, test 0.955 -> 0.955; wcxb dev 0.866,
  test 0.822 unchanged. The 39 wcxb dev misses: 23 the page's "Updated X" (kept as
  modified), 13 a gold date the page shows nowhere, 2 the UTC day where the page states its
  own offset, 1 the meta tag's day where the page shows another: no miss left that a rule
  could fix under newsdesk's published/updated semantics.
- Per-page rows: `bench/out/extraction-pages.jsonl` (not committed)."""


def write_results_md(results: dict[str, dict[str, dict[str, float]]], command: str) -> None:
    begin, end = "<!-- BEGIN extraction -->", "<!-- END extraction -->"
    section = "\n".join(
        [
            begin,
            "## HTML extraction (newsdesk vs trafilatura 2.3.1 defaults, same run)",
            "",
            f"Command: `{command}` (sets in ../shared/bench/extraction: scrapinghub 181 pages,",
            "wcxb-dev 711, htmldate 200). Scoring: docstring of `bench/extraction.py`, the same",
            "for both systems.",
            "",
            table(results),
            "",
            *halves_table(),
            "Acceptance (issue 4):",
            "",
            *acceptance(results),
            "",
            NOTES,
            end,
        ]
    )
    old = RESULTS_MD.read_text() if RESULTS_MD.exists() else "# Benchmark results\n"
    if begin in old and end in old:
        new = old[: old.index(begin)] + section + old[old.index(end) + len(end) :]
    else:
        new = old.rstrip("\n") + "\n\n" + section + "\n"
    RESULTS_MD.write_text(new)


def split_of(page_id: str) -> str:
    """A fixed half of each set ('dev') for looking at errors; the other ('test') is only scored."""
    return "dev" if zlib.crc32(page_id.encode()) % 2 == 0 else "test"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--limit", type=int, default=0, help="pages per set (0 = all)")
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--rows", type=Path, default=PAGES_OUT, help="per-page rows (JSONL)")
    parser.add_argument(
        "--split",
        choices=("all", "dev", "test"),
        default="all",
        help="dev: pages one may inspect while improving rules; test: the held-out rest",
    )
    parser.add_argument(
        "--report-only", action="store_true", help="rewrite RESULTS.md from results/*.json"
    )
    args = parser.parse_args(argv)
    if args.report_only:
        write_results_md(json.loads(RESULTS_JSON.read_text()), "make bench-extract")
        return 0
    if not DATA.exists():
        print(f"benchmark data not found: {DATA}", file=sys.stderr)
        return 2
    systems = [s for s in args.systems.split(",") if s]
    warm_up()
    results: dict[str, dict[str, dict[str, float]]] = {}
    halves: dict[str, dict[str, dict[str, dict[str, float]]]] = {"dev": {}, "test": {}}
    args.rows.parent.mkdir(parents=True, exist_ok=True)
    with args.rows.open("w") as rows:
        for name in args.sets.split(","):
            tallies = {s: Tally() for s in systems}
            half_tallies = {h: {s: Tally() for s in systems} for h in halves}
            for i, page in enumerate(LOADERS[name]()):
                if args.limit and i >= args.limit:
                    break
                half = split_of(page.id)
                if args.split != "all" and half != args.split:
                    continue
                for system in systems:
                    pred = RUNNERS[system](page)
                    row = score(page, pred, tallies[system])
                    score(page, pred, half_tallies[half][system])
                    rows.write(json.dumps({"set": name, "system": system, **row}) + "\n")
            results[name] = {s: t.figures() for s, t in tallies.items()}
            for h in halves:
                halves[h][name] = {s: t.figures() for s, t in half_tallies[h].items()}
            print(name, json.dumps(results[name]), flush=True)
    if set(systems) == set(SYSTEMS):
        print(table(results))
    full_run = not args.limit and args.split == "all" and set(systems) == set(SYSTEMS)
    if not args.no_write and full_run:
        RESULTS_JSON.parent.mkdir(parents=True, exist_ok=True)
        RESULTS_JSON.write_text(json.dumps(results, indent=2) + "\n")
        HALVES_JSON.write_text(json.dumps(halves, indent=2) + "\n")
        write_results_md(results, "make bench-extract")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
