"""World Cities Culture Forum members (Wikipedia list) and curated joining years."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from graph.curate.inputs import read_table, source_ids
from graph.curate.places import PlaceKey, PlaceRegistry

WIKIPEDIA_WCCF = "wikipedia-wccf"
FOUNDING_YEAR = 2012


@dataclass
class MembershipRow:
    place: PlaceKey
    since: int | None
    note: str | None
    sources: list[str]


def build_wccf(data: Path, curated: Path, registry: PlaceRegistry) -> list[MembershipRow]:
    joins = {row["city"]: row for row in read_table(curated / "wccf_joins.csv")}
    rows = []
    for member in read_table(data / "wccf" / "wccf_members_wikipedia.csv"):
        key = registry.add(member["city"], member["country_iso2"], WIKIPEDIA_WCCF)
        sources = [WIKIPEDIA_WCCF]
        since, note = None, None
        if member["founding_member_2012"] == "yes":
            since, note = FOUNDING_YEAR, "founding member (2012)"
        join = joins.get(member["city"])
        if join:
            since = int(join["since"]) if join["since"] else since
            note = join["note"] or note
            sources += source_ids(join["sources"])
        if since is None and note is None:
            note = "joining year not given by the sources used"
        rows.append(MembershipRow(key, since, note, sorted(set(sources))))
    # Founders of 2012 that the Wikipedia list no longer names (Shanghai, Johannesburg).
    for founder in read_table(curated / "wccf_founders_extra.csv"):
        sources = source_ids(founder["sources"])
        key = registry.add(founder["city"], founder["country_iso2"], sources[0])
        rows.append(MembershipRow(key, int(founder["since"]), founder["note"] or None, sources))
    return rows
