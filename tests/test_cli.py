"""The ``newsdesk`` command end to end, in process through its real entry point."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from newsdesk import cli
from newsdesk.records import Article, RawDocument

PIPELINE = Path(__file__).parent / "fixtures" / "pipeline"
CAPTURED = "2025-11-12T10:00:00+05:00"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run ``newsdesk ARGV`` through ``cli.main``; returns (exit code, stdout, stderr)."""
    old = sys.argv
    sys.argv = ["newsdesk", *argv]
    try:
        cli.main()
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    finally:
        sys.argv = old
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "news.db")


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    shutil.copytree(PIPELINE, folder)
    return folder


def test_ingest_folder_then_list_show_search(
    db: str, inputs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["--db", db, "ingest", str(inputs), "--captured-at", CAPTURED], capsys)
    assert code == 0, err
    assert "2 new" in err

    code, out, _ = run(["--db", db, "articles", "--json"], capsys)
    listed = json.loads(out)
    assert {a["headline"] for a in listed} == {
        "Harbour ferry service resumes after three-week strike",
        "Valley towns told to boil water after treatment plant fault",
    }
    # Latest first: the capture (published 05:00Z - 5 h = 00:00Z on the 12th) is newer.
    assert listed[0]["headline"].startswith("Valley towns")

    ferry = next(a for a in listed if a["headline"].startswith("Harbour"))
    code, out, _ = run(["--db", db, "show", str(ferry["id"]), "--json"], capsys)
    shown = json.loads(out)
    assert shown["author"] == ["Maria Okafor"]
    assert shown["datePublished"] == "2025-11-10T07:30:00Z"
    assert (
        shown["url"]
        == "https://coastal-ledger.example/news/2025/11/10/harbour-ferry-service-resumes"
    )
    assert shown["articleBody"].count("\n\n") == 3
    assert shown["dateline"] == "PORT ELLIS"
    assert shown["articleBody"].startswith("The harbour ferry resumed")

    code, out, _ = run(["--db", db, "search", "ferry strike", "--json"], capsys)
    hits = json.loads(out)
    assert [h["id"] for h in hits] == [ferry["id"]]
    assert "<mark>" in hits[0]["snippet"]


def test_ingest_twice_stores_nothing_new(
    db: str, inputs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(["--db", db, "ingest", str(inputs), "--captured-at", CAPTURED], capsys)
    code, _, err = run(["--db", db, "ingest", str(inputs), "--captured-at", CAPTURED], capsys)
    assert code == 0
    assert "0 new, 0 updated, 2 unchanged" in err
    _, out, _ = run(["--db", db, "articles", "--json"], capsys)
    assert len(json.loads(out)) == 2


def test_bad_inputs_each_get_one_line_and_the_rest_is_ingested(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (bad / "garbled.txt").write_bytes(b"\x81\x01\x8d\x02\x8f\x03\x90\x04\x9d\x05" * 100)
    (bad / "huge.html").write_text("<html><body>" + "<p>word</p>" * 400 + "</body></html>")
    (bad / "nothing.html").write_text("<html><head><title></title></head><body><div></div>")
    good = PIPELINE / "harbour-ferry.html"
    monkeypatch.setenv("NEWSDESK_MAX_INPUT_BYTES", "3000")
    code, _, err = run(
        [
            "--db", db, "ingest", str(tmp_path / "missing.html"), str(bad / "empty.txt"),
            str(bad / "image.html"), str(bad / "garbled.txt"), str(bad / "huge.html"),
            str(bad / "nothing.html"), str(good),
        ],
        capsys,
    )  # fmt: skip
    monkeypatch.delenv("NEWSDESK_MAX_INPUT_BYTES")
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(lines) == 6, err
    expected = {
        "missing.html": "no such file",
        "empty.txt": "empty file",
        "image.html": "binary file",
        "garbled.txt": "undecodable",
        "huge.html": "input limit",
        "nothing.html": "",
    }
    for name, reason in expected.items():
        line = next(line for line in lines if name in line)
        assert reason in line, line
    assert "Traceback" not in err
    # The good file still made it.
    _, out, _ = run(["--db", db, "articles", "--json"], capsys)
    assert [a["headline"] for a in json.loads(out)] == [
        "Harbour ferry service resumes after three-week strike"
    ]


def test_bad_option_and_unknown_article_are_one_line_errors(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["--db", db, "ingest", "x.txt", "--captured-at", "yesterday"], capsys)
    assert code == 1
    assert "not an ISO 8601 time" in err
    code, _, err = run(["--db", db, "show", "999"], capsys)
    assert code == 1
    assert "no article with id 999" in err
    assert "Traceback" not in err


def test_database_in_missing_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["--db", str(tmp_path / "nope" / "x.db"), "articles"], capsys)
    assert code == 1
    assert "cannot open database" in err


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_formats(
    db: str, inputs: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run(["--db", db, "ingest", str(inputs), "--captured-at", CAPTURED], capsys)
    target = tmp_path / f"out.{fmt}"
    code, _, err = run(["--db", db, "export", "--format", fmt, "-o", str(target)], capsys)
    assert code == 0, err
    if fmt == "jsonl":
        rows = [json.loads(line) for line in target.read_text().splitlines()]
        assert {r["headline"] for r in rows} >= {
            "Harbour ferry service resumes after three-week strike"
        }
    elif fmt == "csv":
        import csv

        rows = list(csv.DictReader(target.open()))
        assert len(rows) == 2
        assert {r["author"] for r in rows} == {"Maria Okafor", "Staff Reporter"}
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(target)
        assert table.num_rows == 2
        assert ["Maria Okafor"] in table.column("author").to_pylist()
    assert not list(tmp_path.glob(".*.part"))


def test_export_unknown_format(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["--db", db, "export", "--format", "xml"], capsys)
    assert code == 1
    assert "unknown export format" in err


@pytest.mark.shared
def test_sample_capture_acceptance(
    db: str, shared_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = shared_dir / "samples" / "capture-talks.txt"
    code, out, err = run(
        ["--db", db, "ingest", str(sample), "--captured-at", CAPTURED, "--json"], capsys
    )
    assert code == 0, err
    [article] = json.loads(out)
    assert article["headline"] == (
        "Final bid underway to salvage Pakistan-Afghan Taliban talks amid deadlock "
        "over anti-terror action"
    )
    assert article["author"] == ["Web Desk"]
    assert article["datePublished"] == "2025-11-12T02:00:00Z"
    assert article["datePublishedInfo"]["method"] == "relative"
    assert article["datePublishedInfo"]["precision"] == "hour"
    assert article["dateModified"] == "2025-11-12T04:44:00Z"
    assert article["dateModifiedInfo"]["method"] == "relative"
    assert article["dateModifiedInfo"]["precision"] == "minute"
    assert article["dateline"] == "WEB DESK"
    paragraphs = article["articleBody"].split("\n\n")
    assert len(paragraphs) == 6
    assert paragraphs[0].startswith("Diplomatic sources have revealed")
    assert paragraphs[-1].endswith("for bilateral and regional security.")
    for junk in ("Web Desk", "Hours ago", "Minutes ago", "\n-\n"):
        assert junk not in article["articleBody"]


def test_capture_clock_without_zone_is_read_in_the_capture_zone(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capture = tmp_path / "local-clock.txt"
    capture.write_text(
        "Hill roads reopen after landslide clearance\n"
        "By Staff Reporter\n"
        "Published: 2025-11-12 09:30\n"
        "MURREE: Highway crews reopened the two hill roads on Wednesday morning after "
        "clearing debris left by Monday's landslide, the district administration said.\n"
        "Traffic police asked drivers to avoid the route after dark until the slope has "
        "been inspected again.\n"
    )
    code, out, err = run(
        ["--db", db, "ingest", str(capture), "--captured-at", CAPTURED, "--json"], capsys
    )
    assert code == 0, err
    [article] = json.loads(out)
    # 09:30 at the capture's +05:00 is 04:30 UTC, not 09:30 UTC.
    assert article["datePublished"] == "2025-11-12T04:30:00Z"
    assert article["capturedAt"] == "2025-11-12T05:00:00Z"


def test_search_hides_syndicated_copies_unless_asked(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = (PIPELINE / "harbour-ferry.html").read_text()
    copy = original.replace(
        "https://coastal-ledger.example/news/2025/11/10/harbour-ferry-service-resumes",
        "https://island-times.example/2025/11/11/ferry-back",
    ).replace("2025-11-10T07:30", "2025-11-11T07:30")
    (tmp_path / "copy.html").write_text(copy)
    run(
        ["--db", db, "ingest", str(PIPELINE / "harbour-ferry.html"), str(tmp_path / "copy.html")],
        capsys,
    )
    _, out, _ = run(["--db", db, "search", "ferry", "--json"], capsys)
    hidden = json.loads(out)
    _, out, _ = run(["--db", db, "search", "ferry", "--with-copies", "--json"], capsys)
    shown = json.loads(out)
    assert [h["url"] for h in hidden] == [
        "https://coastal-ledger.example/news/2025/11/10/harbour-ferry-service-resumes"
    ]
    assert len(shown) == 2


def test_file_names_with_undecodable_bytes_are_ingested_and_named(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Linux names are bytes: one saved by a Latin-1 system is not UTF-8.
    folder = tmp_path / "saved"
    folder.mkdir()
    page = (PIPELINE / "harbour-ferry.html").read_bytes()
    odd = os.fsencode(folder) + b"/ferry-caf\xe9.html"
    with open(odd, "wb") as handle:
        handle.write(page)
    missing = os.fsdecode(os.fsencode(tmp_path) + b"/gone-\xff.html")
    code, _, err = run(["--db", db, "ingest", str(folder), missing], capsys)
    assert code == 1, err
    assert "Traceback" not in err and "internal error" not in err
    assert "gone-\\xff.html: no such file" in err
    assert "1 new" in err
    _, out, _ = run(["--db", db, "articles", "--json"], capsys)
    assert [a["headline"] for a in json.loads(out)] == [
        "Harbour ferry service resumes after three-week strike"
    ]


def test_a_page_that_trips_the_extractor_does_not_end_the_run(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A hostile page (unparsable canonical URL, JSON-LD nested past the recursion limit)
    # fails alone; the files after it are still ingested.
    hostile = tmp_path / "a-hostile.html"
    body = "<p>The council met on Monday to discuss the budget for roads and schools.</p>" * 6
    hostile.write_text(
        '<html><head><link rel="canonical" href="http://[::1">'
        '<script type="application/ld+json">' + "[" * 100_000 + "</script></head>"
        f"<body><article><h1>Council meets</h1>{body}</article></body></html>"
    )
    good = tmp_path / "b-good.html"
    good.write_bytes((PIPELINE / "harbour-ferry.html").read_bytes())
    code, _, err = run(["--db", db, "ingest", str(hostile), str(good)], capsys)
    assert "Traceback" not in err
    assert code in (0, 1), err  # 70 would mean the run died on the first file
    assert "2 input(s)" in err
    _, out, _ = run(["--db", db, "articles", "--json"], capsys)
    headlines = [a["headline"] for a in json.loads(out)]
    assert "Harbour ferry service resumes after three-week strike" in headlines


def test_square_brackets_in_pages_and_arguments_are_printed_as_text(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The terminal printer reads [tags] as styles: text from pages or users must not be.
    body = "<p>The [/i] count ended on Monday with the [election] commission announcing it.</p>"
    page = tmp_path / "brackets.html"
    page.write_text(
        "<html><head><title>Vote [/b] count ends</title></head><body><article>"
        f"<h1>Vote [/b] count ends</h1>{body * 6}</article></body></html>"
    )
    code, _, err = run(["--db", db, "ingest", str(page), str(tmp_path / "[/x].txt")], capsys)
    assert code == 1
    assert "[/x].txt: no such file" in err
    for argv in (["articles"], ["search", "vote"], ["search", "[/x]"], ["stories"], ["story", "1"]):
        code, out, err = run(["--db", db, *argv], capsys)
        assert code == 0, (argv, err)
        assert "error" not in err, (argv, err)
    code, out, err = run(["--db", db, "show", "1"], capsys)
    assert code == 0, err
    assert "Vote [/b] count ends" in out
    assert "the [election] commission" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["show", "99999999999999999999999"],
        ["story", "99999999999999999999999"],
        ["articles", "--limit", "99999999999999999999999"],
        ["stories", "--offset", "99999999999999999999999"],
        ["events", "-n", "99999999999999999999999"],
    ],
)
def test_numbers_too_large_for_the_database_are_usage_errors(
    db: str, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["--db", db, *argv], capsys)
    assert code == 2, err  # a usage error, as for any other invalid value
    assert "internal error" not in err


def test_export_to_a_path_that_cannot_be_created_is_a_clear_error(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # /proc takes no new files, whoever runs the tests (root included).
    code, _, err = run(["--db", db, "export", "-o", "/proc/newsdesk-export.jsonl"], capsys)
    assert code == 1, err
    assert "cannot write /proc/newsdesk-export.jsonl" in err
    assert "internal error" not in err


@pytest.mark.parametrize("value", ["lots", "-5", "0"])
def test_bad_setting_in_the_environment_is_a_clear_error(
    db: str, value: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSDESK_MAX_INPUT_BYTES", value)
    code, _, err = run(["--db", db, "ingest", str(PIPELINE / "harbour-ferry.html")], capsys)
    assert code == 1, err
    assert f"NEWSDESK_MAX_INPUT_BYTES must be a positive integer, got {value!r}" in err


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("name", ["harbour-ferry.html", "valley-water.txt"])
def test_utf16_without_byte_order_mark_is_read(
    db: str, tmp_path: Path, codec: str, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Some Windows tools save pages and captures as UTF-16 with no BOM: NUL bytes, yet text.
    original = PIPELINE / name
    saved = tmp_path / name
    saved.write_bytes(original.read_text(encoding="utf-8").encode(codec))
    code, _, err = run(["--db", db, "ingest", str(saved)], capsys)
    assert code == 0, err
    _, out, _ = run(["--db", db, "articles", "--json"], capsys)
    from_utf16 = [(a["headline"], a["articleBody"]) for a in json.loads(out)]
    code, _, err = run(["--db", str(tmp_path / "utf8.db"), "ingest", str(original)], capsys)
    _, out, _ = run(["--db", str(tmp_path / "utf8.db"), "articles", "--json"], capsys)
    assert from_utf16 == [(a["headline"], a["articleBody"]) for a in json.loads(out)]


def test_read_only_database_can_be_read_and_refuses_writes_clearly(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # SQLite's own read-only mode (a URI filename): what a read-only file or mount gives.
    code, _, err = run(["--db", db, "ingest", str(PIPELINE / "harbour-ferry.html")], capsys)
    assert code == 0, err
    read_only = f"sqlite:///file:{db}?mode=ro&uri=true"
    code, out, err = run(["--db", read_only, "articles", "--json"], capsys)
    assert code == 0, err
    assert len(json.loads(out)) == 1
    capture = tmp_path / "valley.txt"
    capture.write_bytes((PIPELINE / "valley-water.txt").read_bytes())
    code, _, err = run(["--db", read_only, "ingest", str(capture)], capsys)
    assert code == 1
    assert "readonly database" in err and "Traceback" not in err
    _, out, _ = run(["--db", db, "articles", "--json"], capsys)
    assert len(json.loads(out)) == 1


def test_kill_9_mid_ingest_then_rerun_resumes_without_duplicates(tmp_path: Path) -> None:
    import sqlite3
    import subprocess
    import time

    folder = tmp_path / "many"
    folder.mkdir()
    template = (PIPELINE / "harbour-ferry.html").read_text(encoding="utf-8")
    for i in range(150):
        page = (
            template.replace("Harbour ferry", f"Harbour ferry {i}")
            .replace("harbour-ferry-service-resumes", f"harbour-ferry-{i}")
            .replace("</body>", f"<p>Edition {i} of the harbour bulletin.</p></body>")
        )
        (folder / f"page-{i:03d}.html").write_text(page, encoding="utf-8")
    db = tmp_path / "news.db"
    argv = [sys.executable, "-m", "newsdesk.cli", "--db", str(db), "ingest", str(folder)]
    env = {**os.environ, "NEWSDESK_NO_ANALYSE": "1"}

    def stored() -> int:
        try:
            with sqlite3.connect(db, timeout=30) as conn:
                return int(conn.execute("select count(*) from articles").fetchone()[0])
        except sqlite3.OperationalError:
            return 0  # not created or migrated yet

    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while proc.poll() is None and stored() < 10:
            time.sleep(0.05)
        proc.kill()  # SIGKILL: no cleanup, mid-transaction
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    if proc.returncode == 0:
        pytest.skip("the ingest finished before it could be killed")
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        raw, articles = conn.execute(
            "select (select count(*) from raw_documents), (select count(*) from articles)"
        ).fetchone()
    assert 0 < articles < 150
    assert raw == articles  # each document and its article were committed together
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"{150 - articles} new" in done.stderr and f"{articles} unchanged" in done.stderr
    with sqlite3.connect(db) as conn:
        count, urls = conn.execute(
            "select count(*), count(distinct headline) from articles"
        ).fetchone()
    assert count == urls == 150


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-14:00"])
@pytest.mark.parametrize("command", [["ingest", "--captured-at"], ["events", "--since"]])
def test_times_at_the_ends_of_the_calendar_are_clear_errors(
    db: str, value: str, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", db, *command, value]
    if command[0] == "ingest":
        argv.append(str(PIPELINE / "valley-water.txt"))
    code, _, err = run(argv, capsys)
    assert code == 1, err
    assert f"{command[1]}: {value!r} is out of the range of dates newsdesk handles" in err


def test_a_capture_holding_its_article_twice_stores_it_once(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "select all, copy" pasted twice: the second copy's headline is not found again (its
    # first sentence stands in), but the text is the same article.
    monkeypatch.setenv("NEWSDESK_NO_ANALYSE", "1")
    text = (PIPELINE / "valley-water.txt").read_text()
    (tmp_path / "pasted-twice.txt").write_text(text + "\n" + text)
    argv = ["--db", db, "ingest", str(tmp_path / "pasted-twice.txt"), "--captured-at", CAPTURED]
    code, _, err = run(argv, capsys)
    assert code == 0, err
    assert "1 new, 0 updated, 0 unchanged" in err
    _, out, _ = run(["--db", db, "articles", "--with-copies", "--json"], capsys)
    assert [a["headline"] for a in json.loads(out)] == [
        "Valley towns told to boil water after treatment plant fault"
    ]


def test_a_capture_saved_twice_in_one_batch_is_one_article(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Saved twice a minute apart (other bytes, other modification times, so its "2 Hours
    # ago" resolves to another instant): the second file changes nothing.
    monkeypatch.setenv("NEWSDESK_NO_ANALYSE", "1")
    text = (PIPELINE / "valley-water.txt").read_text()
    first, second = tmp_path / "valley.txt", tmp_path / "valley (1).txt"
    first.write_text(text)
    second.write_text(text + "\n")
    os.utime(first, (1762923600, 1762923600))  # 2025-11-12T05:00:00Z
    os.utime(second, (1762923660, 1762923660))
    code, _, err = run(["--db", db, "ingest", str(first), str(second)], capsys)
    assert code == 0, err
    assert "1 new, 0 updated, 1 unchanged" in err
    _, out, _ = run(["--db", db, "articles", "--with-copies", "--json"], capsys)
    [article] = json.loads(out)
    assert article["capturedAt"] == "2025-11-12T05:00:00Z"
    assert article["capturedAtMethod"] == "file-mtime"


def test_control_characters_after_the_article_cost_nothing(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A page and a capture with a run of control characters after the article (a bad
    # copy, a corrupted save): the page's article was "no article text found".
    monkeypatch.setenv("NEWSDESK_NO_ANALYSE", "1")
    junk = bytes(c for c in range(1, 32) if c not in b"\t\n\r") * 400
    page = (
        (PIPELINE / "harbour-ferry.html").read_bytes().replace(b"</article>", junk + b"</article>")
    )
    capture = (PIPELINE / "valley-water.txt").read_bytes() + junk
    (tmp_path / "page.html").write_bytes(page)
    (tmp_path / "capture.txt").write_bytes(capture)
    argv = ["--db", db, "ingest", str(tmp_path / "page.html"), str(tmp_path / "capture.txt")]
    code, _, err = run([*argv, "--captured-at", CAPTURED], capsys)
    assert code == 0, err
    assert "2 new, 0 updated, 0 unchanged article(s); 0 failed" in err
    _, out, _ = run(["--db", db, "articles", "--json"], capsys)
    bodies = {a["headline"]: a["articleBody"] for a in json.loads(out)}
    assert set(bodies) == {
        "Harbour ferry service resumes after three-week strike",
        "Valley towns told to boil water after treatment plant fault",
    }
    assert not any(chr(c) in body for body in bodies.values() for c in junk)


@pytest.mark.parametrize("value", ["0", "-5", "ten", "inf", "nan"])
def test_bad_document_time_limit_is_a_clear_error(
    db: str, value: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSDESK_DOCUMENT_TIMEOUT", value)
    code, _, err = run(["--db", db, "ingest", str(PIPELINE / "harbour-ferry.html")], capsys)
    assert code == 1, err
    assert f"NEWSDESK_DOCUMENT_TIMEOUT must be a positive number of seconds, got {value!r}" in err


def test_ctrl_c_mid_ingest_says_what_was_stored_and_how_to_resume(
    db: str, inputs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsdesk.pipeline import Pipeline

    real = Pipeline.ingest
    calls = {"n": 0}

    def interrupted(self: Pipeline, raw: object) -> object:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # Ctrl-C while the second document is read
        return real(self, raw)  # type: ignore[arg-type]

    monkeypatch.setattr(Pipeline, "ingest", interrupted)
    code, _, err = run(["--db", db, "ingest", str(inputs), "--captured-at", CAPTURED], capsys)
    assert code == 130
    assert "1 input(s): 1 new, 0 updated, 0 unchanged article(s); 0 failed" in err
    assert "interrupted: run the same command again to resume" in err
    monkeypatch.setattr(Pipeline, "ingest", real)
    code, _, err = run(["--db", db, "ingest", str(inputs), "--captured-at", CAPTURED], capsys)
    assert code == 0 and "2 input(s): 1 new, 0 updated, 1 unchanged article(s)" in err


def test_failures_name_their_input_once(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "scripts.html"
    page.write_text("<html><body>" + "<script>var a = 1;</script>" * 50 + "</body></html>")
    archive = tmp_path / "cut.warc"
    archive.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\nshort")
    code, _, err = run(["--db", db, "ingest", str(page), str(archive)], capsys)
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert lines[0] == f"error: {page}: no article text found in the page"
    assert lines[1].startswith(f"error: {archive}: cannot read WARC archive: ")
    assert all(line.count(str(tmp_path)) == 1 for line in lines), lines


def test_export_to_dash_writes_standard_output(
    db: str,
    inputs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run(["--db", db, "ingest", str(inputs), "--captured-at", CAPTURED], capsys)
    monkeypatch.chdir(tmp_path)
    code, out, err = run(["--db", db, "export", "--format", "jsonl", "-o", "-"], capsys)
    assert code == 0, err
    assert len([json.loads(line) for line in out.splitlines()]) == 2
    assert not (tmp_path / "-").exists()
    code, _, err = run(["--db", db, "export", "--format", "parquet", "-o", "-"], capsys)
    assert code == 1 and "needs an output file" in err


def test_an_unknown_speaker_kind_is_an_error_naming_the_known_ones(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["--db", db, "quotes", "--kind", "anonymous"], capsys)
    assert code == 1
    assert "--kind: 'anonymous' is not a speaker kind (named_person, official_role" in err
    code, _, err = run(["--db", db, "quotes", "--kind", "anonymous_source"], capsys)
    assert code == 0 and "no quote found" in err


REPROCESS = Path(__file__).parent / "fixtures" / "reprocess"


def _table_rows(db: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but the full-text index's own (it follows ``articles``)."""
    import sqlalchemy as sa

    engine = sa.create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            names = [
                n
                for n in sa.inspect(conn).get_table_names()
                if not n.startswith("articles_fts") and n != "alembic_version"
            ]
            return {
                n: sorted(map(tuple, conn.execute(sa.text(f"SELECT * FROM {n}"))), key=repr)
                for n in names
            }
    finally:
        engine.dispose()


def test_reprocess_removes_an_article_that_re_extraction_makes_another_stored_one(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # An older extractor missed the print edition's canonical link and kept its "Printed
    # from" footer: the print page became an article of its own (known by its text), the
    # original of the story, and the page itself a copy of it. Re-extracted, the print page
    # is the page's article: the print one must go, with all that hangs on it.
    from newsdesk import pipeline

    real = pipeline.extract_document

    def older_extractor(raw: RawDocument) -> list[Article]:
        found = real(raw)
        if (raw.path or "").endswith("-print.html"):
            for article in found:
                article.canonical_url = None
                article.body += "\n\nPrinted from coastal-ledger.example on 12 November 2025."
        return found

    printed = REPROCESS / "harbour-ferry-print.html"
    page = PIPELINE / "harbour-ferry.html"
    with monkeypatch.context() as patched:
        patched.setattr(pipeline, "extract_document", older_extractor)
        for path in (printed, page):
            code, _, err = run(["--db", db, "ingest", str(path), "--captured-at", CAPTURED], capsys)
            assert code == 0 and "1 new" in err, err
    code, out, _ = run(["--db", db, "articles", "--with-copies", "--json"], capsys)
    stale, kept = sorted(a["id"] for a in json.loads(out))
    before = _table_rows(db)
    assert [r[0] for r in before["story_copies"]] == [kept]  # the page, a copy of the print
    assert any(r[1] == stale for r in before["quotes"])
    assert any(r[1] == stale for r in before["events"])

    code, _, err = run(["--db", db, "reprocess"], capsys)
    assert code == 0, err
    assert "1 removed" in err, err

    code, out, _ = run(["--db", db, "articles", "--with-copies", "--json"], capsys)
    assert [a["id"] for a in json.loads(out)] == [kept]
    code, out, _ = run(["--db", db, "search", "commuters", "--with-copies", "--json"], capsys)
    assert [hit["id"] for hit in json.loads(out)] == [kept]
    code, out, _ = run(["--db", db, "stories", "--json"], capsys)
    [story] = json.loads(out)
    code, out, _ = run(["--db", db, "story", str(story["id"]), "--json"], capsys)
    detail = json.loads(out)
    assert [a["id"] for a in detail["articles"]] == [kept]
    assert not detail["copies"]
    assert detail["title"] == "Harbour ferry service resumes after three-week strike"
    after = _table_rows(db)
    for table, rows in after.items():
        ids = {r[0] for r in rows} if table == "articles" else set()
        assert stale not in ids, table
    for table in ("mentions", "quotes", "events"):
        assert {r[1] for r in after[table]} <= {kept}, table
    for table in ("analyses", "story_articles", "story_copies", "story_minhashes"):
        assert {r[0] for r in after[table]} <= {kept}, table
    assert after["events"] and after["quotes"]  # the kept article's own are still there
    [member] = after["story_articles"]
    assert member[1] == story["id"]
    assert after["stories"][0][2] == kept  # told by the article that remains
    # The story's centroid is the kept article's vector alone (the print one's subtracted).
    [(_, _, vector_json)] = after["story_documents"]
    vector = json.loads(vector_json)
    assert vector and {t: w for _, t, w in after["story_terms"]} == pytest.approx(vector)

    code, _, err = run(["--db", db, "reprocess"], capsys)
    assert code == 0 and "0 updated, 0 removed" in err, err
    assert _table_rows(db) == after


def test_an_interrupt_while_the_command_loads_exits_130_without_a_traceback() -> None:
    # Loading the command's modules takes seconds (SQLAlchemy, rich, the pipeline): Ctrl-C
    # then gave Python's KeyboardInterrupt traceback. The interrupt is sent from an import
    # hook, as the pipeline module is about to load.
    import subprocess
    import textwrap

    script = textwrap.dedent(
        """
        import os, signal, sys

        class Interrupt:
            def find_spec(self, name, path=None, target=None):
                if name == "newsdesk.pipeline":
                    os.kill(os.getpid(), signal.SIGINT)
                return None

        sys.meta_path.insert(0, Interrupt())
        sys.argv = ["newsdesk", "--help"]
        from newsdesk.cli import main
        main()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert (done.returncode, done.stderr) == (130, "interrupted\n")


def test_an_interrupted_reprocess_says_what_it_did_and_exits_130(
    db: str, inputs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsdesk.pipeline import Pipeline

    run(["--db", db, "ingest", str(inputs), "--captured-at", CAPTURED], capsys)
    real = Pipeline._reprocess_one
    done: list[int] = []

    def interrupted_on_the_second(self: Pipeline, raw_id: int, *args: Any) -> Any:
        if done:
            raise KeyboardInterrupt
        done.append(raw_id)
        return real(self, raw_id, *args)

    monkeypatch.setattr(Pipeline, "_reprocess_one", interrupted_on_the_second)
    code, _, err = run(["--db", db, "reprocess"], capsys)
    assert code == 130
    assert err.splitlines() == [
        "reprocessed 1 document(s): 1 article(s), 0 updated, 0 removed, 0 failed",
        "interrupted: run newsdesk reprocess again to finish",
    ]
