"""Projections: the store's cities as NetworkX graphs, one kind of city–city link at a time.

- ``twinning``: twin towns / sister cities.
- ``projects``: two cities linked when they take part in the same project.
- ``field``: two cities linked when one network designated both in the same creative field.
- ``all``: the union; each edge lists its ``kinds`` and is weighted by how many links it stands for.

Each is built from a few export queries and cached per store version, so any write or load
makes the next request rebuild it.
"""

from __future__ import annotations

import itertools
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal, Protocol

import networkx as nx

from graph.store import GraphStore, Row
from graph.store.base import Params

Projection = Literal["twinning", "projects", "field", "all"]
PROJECTIONS: tuple[Projection, ...] = ("twinning", "projects", "field", "all")


@dataclass(frozen=True)
class Filters:
    """Which cities and links a projection keeps.

    City filters (all must hold): a member of ``network`` (or designated by it), designated in
    ``field``, in ``country`` (ISO alpha-2), in ``region`` (UN M49 region or subregion).
    Link filters: ``since``/``until`` keep links dated within those years; undated links are
    dropped when either is set.
    """

    network: str | None = None
    field: str | None = None
    country: str | None = None
    region: str | None = None
    since: int | None = None
    until: int | None = None

    def keeps_city(self, city: Row) -> bool:
        designations = city["designations"]
        networks = set(city["networks"]) | {d["network"] for d in designations}
        if self.network and self.network not in networks:
            return False
        if self.field and not any(d["field"] == self.field for d in designations):
            return False
        if self.country and city["country"] != self.country.upper():
            return False
        regions = {(city.get("region") or "").casefold(), (city.get("subregion") or "").casefold()}
        return not (self.region and self.region.casefold() not in regions)

    def keeps_year(self, year: int | None) -> bool:
        if self.since is None and self.until is None:
            return True
        if year is None:
            return False
        return (self.since is None or year >= self.since) and (self.until is None or year <= self.until)


class RowSource(Protocol):
    """What a projection is built from: a store, or the rows it gave (see ``Projector``)."""

    def run(self, name: str, params: Params | None = None) -> list[Row]: ...


class _Rows:
    """The export rows of one store version, queried once and shared by every projection."""

    def __init__(self, store: GraphStore, version: int) -> None:
        self.store = store
        self.version = version
        self._rows: dict[str, list[Row]] = {}

    def run(self, name: str, params: Params | None = None) -> list[Row]:
        if params:  # only parameterless export queries are kept
            return self.store.run(name, params)
        if name not in self._rows:
            self._rows[name] = self.store.run(name)
        return self._rows[name]


def _add_link(graph: nx.Graph, a: str, b: str, kind: str, detail: str, sources: Iterable[str]) -> None:
    """Add one typed link to the edge a–b, merging with links of other kinds already there."""
    if a == b:
        return
    if graph.has_edge(a, b):
        data = graph.edges[a, b]
    else:
        graph.add_edge(a, b, kinds=[], details=[], sources=[], weight=0)
        data = graph.edges[a, b]
    if kind not in data["kinds"]:
        data["kinds"].append(kind)
    data["details"].append(detail)
    data["sources"] = sorted(set(data["sources"]) | set(sources))
    data["weight"] += 1


def _twinning_links(graph: nx.Graph, store: RowSource, filters: Filters) -> None:
    for row in store.run("export_twinnings"):
        if row["a"] in graph and row["b"] in graph and filters.keeps_year(row["since"]):
            since = f" since {row['since']}" if row["since"] else ""
            _add_link(graph, row["a"], row["b"], "twinning", f"{row['kind']}{since}", row["sources"] or [])


def _project_links(graph: nx.Graph, store: RowSource, filters: Filters) -> None:
    by_project: dict[str, list[Row]] = defaultdict(list)
    for row in store.run("export_participations"):
        if row["city"] in graph and filters.keeps_year(row["year"]):
            by_project[row["project"]].append(row)
    for rows in by_project.values():
        for one, other in itertools.combinations(rows, 2):
            sources = set(one["sources"] or []) | set(other["sources"] or [])
            _add_link(graph, one["city"], other["city"], "project", one["name"], sources)


def _field_links(graph: nx.Graph, cities: list[Row], filters: Filters) -> None:
    by_field: dict[tuple[str, str], list[tuple[str, Row]]] = defaultdict(list)
    for city in cities:
        for designation in city["designations"]:
            if filters.keeps_year(designation["year"]):
                by_field[(designation["network"], designation["field"])].append((city["id"], designation))
    for (network, field), members in by_field.items():
        for (a, one), (b, other) in itertools.combinations(members, 2):
            sources = set(one["sources"] or []) | set(other["sources"] or [])
            _add_link(graph, a, b, "field", f"{network.upper()} {field}", sources)


def build(store: RowSource, projection: Projection = "twinning", filters: Filters | None = None) -> nx.Graph:
    """A fresh city–city graph of ``projection``; node attributes are the city's properties."""
    if projection not in PROJECTIONS:
        raise ValueError(f"unknown projection {projection!r}; choose from {list(PROJECTIONS)}")
    filters = filters or Filters()
    cities = [city for city in store.run("export_cities") if filters.keeps_city(city)]
    graph = nx.Graph(projection=projection)
    for city in cities:
        attributes = {key: value for key, value in city.items() if key != "id"}
        attributes["fields"] = sorted({f"{d['network']}:{d['field']}" for d in city["designations"]})
        graph.add_node(city["id"], **attributes)
    if projection in ("twinning", "all"):
        _twinning_links(graph, store, filters)
    if projection in ("projects", "all"):
        _project_links(graph, store, filters)
    if projection in ("field", "all"):
        _field_links(graph, cities, filters)
    return graph


class Projector:
    """Builds projections of one store and keeps the most recent ones until the store changes."""

    def __init__(self, store: GraphStore, size: int = 16) -> None:
        self.store = store
        self._size = size
        self._cache: OrderedDict[tuple[Any, ...], nx.Graph] = OrderedDict()
        self._lock = threading.Lock()
        # Filtered projections of one version share the export rows: only the first queries.
        self._rows = _Rows(store, store.version)

    def get(self, projection: Projection = "twinning", filters: Filters | None = None) -> nx.Graph:
        """The projection, cached and frozen: copy it before changing it."""
        key = (self.store.version, projection, filters or Filters())
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        with self._lock:
            if self._rows.version != key[0]:
                self._rows = _Rows(self.store, key[0])
            rows = self._rows
        graph = nx.freeze(build(rows, projection, filters))
        with self._lock:
            self._cache[key] = graph
            while len(self._cache) > self._size:
                self._cache.popitem(last=False)
        return graph
