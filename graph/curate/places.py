"""The city registry: every source's mention of a place becomes one City node.

Mentions are merged by GeoNames id when the place is found in GeoNames, else by
(country, slug of the name), and by Wikidata QID across the Wikidata sources. Ids are given
at the end: ``<iso2>-<slug>``; when two different places share that, the most populous keeps
it and the others get their GeoNames admin1 code (then the GeoNames id) appended.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from graph.curate.geonames import GeoNamesIndex, GeoPlace
from graph.curate.text import ascii_name, match_key, name_variants, slugify
from graph.model import City, CityKind

PlaceKey = tuple[str, ...]
GEONAMES_SOURCE = "geonames"


@dataclass
class Place:
    key: PlaceKey
    country: str
    names: list[str] = field(default_factory=list)
    geo: GeoPlace | None = None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    kind: CityKind = "city"
    admin1: str | None = None
    wikidata: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    preferred_name: str | None = None
    id_hint: str | None = None


class PlaceRegistry:
    """Collects places from all sources and turns them into City records."""

    def __init__(self, geonames: GeoNamesIndex) -> None:
        self.geonames = geonames
        self.places: dict[PlaceKey, Place] = {}
        self._by_qid: dict[str, PlaceKey] = {}
        self._ids: dict[PlaceKey, str] | None = None

    def key_for_qid(self, qid: str) -> PlaceKey | None:
        return self._by_qid.get(qid)

    def attach_qid(self, qid: str, key: PlaceKey, source: str) -> None:
        """Record that Wikidata item ``qid`` is the place ``key`` (first claim wins)."""
        if qid not in self._by_qid:
            self._by_qid[qid] = key
            self.places[key].wikidata.add(qid)
        self.places[key].sources.add(source)

    def add(
        self,
        name: str,
        country: str,
        source: str,
        *,
        lat: float | None = None,
        lon: float | None = None,
        qid: str | None = None,
        lookup_names: tuple[str, ...] = (),
        geonames_id: int | None = None,
        kind: CityKind | None = None,
        preferred_name: str | None = None,
        admin1: str | None = None,
        id_hint: str | None = None,
        geocode: bool = True,
        alt_name: str | None = None,
    ) -> PlaceKey:
        """Register one mention of a place and return the key of its node."""
        if qid and qid in self._by_qid:
            known = self.places[self._by_qid[qid]]
            self._note(known, name, source, lat, lon, preferred_name)
            return known.key
        geo = self._geocode(name, country, lat, lon, lookup_names, geonames_id) if geocode else None
        key: PlaceKey = ("gn", str(geo.geonames_id)) if geo else ("name", country, id_hint or slugify(name))
        if key in self.places and geo and id_hint and self.places[key].id_hint not in (None, id_hint):
            # Two registered units (e.g. two kabupaten) found the same GeoNames town: keep them apart.
            geo, key = None, ("name", country, id_hint)
        if key not in self.places:
            self.places[key] = Place(key=key, country=country, geo=geo)
        place = self.places[key]
        if kind and (kind != "district" or len(place.sources) == 0):
            # A district mention never demotes a place that another source already named.
            place.kind = kind
        if admin1:
            place.admin1 = admin1
        if id_hint:
            place.id_hint = id_hint
        if qid:
            place.wikidata.add(qid)
            self._by_qid[qid] = key
        self._note(place, name, source, lat, lon, preferred_name)
        if alt_name and alt_name not in place.names:
            place.names.append(alt_name)
        return key

    def _geocode(
        self,
        name: str,
        country: str,
        lat: float | None,
        lon: float | None,
        lookup_names: tuple[str, ...],
        geonames_id: int | None,
    ) -> GeoPlace | None:
        if geonames_id:
            return self.geonames.by_id.get(geonames_id)
        for candidate in dict.fromkeys((name, *lookup_names, *name_variants(name))):
            geo = self.geonames.find(candidate, country, lat, lon)
            if geo:
                return geo
        return None

    @staticmethod
    def _note(
        place: Place, name: str, source: str, lat: float | None, lon: float | None, preferred: str | None
    ) -> None:
        if name and name not in place.names:
            place.names.append(name)
        if preferred:
            place.preferred_name = preferred
        place.sources.add(source)
        if place.lat is None and lat is not None and lon is not None:
            place.lat, place.lon = lat, lon

    def assign_ids(self, used: set[PlaceKey]) -> dict[PlaceKey, str]:
        """City id of every used place (once, after all places are known)."""
        if self._ids is None:
            self._ids = _assign_ids([self.places[key] for key in sorted(used)])
        return self._ids

    def cities(self) -> list[City]:
        if self._ids is None:
            raise RuntimeError("assign_ids first")
        return [_city(self.places[key], city_id) for key, city_id in self._ids.items()]


def display_name(place: Place) -> str:
    if place.preferred_name:
        return place.preferred_name
    if place.geo:
        return place.geo.name
    return place.names[0]


def _assign_ids(places: list[Place]) -> dict[PlaceKey, str]:
    groups: dict[str, list[Place]] = defaultdict(list)
    for place in places:
        base = place.id_hint or slugify(display_name(place)) or "place"
        groups[f"{place.country.lower()}-{base}"].append(place)
    ids: dict[PlaceKey, str] = {}
    taken = set(groups)
    for base, members in groups.items():
        members.sort(key=lambda p: (-(_population(p) or 0), p.key))
        ids[members[0].key] = base
        for place in members[1:]:
            admin = slugify(place.geo.admin1_code) if place.geo and place.geo.admin1_code else ""
            candidate = f"{base}-{admin}" if admin else ""
            if not candidate or candidate in taken:
                suffix = place.geo.geonames_id if place.geo else len(taken)
                candidate = f"{base}-{suffix}"
            taken.add(candidate)
            ids[place.key] = candidate
    return ids


def _population(place: Place) -> int | None:
    return place.geo.population if place.geo and place.geo.population else place.population


def _city(place: Place, city_id: str) -> City:
    name = display_name(place)
    alt = sorted({n for n in place.names if match_key(n) != match_key(name)} - {name})
    lat, lon = (place.geo.lat, place.geo.lon) if place.geo else (place.lat, place.lon)
    sources = set(place.sources)
    if place.geo:
        sources.add(GEONAMES_SOURCE)
    return City(
        id=city_id,
        name=name,
        ascii_name=ascii_name(name),
        alt_names=alt,
        country=place.country,
        admin1=place.admin1,
        kind=place.kind,
        lat=round(lat, 5) if lat is not None else None,
        lon=round(lon, 5) if lon is not None else None,
        population=_population(place) or None,
        geonames_id=place.geo.geonames_id if place.geo else None,
        wikidata=min(place.wikidata, key=lambda q: int(q[1:])) if place.wikidata else None,
        sources=sorted(sources),
    )
