"""The whole curation: inputs -> validated records for every seed file, plus statistics."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from graph.curate.countries import Countries
from graph.curate.geonames import GeoNamesIndex
from graph.curate.indonesia import build_indonesia
from graph.curate.places import PlaceKey, PlaceRegistry
from graph.curate.projects import build_projects
from graph.curate.reference import load_correspondences, load_fields, load_networks, load_sdgs, load_sources
from graph.curate.twins import build_twinnings
from graph.curate.uccn import build_uccn, first_years
from graph.curate.wccf import build_wccf
from graph.model import LAST_UCCN_YEAR, Designation, Membership, Record, Twinning

# UNESCO's release of 30 October 2025 (source sufe-unesco-uccn-2025): "58 new Creative Cities".
UCCN_2025_ANNOUNCED = 58


@dataclass
class Curation:
    records: dict[str, list[Record]]
    stats: Mapping[str, object] = field(default_factory=dict)


def _unique(name: str, records: list[Record], key: tuple[str, ...]) -> list[Record]:
    seen = Counter(tuple(getattr(r, k) for k in key) for r in records)
    duplicates = [k for k, n in seen.items() if n > 1]
    if duplicates:
        raise ValueError(f"{name}: duplicate keys {duplicates[:5]}")
    return records


def build(data: Path, curated: Path) -> Curation:
    countries = Countries()
    registry = PlaceRegistry(GeoNamesIndex())

    indonesia = build_indonesia(data, registry)
    uccn_rows = build_uccn(data, curated, registry)
    wccf_rows = build_wccf(data, curated, registry)
    twins = build_twinnings(data, registry, countries)
    projects = build_projects(curated, registry)

    used: set[PlaceKey] = (
        set(indonesia.values())
        | {row.place for row in uccn_rows}
        | {row.place for row in wccf_rows}
        | twins.used
        | projects.places
    )
    ids = registry.assign_ids(used)
    cities = registry.cities()

    designations: list[Record] = [
        Designation(
            city=ids[r.place], network="uccn", field=r.field, year=r.year, note=r.note, sources=r.sources
        )
        for r in uccn_rows
    ]
    memberships: list[Record] = []
    for place, (since, sources) in first_years(uccn_rows).items():
        note = None if since else "first designation year not confirmed"
        memberships.append(
            Membership(city=ids[place], network="uccn", since=since, note=note, sources=sources)
        )
    for row in wccf_rows:
        memberships.append(
            Membership(
                city=ids[row.place], network="wccf", since=row.since, note=row.note, sources=row.sources
            )
        )
    twinnings: list[Record] = []
    for pair, pair_sources in twins.pairs.items():
        a, b = sorted(ids[key] for key in pair)
        twinnings.append(Twinning(city_a=a, city_b=b, sources=sorted(pair_sources)))

    country_codes = sorted({city.country for city in cities})
    records: dict[str, list[Record]] = {
        "sources.csv": list(load_sources(curated)),
        "countries.csv": [countries.record(code) for code in country_codes],
        "networks.csv": list(load_networks(curated)),
        "fields.csv": list(load_fields(curated)),
        "field_correspondences.csv": list(load_correspondences(curated)),
        "sdgs.csv": list(load_sdgs(data, curated)),
        "cities.csv": list(cities),
        "memberships.csv": memberships,
        "designations.csv": designations,
        "twinnings.csv": twinnings,
        **projects.records(ids),
    }
    year_2025 = sum(1 for d in designations if isinstance(d, Designation) and d.year == LAST_UCCN_YEAR)
    stats: dict[str, object] = {
        "known_gaps": [
            f"UCCN 2025 cohort: {year_2025} of the {UCCN_2025_ANNOUNCED} cities announced on 31 October 2025 "
            "are confirmed by a source used here (sufe-unesco-uccn-2025 announces 58).",
            "ICCN: no source names individual member cities, so there are no ICCN memberships.",
            "WCCF: Adelaide, Beijing and Boston are not confirmed as members by any source used here.",
        ],
        "twinning_rows_dropped": dict(sorted(twins.dropped.items())),
        "twinning_pairs_by_source": dict(
            sorted(Counter(s for sources in twins.pairs.values() for s in sources).items())
        ),
    }
    return Curation(records=records, stats=stats)
