"""Indonesia: every kota (city) and kabupaten (regency) of emsifa's Kemendagri list as a City.

A kabupaten that shares its name with a kota (Kabupaten Bandung vs Kota Bandung) gets the id
``id-<name>-regency`` and no GeoNames match: a GeoNames town of that name is the kota.
"""

from __future__ import annotations

from pathlib import Path

from graph.curate.inputs import read_table
from graph.curate.places import PlaceKey, PlaceRegistry
from graph.curate.text import slugify

EMSIFA = "emsifa-wilayah-indonesia"
SPECIAL_PROVINCE_NAMES = {"DKI JAKARTA": "DKI Jakarta", "DI YOGYAKARTA": "DI Yogyakarta"}


def _title(upper: str) -> str:
    return SPECIAL_PROVINCE_NAMES.get(upper, " ".join(word.capitalize() for word in upper.split()))


def build_indonesia(data: Path, registry: PlaceRegistry) -> dict[str, PlaceKey]:
    """Register all kota/kabupaten; return Kemendagri code -> place key."""
    folder = data / "indonesia"
    provinces = {row["id"]: _title(row["name"]) for row in read_table(folder / "emsifa_provinces.csv")}
    regencies = read_table(folder / "emsifa_regencies.csv")
    kota_slugs = {
        slugify(row["name"].removeprefix("KOTA ")) for row in regencies if row["name"].startswith("KOTA ")
    }
    keys: dict[str, PlaceKey] = {}
    for row in regencies:
        is_kota = row["name"].startswith("KOTA ")
        name = _title(row["name"].removeprefix("KOTA ").removeprefix("KABUPATEN "))
        slug = slugify(name)
        clash = not is_kota and slug in kota_slugs
        keys[row["id"]] = registry.add(
            name,
            "ID",
            EMSIFA,
            kind="city" if is_kota else "regency",
            admin1=provinces[row["province_id"]],
            id_hint=f"{slug}-regency" if clash else slug,
            preferred_name=name,
            geocode=not clash,
            alt_name=f"{'Kota' if is_kota else 'Kabupaten'} {name}",
        )
    return keys
