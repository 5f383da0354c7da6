"""Cities: search with filters, the city card, close matches for unknown ids, and partners.

Functions take a store and plain values and return plain dicts, so the API, the CLI and
notebooks share them. Every query they run is a named file in ``cypher/api``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from graph.store import GraphStore, Row
from graph.text import fold

__all__ = [
    "PARTNER_KINDS",
    "CityFilters",
    "PartnerKind",
    "city_card",
    "partners",
    "resolve_sources",
    "search_cities",
    "suggest_cities",
]

PartnerKind = Literal["twinning", "project", "field"]
PARTNER_KINDS: tuple[PartnerKind, ...] = ("twinning", "project", "field")
# One named query per partner kind: the kind picks the file, nothing is formatted into Cypher.
_PARTNER_QUERIES: dict[PartnerKind, str] = {
    "twinning": "partners_twinning",
    "project": "partners_project",
    "field": "partners_field",
}


@dataclass(frozen=True)
class CityFilters:
    """What ``search_cities`` keeps; ``None`` means no filter.

    ``q`` matches any name or alternate name, ignoring case and accents; ``network`` keeps
    members of (or cities designated by) a network; ``field`` and the ``designated_*`` years keep
    cities with a matching designation; ``region`` is a UN M49 region or subregion.
    """

    q: str | None = None
    network: str | None = None
    field: str | None = None
    country: str | None = None
    region: str | None = None
    designated_from: int | None = None
    designated_to: int | None = None

    def params(self) -> dict[str, Any]:
        text = fold(self.q) if self.q is not None else None
        return {
            "text": text or None,
            "network": self.network,
            "field": self.field,
            "country": self.country.upper() if self.country else None,
            "region": self.region.casefold() if self.region else None,
            "designated_from": self.designated_from,
            "designated_to": self.designated_to,
        }


def search_cities(
    store: GraphStore, filters: CityFilters, offset: int = 0, limit: int = 50
) -> tuple[int, list[Row]]:
    """``(total, page)`` of the cities that pass ``filters``, largest population first."""
    params = filters.params()
    if filters.q and filters.q.strip() and params["text"] is None:
        return 0, []  # a q of only punctuation matches no name (an empty q is no filter)
    total: int = store.run("city_count", params)[0]["count"]
    if total <= offset:
        return total, []
    return total, store.run("city_list", {**params, "offset": offset, "limit": limit})


def resolve_sources(store: GraphStore, ids: Iterable[str]) -> list[Row]:
    """The Source records for ``ids`` (unknown ids are dropped), by id."""
    wanted = sorted(set(ids))
    if not wanted:
        return []
    return [row["source"] for row in store.run("sources_by_ids", {"ids": wanted})]


def cited_sources(*groups: Iterable[Row]) -> set[str]:
    """Every source id cited by the records in ``groups``."""
    found: set[str] = set()
    for group in groups:
        for item in group:
            found.update(item.get("sources") or [])
    return found


def city_card(store: GraphStore, city_id: str) -> Row | None:
    """Everything about one city, each list sorted, with every cited source resolved; None if unknown."""
    rows = store.run("city_card", {"id": city_id})
    if not rows:
        return None
    row = rows[0]
    card: Row = dict(row["city"])
    card["networks"] = sorted(row["networks"], key=lambda n: n["id"])
    card["designations"] = sorted(row["designations"], key=lambda d: (d["network"], d["field"]))
    card["twins"] = sorted(row["twins"], key=lambda t: t["id"])
    card["projects"] = sorted(row["projects"], key=lambda p: p["id"])
    card["sdgs"] = sorted(set(row["sdgs"]))
    cited = set(card.get("sources") or []) | cited_sources(
        card["networks"], card["designations"], card["twins"], card["projects"]
    )
    card["sources"] = resolve_sources(store, cited)
    return card


def suggest_cities(store: GraphStore, city_id: str, limit: int = 5) -> list[str]:
    """Ids close to an unknown ``city_id``: cities whose names contain its slug, then similar ids."""
    slug = city_id.split("-", 1)[1] if len(city_id) > 3 and city_id[2] == "-" else city_id
    text = fold(slug)
    found: list[str] = []
    if text:
        found = [row["city"]["id"] for row in store.run("city_search", {"text": text, "limit": limit})]
    if len(found) < limit:
        ids = [row["id"] for row in store.run("city_ids")]
        close = difflib.get_close_matches(city_id.casefold(), ids, n=limit, cutoff=0.6)
        found += [candidate for candidate in close if candidate not in found]
    return found[:limit]


def _reason(kind: PartnerKind, row: Row) -> Row:
    if kind == "twinning":
        label = {"sister": "sister city", "friendship": "friendship city", "partnership": "partner city"}
        detail = label.get(row["kind"] or "", "twin town") + (
            f" since {row['since']}" if row["since"] else ""
        )
    elif kind == "project":
        detail = row["name"] + (f" ({row['year']})" if row["year"] else "")
    else:
        detail = f"{row['network'].upper()} {row['field_name']}" + (
            f" (partner designated {row['year']})" if row["year"] else ""
        )
    return {"kind": kind, "detail": detail, "sources": sorted(set(row["sources"] or []))}


def partners(
    store: GraphStore,
    city_id: str,
    kinds: Iterable[PartnerKind] = PARTNER_KINDS,
    offset: int = 0,
    limit: int = 50,
) -> tuple[int, list[Row]]:
    """``(total, page)`` of the cities linked to ``city_id``, each with every reason it is a partner.

    Partners with more reasons come first (then by id), so the closest ones lead the first page.
    """
    merged: dict[str, Row] = {}
    for kind in dict.fromkeys(kinds):
        for row in store.run(_PARTNER_QUERIES[kind], {"id": city_id}):
            entry = merged.setdefault(row["city"]["id"], {"city": row["city"], "reasons": []})
            entry["reasons"].append(_reason(kind, row))
    ranked = sorted(merged.values(), key=lambda entry: (-len(entry["reasons"]), entry["city"]["id"]))
    return len(ranked), ranked[offset : offset + limit]
