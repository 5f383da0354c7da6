"""Networks, creative fields, SDGs, projects and sources: lists and single records.

Every list returns ``(total, page)``; every single lookup returns ``None`` when the id is
unknown, so callers decide what "not found" means (a 404, a CLI message).
"""

from __future__ import annotations

from typing import Any, Literal

from graph.cities import cited_sources, resolve_sources
from graph.store import GraphStore, Row

__all__ = [
    "field",
    "field_cities",
    "fields",
    "network",
    "network_members",
    "networks",
    "project",
    "projects",
    "sdg_projects",
    "sdgs",
    "source",
]

Page = tuple[int, list[Row]]


def _page(store: GraphStore, name: str, params: dict[str, Any]) -> Page:
    row = store.run(name, params)[0]
    return row["count"], row["data"]


def networks(store: GraphStore, offset: int = 0, limit: int = 50) -> Page:
    """Every network with its number of member cities."""
    return _page(store, "network_list", {"offset": offset, "limit": limit})


def network(store: GraphStore, network_id: str) -> Row | None:
    """One network with its member count, the fields it designates in, and its sources resolved."""
    rows = store.run("network_by_id", {"id": network_id})
    if not rows:
        return None
    found: Row = dict(rows[0]["network"])
    found["fields"] = sorted(set(found["fields"]))
    found["sources"] = resolve_sources(store, found.get("sources") or [])
    return found


def network_members(
    store: GraphStore,
    network_id: str,
    field: str | None = None,
    since: int | None = None,
    until: int | None = None,
    offset: int = 0,
    limit: int = 50,
) -> Page:
    """A network's members (optionally designated in ``field``, or joined within [since, until])."""
    params = {"id": network_id, "field": field, "since": since, "until": until}
    total, data = _page(store, "network_members", {**params, "offset": offset, "limit": limit})
    for member in data:
        member["fields"] = sorted(set(member["fields"]))
    return total, data


def fields(
    store: GraphStore, scheme: Literal["uccn", "bekraf"] | None = None, offset: int = 0, limit: int = 50
) -> Page:
    """Creative fields (UCCN first, then Bekraf subsectors) with how many cities hold each."""
    return _page(store, "field_list", {"scheme": scheme, "offset": offset, "limit": limit})


def field(store: GraphStore, field_id: str) -> Row | None:
    """One creative field, or None."""
    rows = store.run("field_by_id", {"id": field_id})
    return dict(rows[0]["field"]) if rows else None


def field_cities(
    store: GraphStore,
    field_id: str,
    network: str | None = None,
    designated_from: int | None = None,
    designated_to: int | None = None,
    offset: int = 0,
    limit: int = 50,
) -> Page:
    """Cities designated in a field, earliest designation first."""
    params = {
        "id": field_id,
        "network": network,
        "designated_from": designated_from,
        "designated_to": designated_to,
    }
    return _page(store, "field_cities", {**params, "offset": offset, "limit": limit})


def sdgs(store: GraphStore) -> list[Row]:
    """The 17 SDGs with how many projects advance each."""
    return [row["sdg"] for row in store.run("sdg_list")]


def sdg_projects(store: GraphStore, number: int, offset: int = 0, limit: int = 50) -> tuple[Row, Page] | None:
    """The SDG and a page of the projects that advance it, or None when there is no such SDG."""
    row = store.run("sdg_projects", {"number": number, "offset": offset, "limit": limit})[0]
    if row["sdg"] is None:
        return None
    return row["sdg"], (row["count"], row["data"])


def projects(
    store: GraphStore,
    network: str | None = None,
    field: str | None = None,
    sdg: int | None = None,
    city: str | None = None,
    offset: int = 0,
    limit: int = 50,
) -> Page:
    """Projects that pass every given filter, by year."""
    params = {"network": network, "field": field, "sdg": sdg, "city": city}
    return _page(store, "project_list", {**params, "offset": offset, "limit": limit})


def project(store: GraphStore, project_id: str) -> Row | None:
    """One project with its cities, fields, SDGs and sources resolved, or None."""
    rows = store.run("project_card", {"id": project_id})
    if not rows:
        return None
    row = rows[0]
    found: Row = dict(row["project"])
    found["cities"] = sorted(row["cities"], key=lambda city: city["id"])
    found["fields"] = sorted(row["fields"], key=lambda item: item["id"])
    found["sdgs"] = sorted(row["sdgs"], key=lambda item: item["number"])
    found["sources"] = resolve_sources(store, cited_sources([found], found["cities"]))
    return found


def source(store: GraphStore, source_id: str) -> Row | None:
    """One Source, or None."""
    found = resolve_sources(store, [source_id])
    return found[0] if found else None
