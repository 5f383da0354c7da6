"""UNESCO Creative Cities Network: designations and memberships.

Members come from the unesco.org scrape of October 2024 (349 rows, no country, no year)
plus Granada (Spain), lost from that scrape to a name clash. Countries come from the
curated ``uccn_cities.csv`` (each one decided by hand from the UNESCO page). Years come
from the older en.unesco.org scrape's "Member since", the 2023 release, and the curated
``uccn_years.csv``; the 2025 cohort and field changes come from curated files too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from graph.curate.inputs import read_table, source_ids
from graph.curate.places import PlaceKey, PlaceRegistry
from graph.curate.text import match_key, name_variants
from graph.model import FIRST_UCCN_YEAR

FIELD_IDS = {
    "architecture": "architecture",
    "crafts and folk art": "crafts-folk-art",
    "crafts & folk arts": "crafts-folk-art",
    "design": "design",
    "film": "film",
    "gastronomy": "gastronomy",
    "literature": "literature",
    "media arts": "media-arts",
    "music": "music",
}
SCRAPE_2024_10 = "dorobantu-uccn-scrape-2024-10"
SCRAPE_2024_02 = "dorobantu-uccn-scrape-2024-02"
COHORT_2023 = ("artistsocial-uccn-2023", "hapakenya-uccn-2023")


def field_id(text: str) -> str:
    return FIELD_IDS[text.strip().lower()]


@dataclass
class DesignationRow:
    place: PlaceKey
    field: str
    year: int | None
    note: str | None
    sources: list[str]


def _slug_of(url: str) -> str:
    return url.split("?")[0].rstrip("/").rsplit("/", 1)[-1]


def build_uccn(data: Path, curated: Path, registry: PlaceRegistry) -> list[DesignationRow]:
    """All UCCN designation rows (one per city and field and year), cities registered."""
    uccn = data / "uccn"
    countries = {
        (r["unesco_slug"], field_id(r["creative_field"])): r for r in read_table(curated / "uccn_cities.csv")
    }
    member_since = {
        (match_key(r["city"]), field_id(r["creative_field"])): r
        for r in read_table(uccn / "uccn_unesco_scrape_2024-02_member_since.csv")
    }
    cohort_2023 = {
        match_key(name): r
        for r in read_table(uccn / "uccn_cohort_2023.csv")
        for name in (r["city"], *name_variants(r["city"]))  # "Iloilo City" is scraped as "Iloilo"
    }
    filled = {
        (r["unesco_slug"], field_id(r["creative_field"])): r for r in read_table(curated / "uccn_years.csv")
    }

    members = [
        (_slug_of(r["unesco_url"]), r["city"], field_id(r["creative_field"]))
        for r in read_table(uccn / "uccn_unesco_scrape_2024-10_slim.csv")
    ]
    # Granada (Spain, Literature 2014) is missing from the 2024-10 scrape: taken from the 2024-02 one.
    members.append(("granada", "Granada", "literature"))

    rows: list[DesignationRow] = []
    keys_by_slug: dict[str, PlaceKey] = {}
    for slug, scraped_name, field in members:
        curated_row = countries[(slug, field)]
        key = registry.add(
            scraped_name,
            curated_row["country"],
            SCRAPE_2024_10 if slug != "granada" else SCRAPE_2024_02,
            lookup_names=tuple(n for n in (curated_row["lookup_name"],) if n),
            preferred_name=curated_row["name"],
        )
        keys_by_slug[slug] = key
        sources = [SCRAPE_2024_10] if slug != "granada" else [SCRAPE_2024_02]
        year, note = None, None
        old = member_since.get((match_key(scraped_name), field))
        new = cohort_2023.get(match_key(scraped_name)) or cohort_2023.get(match_key(curated_row["name"]))
        if new and field_id(new["creative_field"]) == field:
            year = int(new["year"])
            note = new["note"] or None
            sources += COHORT_2023
        elif old and old["member_since"]:
            year = int(old["member_since"])
            sources.append(SCRAPE_2024_02)
        if (slug, field) in filled:
            fill = filled[(slug, field)]
            if fill["year"]:
                year = int(fill["year"])
            note = fill["note"] or None
            sources += source_ids(fill["sources"])
        if year is None and not note:
            note = "designation year not confirmed by any source used"
        rows.append(DesignationRow(key, field, year, note, sorted(set(sources))))

    for history in read_table(curated / "uccn_history.csv"):
        rows.append(
            DesignationRow(
                keys_by_slug[history["unesco_slug"]],
                field_id(history["creative_field"]),
                int(history["year"]),
                history["note"] or None,
                source_ids(history["sources"]),
            )
        )

    for new_member in read_table(curated / "uccn_cohort_2025.csv"):
        key = registry.add(
            new_member["name"],
            new_member["country"],
            source_ids(new_member["sources"])[0],
            lookup_names=tuple(n for n in (new_member["lookup_name"],) if n),
            preferred_name=new_member["name"],
        )
        rows.append(
            DesignationRow(
                key,
                field_id(new_member["creative_field"]),
                int(new_member["year"]),
                new_member["note"] or None,
                source_ids(new_member["sources"]),
            )
        )
    return rows


def first_years(rows: list[DesignationRow]) -> dict[PlaceKey, tuple[int | None, list[str]]]:
    """Membership start per city: its earliest designation year, with that row's sources."""
    by_place: dict[PlaceKey, list[DesignationRow]] = defaultdict(list)
    for row in rows:
        by_place[row.place].append(row)
    result: dict[PlaceKey, tuple[int | None, list[str]]] = {}
    for place, place_rows in by_place.items():
        dated = [r for r in place_rows if r.year is not None]
        if len(dated) == len(place_rows):
            first = min(dated, key=lambda r: r.year or FIRST_UCCN_YEAR)
            result[place] = (first.year, first.sources)
        else:  # an undated designation may be the earliest one
            result[place] = (None, sorted({s for r in place_rows for s in r.sources}))
    return result
