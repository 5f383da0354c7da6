"""Writes from outside the seed: a twinning or a project, each with its source, idempotently.

Each write runs in one store transaction (so it bumps the store version and every cache of
projections and path graphs goes stale) and reuses the seed's MERGE-based load queries, so
posting the same record twice leaves one copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graph.model import Participation, Project, ProjectField, ProjectSdg, Source, Twinning
from graph.store import GraphStore, Row, Transaction

__all__ = ["SourceConflict", "UnknownReference", "add_project", "add_twinning"]


class UnknownReference(ValueError):
    """A record names ids that are not in the graph; ``field`` says which input field."""

    def __init__(self, field: str, missing: Sequence[Any]) -> None:
        self.field = field
        self.missing = list(missing)
        super().__init__(f"{field}: unknown id(s) {', '.join(repr(m) for m in missing)}")


class SourceConflict(ValueError):
    """A new source reuses the id of an existing source that says something different."""


_EMPTY: dict[str, list[Any]] = {
    "cities": [],
    "networks": [],
    "fields": [],
    "projects": [],
    "sources": [],
    "sdgs": [],
}


def _existing(tx: Transaction, **ids: list[Any]) -> dict[str, set[Any]]:
    row = tx.run("nodes_exist", {**_EMPTY, **ids})[0]
    return {key: set(value) for key, value in row.items()}


def _require(field: str, wanted: Sequence[Any], existing: set[Any]) -> None:
    missing = [value for value in dict.fromkeys(wanted) if value not in existing]
    if missing:
        raise UnknownReference(field, missing)


def _ensure_source(tx: Transaction, source_id: str, new_source: Source | None, exists: bool) -> None:
    """An existing id is fine; a new source object is created unless its id is taken by another."""
    if new_source is None:
        if not exists:
            raise UnknownReference("source", [source_id])
        return
    row = new_source.model_dump()
    if exists:
        stored = tx.run("sources_by_ids", {"ids": [source_id]})[0]["source"]
        if {key: stored.get(key) for key in row} != row:
            raise SourceConflict(f"source {source_id!r} exists with different details; cite it by id")
        return
    tx.run("load_sources", {"rows": [row]})


def add_twinning(store: GraphStore, twinning: Twinning, new_source: Source | None = None) -> tuple[Row, bool]:
    """Record a twinning cited by ``twinning.sources[0]``; ``(stored record, created)``.

    Posting it again adds no relationship: an existing one keeps its year when none is given
    and gains the new source.
    """
    source_id = twinning.sources[0]
    with store.transaction() as tx:
        found = _existing(tx, cities=[twinning.city_a, twinning.city_b], sources=[source_id])
        _require("city_a", [twinning.city_a], found["cities"])
        _require("city_b", [twinning.city_b], found["cities"])
        _ensure_source(tx, source_id, new_source, source_id in found["sources"])
        params = {"city": twinning.city_a, "other": twinning.city_b, "types": ["TWINNED_WITH"]}
        before = tx.run("relationship_between", params)
        old = before[0]["rel"]["props"] if before else {}
        row = {
            "city_a": twinning.city_a,
            "city_b": twinning.city_b,
            "kind": twinning.kind,
            "since": twinning.since if twinning.since is not None else old.get("since"),
            "sources": sorted(set(old.get("sources") or []) | set(twinning.sources)),
        }
        tx.run("load_twinnings", {"rows": [row]})
    return row, not before


def add_project(
    store: GraphStore,
    project: Project,
    participations: Sequence[Participation],
    fields: Sequence[ProjectField] = (),
    sdgs: Sequence[ProjectSdg] = (),
    new_source: Source | None = None,
) -> bool:
    """Record a project with its cities, fields and SDGs; True when the project is new."""
    source_id = project.sources[0]
    with store.transaction() as tx:
        found = _existing(
            tx,
            cities=[p.city for p in participations],
            networks=[project.network] if project.network else [],
            fields=[f.field for f in fields],
            projects=[project.id],
            sources=[source_id],
            sdgs=[s.sdg for s in sdgs],
        )
        _require("cities", [p.city for p in participations], found["cities"])
        _require("network", [project.network] if project.network else [], found["networks"])
        _require("fields", [f.field for f in fields], found["fields"])
        _require("sdgs", [s.sdg for s in sdgs], found["sdgs"])
        _ensure_source(tx, source_id, new_source, source_id in found["sources"])
        tx.run("load_projects", {"rows": [project.model_dump()]})
        tx.run("load_participations", {"rows": [p.model_dump() for p in participations]})
        if fields:
            tx.run("load_project_fields", {"rows": [f.model_dump() for f in fields]})
        if sdgs:
            tx.run("load_project_sdgs", {"rows": [s.model_dump() for s in sdgs]})
    return project.id not in found["projects"]
