"""Twin towns and sister cities: three sources merged into one set of city pairs.

- Hekman (Wikipedia lists; names + countries, coordinates for most rows),
- ursino (Wikidata P190 for cities over 10k people; QIDs + country + coordinates),
- l3viathan (Wikidata P190 crawl of 2016; QIDs + German-preferred labels only).

Hekman and ursino endpoints are geocoded by name within their country (nearest GeoNames
candidate to the source's coordinates). A l3viathan QID gets its place from ursino's QID,
else from the Hekman pair it matches (same two places by name), else from GeoNames when
the label names places in one country only; otherwise its pairs are dropped and counted.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from graph.curate.countries import Countries
from graph.curate.inputs import read_pairs, read_table
from graph.curate.places import PlaceKey, PlaceRegistry
from graph.curate.text import match_key, split_parenthetical
from graph.model import CityKind

HEKMAN = "hekman-twincities-wikipedia"
URSINO = "ursino-wikidata-p190-2022"
L3VIATHAN = "l3viathan-wikidata-p190-2016"

# Words that mark an administrative area, not a city.
REGION_WORDS = re.compile(
    r"\b(county|province|prefecture|region|oblast|governorate|voivodeship|department|canton|state|krai|"
    r"raion|district council|regional unit|autonomous community|comarca)\b",
    re.IGNORECASE,
)
# A place named in one country only, and at least this big, is taken to be that place.
MIN_POPULATION_FOR_LABEL_ONLY = 1000


@dataclass
class TwinResult:
    pairs: dict[frozenset[PlaceKey], set[str]] = field(default_factory=dict)
    dropped: Counter[str] = field(default_factory=Counter)
    used: set[PlaceKey] = field(default_factory=set)

    def add(self, a: PlaceKey, b: PlaceKey, source: str) -> None:
        if a == b:
            self.dropped[f"{source}: both ends are the same place"] += 1
            return
        self.pairs.setdefault(frozenset((a, b)), set()).add(source)
        self.used.update((a, b))


def _float(text: str) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None


class _Endpoints:
    """Resolves a (name, country text, coordinates) endpoint to a place, or says why not."""

    def __init__(self, registry: PlaceRegistry, countries: Countries) -> None:
        self.registry = registry
        self.countries = countries

    def resolve(
        self,
        name: str,
        country_text: str,
        source: str,
        lat: float | None,
        lon: float | None,
        qid: str | None = None,
    ) -> PlaceKey | str:
        base, inside = split_parenthetical(name)
        base = base.split(",")[0].strip() or name
        country = self.countries.iso2(country_text)
        if country is None:
            return "country cannot be determined"
        if REGION_WORDS.search(name):
            return "a region, county or state, not a city"
        if self.countries.iso2(base) is not None and self.registry.geonames.find(base, country) is None:
            return "a country or territory, not a city"
        # "Seongdong (Seoul)" is a district of a city; "Jinan (Shandong)" only names its province.
        parent = self.registry.geonames.find(inside, country) if inside else None
        kind: CityKind | None = "district" if parent and match_key(parent.name) != match_key(base) else None
        lookups = tuple(dict.fromkeys(n for n in (base, name.split("(")[0].strip()) if n and n != name))
        return self.registry.add(
            name, country, source, lat=lat, lon=lon, qid=qid, lookup_names=lookups, kind=kind
        )


def _hekman(data: Path, endpoints: _Endpoints, result: TwinResult) -> dict[str, set[PlaceKey]]:
    """Register Hekman pairs; return name key -> places (for matching l3viathan labels)."""
    folder = data / "sister_cities"
    coords: dict[tuple[str, str], tuple[float | None, float | None]] = {}
    for row in read_table(folder / "hekman_wikipedia_twin_cities_geocoded_2026-02.csv"):
        coords[(row["city1"], row["country1"])] = (_float(row["lat1"]), _float(row["lng1"]))
        coords[(row["city2"], row["country2"])] = (_float(row["lat2"]), _float(row["lng2"]))
    names: dict[str, set[PlaceKey]] = defaultdict(set)
    for row in read_table(folder / "hekman_wikipedia_twin_cities_raw_2026-02.csv"):
        ends = []
        for name, country in ((row["city1"], row["country1"]), (row["city2"], row["country2"])):
            lat, lon = coords.get((name, country), (None, None))
            ends.append((name, endpoints.resolve(name, country, HEKMAN, lat, lon)))
        problems = [end for _, end in ends if isinstance(end, str)]
        if problems:
            result.dropped[f"{HEKMAN}: {problems[0]}"] += 1
            continue
        (name_a, a), (name_b, b) = ends
        result.add(a, b, HEKMAN)  # type: ignore[arg-type]
        for name, key in ((name_a, a), (name_b, b)):
            names[match_key(split_parenthetical(name)[0])].add(key)  # type: ignore[arg-type]
    return names


def _ursino(data: Path, endpoints: _Endpoints, result: TwinResult) -> None:
    path = data / "sister_cities" / "ursino_wikidata_p190_cities_pop10k_2022-01.csv"
    for row in read_table(path):
        ends = []
        for side in ("a", "b"):
            ends.append(
                endpoints.resolve(
                    row[f"city_{side}_label"],
                    row[f"city_{side}_country"],
                    URSINO,
                    _float(row[f"city_{side}_lat"]),
                    _float(row[f"city_{side}_lon"]),
                    qid=row[f"city_{side}_qid"],
                )
            )
        problems = [end for end in ends if isinstance(end, str)]
        if problems:
            result.dropped[f"{URSINO}: {problems[0]}"] += 1
            continue
        result.add(ends[0], ends[1], URSINO)  # type: ignore[arg-type]


def _name_index(registry: PlaceRegistry, hekman_names: dict[str, set[PlaceKey]]) -> dict[str, set[PlaceKey]]:
    """Name key -> places, over Hekman names and the GeoNames names of every known place."""
    index: dict[str, set[PlaceKey]] = defaultdict(set)
    for key, places in hekman_names.items():
        index[key].update(places)
    for place in registry.places.values():
        if place.geo:
            for name in (place.geo.name, *place.geo.alt_names):
                index[match_key(name)].add(place.key)
    return index


def _l3viathan(
    data: Path, registry: PlaceRegistry, hekman_names: dict[str, set[PlaceKey]], result: TwinResult
) -> None:
    folder = data / "sister_cities"
    labels = {
        row[0]: row[1]
        for row in read_pairs(folder / "l3viathan_wikidata_p190_names_2016.tsv")
        if len(row) > 1
    }
    undirected = sorted(
        {tuple(sorted(row[:2])) for row in read_pairs(folder / "l3viathan_wikidata_p190_relations_2016.tsv")}
    )
    index = _name_index(registry, hekman_names)

    def candidates(qid: str) -> set[PlaceKey]:
        known = registry.key_for_qid(qid)
        if known:
            return {known}
        return index.get(match_key(labels.get(qid, "")), set())

    # Pass 1: a pair already known from Hekman/ursino tells which places its two QIDs are.
    remaining = []
    for qa, qb in undirected:
        matches = [
            (a, b)
            for a in candidates(qa)
            for b in candidates(qb)
            if a != b and frozenset((a, b)) in result.pairs
        ]
        if len(matches) == 1:
            a, b = matches[0]
            for qid, key in ((qa, a), (qb, b)):
                registry.attach_qid(qid, key, L3VIATHAN)
            result.add(a, b, L3VIATHAN)
        else:
            remaining.append((qa, qb))

    # Pass 2: the other pairs need each QID placed on its own.
    for qa, qb in remaining:
        ends = [_place_qid(registry, qid, labels.get(qid, "")) for qid in (qa, qb)]
        if any(end is None for end in ends):
            result.dropped[f"{L3VIATHAN}: country cannot be determined"] += 1
            continue
        result.add(ends[0], ends[1], L3VIATHAN)  # type: ignore[arg-type]


def _place_qid(registry: PlaceRegistry, qid: str, label: str) -> PlaceKey | None:
    known = registry.key_for_qid(qid)
    if known:
        return known
    if not label or REGION_WORDS.search(label):
        return None
    found = registry.geonames.anywhere(label, MIN_POPULATION_FOR_LABEL_ONLY)
    if len({place.country for place in found}) != 1:
        return None
    best = max(found, key=lambda place: (place.population, -place.geonames_id))
    return registry.add(label, best.country, L3VIATHAN, qid=qid, geonames_id=best.geonames_id)


def build_twinnings(data: Path, registry: PlaceRegistry, countries: Countries) -> TwinResult:
    result = TwinResult()
    endpoints = _Endpoints(registry, countries)
    _ursino(data, endpoints, result)
    hekman_names = _hekman(data, endpoints, result)
    _l3viathan(data, registry, hekman_names, result)
    return result
