"""The ``newsdesk`` command: parse arguments, call the Desk, print.

Errors a user can act on are printed as one line on stderr with a non-zero
exit status; no traceback reaches the terminal (set NEWSDESK_DEBUG=1 to see one).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

import newsdesk.startup  # first: Ctrl-C while the modules below load exits quietly
from newsdesk.analyse.plover_lexicon import EVENT_TYPES
from newsdesk.config import Settings, db_url_from
from newsdesk.desk import Desk
from newsdesk.errors import InputError, NewsdeskError
from newsdesk.pipeline import IngestOutcome, ReprocessReport
from newsdesk.records import Article, SpeakerKind, in_handled_range, utc
from newsdesk.serve.export import export as export_records
from newsdesk.store.db import Store
from newsdesk.store.events import find_events, iter_article_events
from newsdesk.store.stories import story_json_summary

if TYPE_CHECKING:
    from newsdesk.follow import RoundReport, Watcher

app = typer.Typer(
    help="newsdesk: turn news pages, feeds, archives and captures into a searchable record.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
MAX_INT = 2**63 - 1  # the largest id, limit or offset a database integer holds


class _State:
    db: str | None = None


state = _State()


@app.callback()
def _main(
    db: str | None = typer.Option(
        None, "--db", help="Database: a SQLite file path or a SQLAlchemy URL \\[env NEWSDESK_DB]."
    ),
) -> None:
    state.db = db


def open_desk() -> Desk:
    return Desk(settings=Settings.from_env(db_url=db_url_from(state.db) if state.db else None))


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def parse_when(value: str | None, option: str) -> datetime | None:
    """ISO 8601 date-time, its offset kept (captures print local clocks); naive is UTC."""
    if value is None:
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        when = when if when.tzinfo is not None else utc(when)
    except ValueError:
        raise InputError(
            f"{option}: {value!r} is not an ISO 8601 time (e.g. 2025-11-12T10:00:00+05:00)"
        ) from None
    if not in_handled_range(when):
        raise InputError(f"{option}: {value!r} is out of the range of dates newsdesk handles")
    return when


def print_failure(label: str, error: str | None) -> None:
    """One ``error:`` line for a failed input, named once (most reasons already start with it);
    text from inputs is escaped so that brackets in it are not read as styles."""
    reason = error or "failed"
    line = reason if reason.startswith(f"{label}:") else f"{label}: {reason}"
    err.print(f"[red]error[/red]: {escape(line)}", highlight=False)


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


def run_ingest(
    desk: Desk,
    paths: list[str],
    captured_at: datetime | None,
    source: str | None,
    outcomes: list[IngestOutcome],
) -> int:
    """Ingest with a progress bar, each outcome appended to ``outcomes`` as it comes
    (an interrupted run keeps what it did); failures are reported as they happen.
    Returns the number of failed inputs."""
    failed = 0
    with _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        for outcome in desk.ingest(paths, captured_at=captured_at, source=source):
            outcomes.append(outcome)
            if not outcome.ok:
                failed += 1
                print_failure(outcome.label, outcome.error)
            progress.advance(task)
    return failed


def _summary(outcomes: list[IngestOutcome], failed: int) -> str:
    statuses = [s for o in outcomes for s in o.statuses]
    return (
        f"{len(outcomes)} input(s): {statuses.count('new')} new, "
        f"{statuses.count('updated')} updated, {statuses.count('unchanged')} unchanged "
        f"article(s); {failed} failed"
    )


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files or folders (recursive), WARC archives."),
    captured_at: str | None = typer.Option(
        None,
        "--captured-at",
        help="When the inputs were captured (ISO 8601); relative stamps resolve against it. "
        "Default: each file's modification time.",
    ),
    source: str | None = typer.Option(None, "--source", help="Name of the source."),
    as_json: bool = typer.Option(False, "--json", help="Print the stored articles as JSON."),
) -> None:
    """Ingest saved pages, page captures and WARC archives."""
    when = parse_when(captured_at, "--captured-at")
    desk = open_desk()
    outcomes: list[IngestOutcome] = []
    try:
        failed = run_ingest(desk, paths, when, source, outcomes)
    except KeyboardInterrupt:
        # Each document is its own transaction: what was reported is stored, whole.
        err.print(_summary(outcomes, sum(not o.ok for o in outcomes)), highlight=False)
        err.print("interrupted: run the same command again to resume", highlight=False)
        raise typer.Exit(130) from None
    if as_json:
        ids = list(dict.fromkeys(i for o in outcomes for i in o.article_ids))
        print_json([desk.article_record(i) for i in ids])
    err.print(_summary(outcomes, failed), highlight=False)
    if failed:
        raise typer.Exit(1)


def _when(article: Article) -> str:
    value = article.date_published or article.captured_at
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _print_article_table(items: list[Article]) -> None:
    table = Table(show_lines=False)
    table.add_column("id", justify="right")
    table.add_column("published (UTC)")
    table.add_column("source")
    table.add_column("headline")
    for a in items:
        table.add_row(
            str(a.id), _when(a), escape(a.source or a.site_name or ""), escape(a.headline)
        )
    out.print(table)


@app.command()
def articles(
    limit: int = typer.Option(20, "--limit", "-n", min=1, max=MAX_INT, help="How many."),
    offset: int = typer.Option(0, "--offset", min=0, max=MAX_INT),
    source: str | None = typer.Option(None, "--source", help="Only this source."),
    with_copies: bool = typer.Option(
        False, "--with-copies", help="Also list near-duplicate copies (hidden by default)."
    ),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """List stored articles, latest first (syndicated copies hidden)."""
    items = open_desk().articles(limit=limit, offset=offset, source=source, with_copies=with_copies)
    if as_json:
        print_json([a.to_json() for a in items])
    else:
        _print_article_table(items)


@app.command()
def show(
    article_id: int = typer.Argument(
        ..., max=MAX_INT, help="Article id (see `newsdesk articles`)."
    ),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Show one article with what was extracted from it."""
    record = open_desk().article_record(article_id)
    if record is None:
        raise InputError(f"no article with id {article_id}")
    if as_json:
        print_json(record)
        return
    out.print(f"[bold]{escape(record['headline'])}[/bold]", highlight=False)
    meta = [
        ("by", ", ".join(record["author"])),
        ("published", _time_line(record.get("datePublishedInfo"))),
        ("updated", _time_line(record.get("dateModifiedInfo"))),
        ("dateline", record.get("dateline") or ""),
        ("source", record.get("source") or record.get("publisher") or ""),
        ("url", record.get("url") or ""),
        ("captured", f"{record.get('capturedAt')} ({record.get('capturedAtMethod')})"),
    ]
    for name, value in meta:
        if value:
            out.print(f"[dim]{name:>10}[/dim]  {escape(value)}", highlight=False)
    out.print()
    out.print(escape(record["articleBody"]), highlight=False)
    _print_analysis(record.get("analysis"))


def _print_analysis(analysis: dict[str, Any] | None) -> None:
    """Entities and attributed statements under the article text."""
    if not analysis:
        return
    if analysis["entities"]:
        names = [f"{e['name']} ({e['role'] or e['kind']})" for e in analysis["entities"]]
        out.print()
        out.print("[dim]entities[/dim]  " + escape("; ".join(names)), highlight=False)
    for q in analysis["quotes"]:
        who = escape(q["speaker"])
        out.print(
            f"[dim]   quote[/dim]  [bold]{who}[/bold] [dim]({q['speaker_kind']}, {q['cue']})"
            f"[/dim]: {escape(q['content'])}",
            highlight=False,
        )
    if analysis.get("sourcing"):
        counts = ", ".join(f"{k} {v}" for k, v in sorted(analysis["sourcing"].items()))
        out.print(f"[dim]sourcing[/dim]  {escape(counts)}", highlight=False)


def _time_line(info: dict[str, Any] | None) -> str:
    if not info:
        return ""
    return f"{info['value']} ({info['method']}, precision {info['precision']})"


@app.command()
def search(
    query: str = typer.Argument(..., help="Words to find in headlines and bodies."),
    limit: int = typer.Option(20, "--limit", "-n", min=1, max=MAX_INT),
    with_copies: bool = typer.Option(
        False, "--with-copies", help="Also list near-duplicate (syndicated) copies."
    ),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Full-text search over headlines and bodies (web-style: "phrase", OR, -word)."""
    from newsdesk.store.search import MARK_CLOSE, MARK_OPEN

    hits = open_desk().search(query, limit=limit, with_copies=with_copies)
    if as_json:
        print_json(
            [
                {
                    **h.article.to_json(),
                    "snippet": h.snippet.replace(MARK_OPEN, "<mark>").replace(
                        MARK_CLOSE, "</mark>"
                    ),
                }
                for h in hits
            ]
        )
        return
    if not hits:
        err.print(escape(f"no article matches {query!r}"), highlight=False)
        return
    for hit in hits:
        a = hit.article
        snippet = escape(hit.snippet)
        snippet = snippet.replace(MARK_OPEN, "[bold yellow]").replace(MARK_CLOSE, "[/bold yellow]")
        out.print(f"[bold]{a.id}[/bold]  {_when(a)}  {escape(a.headline)}", highlight=False)
        out.print(f"     {snippet}", highlight=False)


@app.command()
def entities(
    kind: str | None = typer.Option(
        None,
        "--kind",
        help="person, organisation, armed_group, government or place.",
    ),
    name: str | None = typer.Option(None, "--name", help="Only entities with a matching name."),
    limit: int = typer.Option(30, "--limit", "-n", min=1, max=MAX_INT),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Entities across articles (people, groups, governments, places), most mentioned first."""
    items = open_desk().entities(kind=kind, name=name, limit=limit)
    if as_json:
        print_json([e.to_json() for e in items])
        return
    if not items:
        err.print("no entity found", highlight=False)
        return
    table = Table("entity", "kind", "country", "mentions", "articles", "also")
    for item in items:
        e = item.entity
        label = f"{e.name} ({e.role})" if e.role else e.name
        table.add_row(
            escape(label),
            e.kind,
            e.country or "",
            str(item.mentions),
            str(item.articles),
            escape(", ".join(e.aliases[:4])),
        )
    out.print(table)


@app.command()
def quotes(
    speaker: str | None = typer.Option(
        None, "--speaker", help="Speaker's words or any name of the speaker entity."
    ),
    kind: str | None = typer.Option(
        None,
        "--kind",
        help="named_person, official_role, anonymous_source, organisation or government.",
    ),
    limit: int = typer.Option(30, "--limit", "-n", min=1, max=MAX_INT),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Quotes and attributed statements, with who said them."""
    kinds = get_args(SpeakerKind)
    if kind is not None and kind not in kinds:
        # A typo ('anonymous') would otherwise look like a corpus without such quotes.
        raise InputError(f"--kind: {kind!r} is not a speaker kind ({', '.join(kinds)})")
    items = open_desk().quotes(speaker=speaker, speaker_kind=kind, limit=limit)
    if as_json:
        print_json([q.to_json() for q in items])
        return
    if not items:
        err.print("no quote found", highlight=False)
        return
    for item in items:
        q = item.quote
        quoted = q.direct and not any(c in q.content for c in '“”"')
        mark = "“”" if quoted else ("", "")
        out.print(
            f"[bold]{escape(q.speaker)}[/bold] "
            f"[dim]({q.speaker_kind}, {escape(q.cue)}; article {item.article_id})"
            "[/dim]",
            highlight=False,
        )
        out.print(f"   {mark[0]}{q.content}{mark[1]}".replace("[", r"\["), highlight=False)


@app.command("export")
def export_cmd(
    fmt: str = typer.Option(
        "jsonl", "--format", "-f", help="jsonl, csv, parquet, or plover (events as PLOVER JSONL)."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="File (default, or '-': stdout)."
    ),
    stories: bool = typer.Option(
        False, "--stories", help="Export stories (articles, copies, timeline) instead."
    ),
) -> None:
    """Export every article (with its analysis) as JSON lines, CSV or Parquet."""
    if output == Path("-"):
        output = None  # '-o -' is standard output, as for other tools (not a file named '-')
    desk = open_desk()
    records: Iterator[dict[str, Any] | None]
    if fmt == "plover":
        count = _export(plover_records(desk.store), "jsonl", output)
        if output is not None:
            err.print(escape(f"wrote {count} event(s) to {output}"), highlight=False)
        return
    if stories:
        if fmt != "jsonl":
            # A story nests articles and a timeline: the flat CSV/Parquet columns cannot hold it.
            raise InputError(f"--stories exports JSON lines only (--format jsonl), not {fmt!r}")
        records = (desk.story_record(s.id) for s in desk.iter_stories() if s.id is not None)
    else:
        records = (desk.article_record(a.id) for a in desk.iter_articles() if a.id is not None)
    count = _export((r for r in records if r is not None), fmt, output)
    if output is not None:
        err.print(escape(f"wrote {count} record(s) to {output}"), highlight=False)


def _export(records: Iterable[dict[str, Any]], fmt: str, output: Path | None) -> int:
    try:
        return export_records(records, fmt, output)
    except BrokenPipeError:
        raise  # the reader stopped early (`| head`): main() leaves quietly
    except OSError as exc:  # e.g. a folder that takes no new files
        raise InputError(
            f"cannot write {output or 'standard output'}: {exc.strerror or exc}"
        ) from None


def plover_records(store: Store) -> Iterator[dict[str, Any]]:
    """Every stored event as a PLOVER JSON record."""
    from newsdesk.analyse.events import iter_plover

    with store.connect() as conn:
        yield from iter_plover(iter_article_events(conn))


@app.command()
def events(
    actor: str | None = typer.Option(None, "--actor", help="Actor: country code, name or entity."),
    recipient: str | None = typer.Option(
        None, "--recipient", help="Recipient: country code, name or entity."
    ),
    event_type: str | None = typer.Option(
        None, "--type", help="PLOVER event type, e.g. CONSULT, REQUEST, THREATEN."
    ),
    since: str | None = typer.Option(None, "--since", help="Only events on or after this date."),
    limit: int = typer.Option(30, "--limit", "-n", min=1, max=MAX_INT),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """PLOVER events (who did what to whom, when, where), latest first."""
    if event_type is not None and event_type.upper() not in EVENT_TYPES:
        raise InputError(
            f"--type: {event_type!r} is not a PLOVER event type ({', '.join(EVENT_TYPES)})"
        )
    items = find_events(
        open_desk().store,
        actor=actor,
        recipient=recipient,
        event_type=event_type,
        since=parse_when(since, "--since"),
        limit=limit,
    )
    if as_json:
        print_json([i.to_json() for i in items])
        return
    if not items:
        err.print("no event found", highlight=False)
        return
    table = Table("date", "event", "actor", "recipient", "where", "flags", "article")
    for item in items:
        e = item.event
        flags = [n for n in ("negated", "hypothetical", "future") if getattr(e, n)]
        table.add_row(
            item.when.date().isoformat() if item.when else "",
            f"{e.event_type}" + (f" ({e.mode})" if e.mode else ""),
            escape(", ".join(f"{a['text']} [{a.get('code') or '?'}]" for a in e.actors)),
            escape(", ".join(f"{a['text']} [{a.get('code') or '?'}]" for a in e.recipients)),
            escape(e.location.name if e.location else (e.location_text or "")),
            " ".join(flags),
            str(item.article_id),
        )
    out.print(table)


@app.command()
def reprocess() -> None:
    """Re-extract and re-analyse every stored document from its kept raw bytes."""
    desk = open_desk()
    report = ReprocessReport()
    try:
        with _progress() as progress:
            progress.add_task("reprocessing", total=None)
            desk.reprocess(report)
    except KeyboardInterrupt:
        # Each document is its own transaction: those counted are done, whole.
        _print_reprocessed(report)
        err.print("interrupted: run newsdesk reprocess again to finish", highlight=False)
        raise typer.Exit(130) from None
    _print_reprocessed(report)
    if report.failures:
        raise typer.Exit(1)


def _print_reprocessed(report: ReprocessReport) -> None:
    for failure in report.failures:
        err.print(f"[red]error[/red]: {escape(failure)}", highlight=False)
    err.print(
        f"reprocessed {report.documents} document(s): {report.articles} article(s), "
        f"{report.updated} updated, {report.removed} removed, {len(report.failures)} failed",
        highlight=False,
    )


def demo_inputs() -> list[Path]:
    """The bundled examples, and ../shared/samples where it exists (a CI or dev checkout)."""
    found = [PROJECT_ROOT / "examples"]
    shared = PROJECT_ROOT.parent / "shared" / "samples"
    if shared.is_dir():
        found.append(shared)
    return [p for p in found if p.is_dir()]


@app.command()
def demo(
    captured_at: str = typer.Option(
        "2025-11-12T10:00:00+05:00",
        "--captured-at",
        help="Capture time the examples were saved at (their relative stamps resolve to it).",
    ),
) -> None:
    """Ingest the bundled examples and show what newsdesk made of them."""
    inputs = demo_inputs()
    if not inputs:
        raise InputError(f"no examples folder found under {PROJECT_ROOT}")
    desk = open_desk()
    outcomes: list[IngestOutcome] = []
    failed = run_ingest(
        desk, [str(p) for p in inputs], parse_when(captured_at, "--captured-at"), "demo", outcomes
    )
    err.print(_summary(outcomes, failed), highlight=False)
    _print_article_table(desk.articles(limit=50))
    out.print(escape(f"database: {desk.store.display_url}"), highlight=False)
    if failed:
        raise typer.Exit(1)


stories_app = typer.Typer(
    help="Stories: developing news grouped as it arrives, copies collapsed.",
    invoke_without_command=True,
)
app.add_typer(stories_app, name="stories")


@stories_app.callback()
def stories_list(
    ctx: typer.Context,
    limit: int = typer.Option(20, "--limit", "-n", min=1, max=MAX_INT, help="How many."),
    offset: int = typer.Option(0, "--offset", min=0, max=MAX_INT),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """List stories, latest active first."""
    if ctx.invoked_subcommand is not None:
        return
    items = open_desk().stories(limit=limit, offset=offset)
    if as_json:
        # As the JSON API lists them: no timeline (`newsdesk story ID` has it).
        print_json([story_json_summary(s) for s in items])
        return
    table = Table(show_lines=False)
    for name, justify in (("id", "right"), ("last seen (UTC)", "left"), ("articles", "right")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    table.add_column("copies", justify="right")
    table.add_column("title")
    for s in items:
        last = s.last_seen.strftime("%Y-%m-%d %H:%M") if s.last_seen else ""
        table.add_row(str(s.id), last, str(len(s.article_ids)), str(len(s.copies)), escape(s.title))
    out.print(table)


@stories_app.command("rebuild")
def stories_rebuild() -> None:
    """Regroup every stored article into copies and stories from scratch."""
    with _progress() as progress:
        progress.add_task("regrouping", total=None)
        report = open_desk().rebuild_stories()
    err.print(
        f"regrouped {report.articles} article(s): {report.stories} story(ies), "
        f"{report.copies} copy(ies)",
        highlight=False,
    )


@app.command()
def story(
    story_id: int = typer.Argument(..., max=MAX_INT, help="Story id (see `newsdesk stories`)."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Show one story: its articles, their copies and its timeline."""
    record = open_desk().story_record(story_id)
    if record is None:
        raise InputError(f"no story with id {story_id}")
    if as_json:
        print_json(record)
        return
    out.print(f"[bold]{escape(record['title'])}[/bold]", highlight=False)
    out.print(
        f"[dim]{record['articleCount']} article(s), {len(record['copies'])} copy(ies), "
        f"{record['firstSeen']} .. {record['lastSeen']}[/dim]",
        highlight=False,
    )
    if record["topEntities"]:
        entities = escape(", ".join(record["topEntities"]))
        out.print(f"[dim]entities:[/dim] {entities}", highlight=False)
    out.print()
    for a in record["articles"]:
        copy = f"  [dim](copy of {a['copyOf']})[/dim]" if a["copyOf"] else ""
        when = (a["datePublished"] or "")[:16]
        headline = escape(a["headline"])
        out.print(f"[bold]{a['id']:>6}[/bold]  {when}  {headline}{copy}", highlight=False)
    if record["timeline"]:
        out.print("\n[bold]timeline[/bold]", highlight=False)
    for entry in record["timeline"]:
        out.print(escape(f"{entry['date'][:10]}  {entry['summary']}"), highlight=False)
        for p in entry["positions"]:
            out.print(
                escape(f"            {p['actor']} {p['stance']}: {p['text']}"), highlight=False
            )


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
) -> None:
    """Serve the JSON API (/api/) and the web pages (uvicorn)."""
    import uvicorn

    from newsdesk.serve.app import create_app

    desk = open_desk()
    err.print(escape(f"serving {desk.store.display_url} at http://{host}:{port}/"), highlight=False)
    try:
        uvicorn.run(create_app(desk), host=host, port=port, log_level="warning")
    finally:
        desk.close()
    # Stopped (Ctrl-C): everything is written and closed. Ending here spares the seconds the
    # interpreter would spend freeing, object by object, what an ingest loaded (the spaCy
    # pipeline, the gazetteer, the event dictionaries).
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


# --- following sources (acquire) ---------------------------------------------------------

sources_app = typer.Typer(help="Sources to follow: feeds, sitemaps, sites.", no_args_is_help=True)
app.add_typer(sources_app, name="sources")

ALLOW_PRIVATE_HELP = (
    "Allow private, loopback and link-local addresses (or NEWSDESK_ALLOW_PRIVATE=1)."
)


def open_follow_desk(allow_private: bool) -> Desk:
    settings = Settings.from_env(
        db_url=db_url_from(state.db) if state.db else None,
        allow_private=True if allow_private else None,
    )
    return Desk(settings=settings)


@sources_app.command("add")
def sources_add(
    name: str = typer.Argument(..., help="A short name for the source."),
    feed: list[str] = typer.Option([], "--feed", help="RSS or Atom feed URL (repeatable)."),
    sitemap: list[str] = typer.Option([], "--sitemap", help="Sitemap URL (repeatable)."),
    site: str | None = typer.Option(None, "--site", help="Home page: its feeds are found."),
    every: str = typer.Option("15m", "--every", help="Poll interval: 90s, 15m, 2h, 1d."),
) -> None:
    """Follow a new source."""
    from newsdesk.acquire.urls import canonicalize
    from newsdesk.store import sources as source_store

    source = source_store.Source(
        name=name.strip(),
        feeds=[canonicalize(u) for u in feed],
        sitemaps=[canonicalize(u) for u in sitemap],
        site=canonicalize(site) if site else None,
        interval_seconds=source_store.parse_interval(every),
    )
    with open_desk().store.begin() as conn:
        source_store.add_source(conn, source)
    err.print(escape(f"following {source.name} every {every}"), highlight=False)


@sources_app.command("list")
def sources_list(as_json: bool = typer.Option(False, "--json")) -> None:
    """List followed sources and when they were last polled."""
    from newsdesk.store import sources as source_store

    with open_desk().store.connect() as conn:
        items = source_store.list_sources(conn)
    if as_json:
        print_json([s.to_json() for s in items])
        return
    table = Table(show_lines=False)
    for column in ("name", "every", "follows", "last polled (UTC)", "last round"):
        table.add_column(column)
    for s in items:
        follows = "\n".join([*s.feeds, *s.sitemaps, *([s.site] if s.site else [])])
        polled = s.last_polled_at.strftime("%Y-%m-%d %H:%M") if s.last_polled_at else "never"
        every = source_store.format_interval(s.interval_seconds)
        table.add_row(escape(s.name), every, escape(follows), polled, escape(s.last_summary or ""))
    out.print(table)


@sources_app.command("remove")
def sources_remove(name: str = typer.Argument(..., help="Source name.")) -> None:
    """Stop following a source (its stored articles stay)."""
    from newsdesk.store import sources as source_store

    with open_desk().store.begin() as conn:
        if not source_store.remove_source(conn, name):
            raise InputError(f"no such source: {name}")
    err.print(escape(f"removed {name}"), highlight=False)


@app.command()
def fetch(
    urls: list[str] = typer.Argument(..., help="Article page URLs."),
    source: str | None = typer.Option(None, "--source", help="Name of the source."),
    allow_private: bool = typer.Option(False, "--allow-private", help=ALLOW_PRIVATE_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the stored articles as JSON."),
) -> None:
    """Fetch article pages (politely: robots.txt, rate limits) and ingest them."""
    from newsdesk.acquire.http import Fetcher
    from newsdesk.follow import fetch_config, fetch_pages

    desk = open_follow_desk(allow_private)
    outcomes: list[IngestOutcome] = []
    with Fetcher(fetch_config(desk.settings)) as fetcher:
        for outcome in fetch_pages(desk.pipeline, fetcher, urls, source):
            outcomes.append(outcome)
            if not outcome.ok:
                print_failure(outcome.label, outcome.error)
    failed = sum(1 for o in outcomes if not o.ok)
    if as_json:
        ids = list(dict.fromkeys(i for o in outcomes for i in o.article_ids))
        print_json([desk.article_record(i) for i in ids])
    err.print(_summary(outcomes, failed), highlight=False)
    if failed:
        raise typer.Exit(1)


@app.command()
def watch(
    once: bool = typer.Option(False, "--once", help="Poll the due sources once, then exit."),
    source: list[str] = typer.Option(
        [], "--source", help="Poll just these sources now, once, due or not (repeatable)."
    ),
    allow_private: bool = typer.Option(False, "--allow-private", help=ALLOW_PRIVATE_HELP),
) -> None:
    """Poll followed sources on their intervals and ingest new articles (Ctrl-C stops)."""
    import threading

    from newsdesk.acquire.http import Fetcher
    from newsdesk.follow import Watcher, fetch_config, stop_on_interrupt

    logger = logging.getLogger("newsdesk")
    logger.setLevel(logging.INFO)  # each round logs what it did
    if not any(getattr(h, "newsdesk_watch", False) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        handler.newsdesk_watch = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    desk = open_follow_desk(allow_private)
    stop = threading.Event()
    restore = stop_on_interrupt(stop, lambda text: err.print(escape(text), highlight=False))

    failed_rounds: list[RoundReport] = []

    def report_failures(report: RoundReport) -> None:
        if once and not report.sources and not report.interrupted:
            err.print(escape(_nothing_due(watcher)), highlight=False)
        # Each failure was logged as it happened; the round's end says the round failed.
        if report.failures:
            failed_rounds.append(report)
            err.print(f"[red]error[/red]: {escape(_round_failures(report))}", highlight=False)

    try:
        with Fetcher(fetch_config(desk.settings)) as fetcher:
            watcher = Watcher(desk.pipeline, fetcher, stop=stop)
            if source:
                report_failures(watcher.run_round(source, force=True))
            else:
                watcher.watch(once=once, on_round=report_failures)
    finally:
        restore()
    if failed_rounds and (once or source):
        # As ingest: some items failed. A long watch keeps going after a failed round (each
        # is reported) and, stopped with Ctrl-C, ends as asked.
        raise typer.Exit(1)


class _StderrHandler(logging.StreamHandler):
    """Logs to whatever sys.stderr is at the time of each record, not the one when the
    handler was made (a second watch in one process would write to a closed stream)."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def _nothing_due(watcher: Watcher) -> str:
    """One line for a round with nothing to poll: which source is due next, and when."""
    first = watcher.next_due()
    if first is None:
        return "no source followed (add one with `newsdesk sources add`)"
    source, when = first
    return f"no source due; next: {source.name} at {when.strftime('%Y-%m-%d %H:%M:%S')} UTC"


def _round_failures(report: RoundReport, shown: int = 3) -> str:
    """One line: how many items of a watch round failed, and the first reasons."""
    reasons = "; ".join(report.failures[:shown])
    more = len(report.failures) - shown
    rest = f"; and {more} more (see the warnings above)" if more > 0 else ""
    return f"watch round: {len(report.failures)} failure(s): {reasons}{rest}"


def main() -> None:
    """Console entry point: one clear line for errors a user can act on."""
    try:
        app()
    except NewsdeskError as exc:
        err.print(f"[red]error[/red]: {escape(str(exc))}", highlight=False)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted", highlight=False)
        sys.exit(130)
    except BrokenPipeError:
        # The reader of our output went away (`newsdesk export | head`): nothing to say.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    except Exception as exc:
        if os.environ.get("NEWSDESK_DEBUG"):
            raise
        err.print(
            f"[red]internal error[/red]: {type(exc).__name__}: {escape(str(exc))} "
            "(set NEWSDESK_DEBUG=1 for a traceback, and please report it)",
            highlight=False,
        )
        sys.exit(70)


newsdesk.startup.loaded()  # every module of the command is in: Ctrl-C as usual

if __name__ == "__main__":
    main()
