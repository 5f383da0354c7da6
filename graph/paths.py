"""Collaboration paths between two cities, every hop explained in words."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from graph.store import GraphStore, Row

# What a user asks for (``via``) and the relationship types it allows.
RELATION_KINDS: dict[str, str] = {
    "twinning": "TWINNED_WITH",
    "membership": "MEMBER_OF",
    "designation": "DESIGNATED",
    "project": "PARTICIPATES_IN",
}
DEFAULT_VIA = ("twinning", "membership")
MAX_HOPS = 8


@dataclass(frozen=True)
class Hop:
    """One step of a path: from one node to the next, and why they are linked."""

    from_id: str
    from_name: str
    to_id: str
    to_name: str
    relation: str
    detail: str
    sources: list[str] = field(default_factory=list)
    from_label: str = "City"
    to_label: str = "City"


@dataclass(frozen=True)
class Path:
    """A path as a list of explained hops."""

    hops: list[Hop]

    @property
    def length(self) -> int:
        return len(self.hops)


def _since(props: Mapping[str, Any], word: str = "since") -> str:
    value = props.get("since") or props.get("year")
    return f" {word} {value}" if value else ""


def explain(rel_type: str, props: Mapping[str, Any], city: str, other: str) -> str:
    """A short phrase for one relationship, e.g. ``UCCN Design 2015`` or ``sister city since 1960``."""
    if rel_type == "TWINNED_WITH":
        kind = {"sister": "sister city", "friendship": "friendship city", "partnership": "partner city"}
        return kind.get(props.get("kind") or "", "twin town") + _since(props)
    if rel_type == "MEMBER_OF":
        return f"{city} is a member of {other}{_since(props)}"
    if rel_type == "DESIGNATED":
        network = str(props.get("network") or "").upper()
        year = props.get("year")
        return " ".join(str(part) for part in (network, other, year) if part)
    if rel_type == "PARTICIPATES_IN":
        role = props.get("role")
        return f"{city} takes part in {other}" + (f" ({role})" if role else "")
    return rel_type.lower().replace("_", " ")


def hops_from_row(row: Row) -> list[Hop]:
    """Turn the nodes and relationships of a path row into explained hops, in path order."""
    nodes, rels = row["nodes"], row["rels"]
    hops = []
    for here, there, rel in zip(nodes, nodes[1:], rels, strict=False):
        # The City end of a relationship names the actor in the explanation.
        forward = rel["start"] == here["key"]
        actor, target = (here, there) if forward else (there, here)
        props = {key: value for key, value in rel["props"].items() if key != "sources"}
        hops.append(
            Hop(
                from_id=here["key"],
                from_name=here["name"],
                to_id=there["key"],
                to_name=there["name"],
                relation=rel["type"],
                detail=explain(rel["type"], props, actor["name"], target["name"]),
                sources=list(rel["props"].get("sources") or []),
                from_label=here["label"],
                to_label=there["label"],
            )
        )
    return hops


def relation_types(via: Iterable[str]) -> list[str]:
    """Relationship types for the requested kinds; unknown kinds raise ValueError naming them."""
    kinds = list(via)
    unknown = [kind for kind in kinds if kind not in RELATION_KINDS]
    if unknown:
        raise ValueError(f"unknown relation kind(s) {unknown}; choose from {sorted(RELATION_KINDS)}")
    return [RELATION_KINDS[kind] for kind in kinds]


def shortest_path(
    store: GraphStore,
    source: str,
    target: str,
    via: Iterable[str] = DEFAULT_VIA,
    max_hops: int = MAX_HOPS,
) -> Path | None:
    """The shortest path from ``source`` to ``target`` over the ``via`` kinds, or None."""
    if not 1 <= max_hops <= MAX_HOPS:
        raise ValueError(f"max_hops must be between 1 and {MAX_HOPS}")
    types = relation_types(via)
    if source == target:
        return Path([])
    rows = store.run("path_shortest", {"from": source, "to": target, "types": types})
    if not rows:
        return None
    found = Path(hops_from_row(rows[0]))
    return found if found.length <= max_hops else None
