"""Exports of the store: JSON lines, CSV and Parquet.

Files are written to a temporary sibling and renamed into place, so a full
disk or a crash never leaves a half-written export behind.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from newsdesk.errors import InputError

FLAT_FIELDS = [
    "id",
    "headline",
    "author",
    "datePublished",
    "dateModified",
    "dateline",
    "inLanguage",
    "url",
    "source",
    "publisher",
    "capturedAt",
    "articleBody",
]


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    out = {name: record.get(name) for name in FLAT_FIELDS}
    out["author"] = "; ".join(record.get("author") or [])
    return out


@contextmanager
def atomic_output(path: Path | None, binary: bool = False) -> Iterator[IO[Any]]:
    """A file that appears at ``path`` only when complete (stdout when None)."""
    if path is None:
        if binary:
            raise InputError("this format needs an output file: use -o FILE")
        yield sys.stdout
        return
    folder = path.resolve().parent
    if not folder.is_dir():
        raise InputError(f"cannot write {path}: folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(
            fd,
            "wb" if binary else "w",
            encoding=None if binary else "utf-8",
            newline=None if binary else "",
        ) as handle:
            yield handle
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=FLAT_FIELDS)
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(_flat(record))
        count += 1
    return count


def write_parquet(records: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for record in records:
        row = _flat(record)
        row["author"] = list(record.get("author") or [])
        row["analysis"] = json.dumps(
            {k: v for k, v in record.items() if k not in FLAT_FIELDS}, ensure_ascii=False
        )
        rows.append(row)
    schema = pa.schema(
        [(name, pa.list_(pa.string()) if name == "author" else pa.string()) for name in FLAT_FIELDS]
        + [("analysis", pa.string())]
    ).set(0, pa.field("id", pa.int64()))
    table = pa.Table.from_pylist(rows, schema=schema)
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    out.write(buffer.getvalue())
    return len(rows)


WRITERS: dict[str, tuple[Callable[[Iterable[dict[str, Any]], Any], int], bool]] = {
    "jsonl": (write_jsonl, False),
    "csv": (write_csv, False),
    "parquet": (write_parquet, True),
}


def export(records: Iterable[dict[str, Any]], fmt: str, path: Path | None) -> int:
    """Write ``records`` in ``fmt`` to ``path`` (stdout when None); returns the count."""
    if fmt not in WRITERS:
        raise InputError(f"unknown export format {fmt!r}: choose one of {', '.join(WRITERS)}")
    writer, binary = WRITERS[fmt]
    with atomic_output(path, binary) as out:
        return writer(records, out)
