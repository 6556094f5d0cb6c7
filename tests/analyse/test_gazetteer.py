from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from newsdesk.analyse.gazetteer import (
    Gazetteer,
    _cache_path,
    read_cache,
    remove_stale_caches,
    write_cache,
)


def test_index_cache_round_trip_and_corrupt_file(gazetteer: Gazetteer, tmp_path: Path) -> None:
    path = tmp_path / "cache" / "gazetteer.sqlite"
    write_cache(path, gazetteer)
    loaded = read_cache(path)
    assert loaded is not None and len(loaded.rows) == len(gazetteer.rows)
    assert [r.geonameid for r, _ in loaded.candidates("Kabul")] == [
        r.geonameid for r, _ in gazetteer.candidates("Kabul")
    ]
    assert not list(tmp_path.joinpath("cache").glob("*tmp*"))  # written whole, then renamed
    path.write_bytes(b"not a database")
    assert read_cache(path) is None
    assert read_cache(tmp_path / "missing.sqlite") is None


def test_index_of_another_version_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('version', '4')")
        db.commit()
    assert read_cache(path) is None


def test_stale_indexes_are_removed_beside_the_current_one(tmp_path: Path) -> None:
    current = tmp_path / "gazetteer-v9-gnc3.0.2.sqlite"
    old_files = [tmp_path / "gazetteer-v8-gnc3.0.2.sqlite", tmp_path / "gazetteer-v3-gnc3.pickle"]
    keep = [current, tmp_path / "other.sqlite", tmp_path / "gazetteer-v8.sqlite-tmp"]
    for path in old_files + keep:
        path.write_bytes(b"x")
    assert sorted(remove_stale_caches(current)) == sorted(old_files)
    assert sorted(tmp_path.iterdir()) == sorted(keep)


def test_index_rows_ids_and_states(gazetteer: Gazetteer) -> None:
    rows = list(gazetteer.rows)
    assert len(rows) == len(gazetteer.rows) > 200_000
    assert sum(r.feature == "country" for r in rows) > 200
    kabul = gazetteer.place(1138958)
    assert kabul is not None and kabul.name == "Kabul" and kabul.country_code == "AF"
    assert gazetteer.place(0) is None and gazetteer.place(-1) is None
    (california,) = gazetteer.admin1_rows("CA")
    assert california.name == "California" and california.code == "US-CA"
    assert [r for r in rows if r.feature == "admin1" and (r.cc, r.admin1) == ("US", "CA")] == [
        california
    ]


def test_cache_location_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWSDESK_CACHE", str(tmp_path))
    path = _cache_path()
    assert path is not None and path.parent == tmp_path / "newsdesk"
