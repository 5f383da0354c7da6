"""Reference records: sources, networks, creative fields, correspondences and SDGs."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from graph.curate.inputs import read_table
from graph.model import CreativeField, FieldCorrespondence, Network, Sdg, Source

SDG_SOURCES = ["open-sdg-translations"]
SDG_ID_SOURCE = "harrywaluyo-uccn"


def _model_columns(row: dict[str, str], model: type[BaseModel]) -> dict[str, str]:
    # Curated files may carry extra columns for reviewers (e.g. ``basis``): keep the model's only.
    return {key: value for key, value in row.items() if key in model.model_fields}


def load_sources(curated: Path) -> list[Source]:
    return [Source(**_model_columns(row, Source)) for row in read_table(curated / "sources.csv")]


def load_networks(curated: Path) -> list[Network]:
    return [Network(**_model_columns(row, Network)) for row in read_table(curated / "networks.csv")]


def load_fields(curated: Path) -> list[CreativeField]:
    return [CreativeField(**_model_columns(row, CreativeField)) for row in read_table(curated / "fields.csv")]


def load_correspondences(curated: Path) -> list[FieldCorrespondence]:
    return [
        FieldCorrespondence(**_model_columns(row, FieldCorrespondence))
        for row in read_table(curated / "field_correspondences.csv")
    ]


def load_sdgs(data: Path, curated: Path) -> list[Sdg]:
    """Goal titles from Open SDG; short titles checked against it; Indonesian titles curated."""
    indonesian = {int(row["goal"]): row["title_id"] for row in read_table(curated / "sdg_titles_id.csv")}
    sdgs = []
    for row in read_table(data / "sdg" / "sdg_goals.csv"):
        number = int(row["goal"])
        short = row["short_title_un"]
        # The curator typed the UN short names; accept them only where Open SDG says the same.
        if short.lower() != row["short_title_open_sdg"].lower():
            raise ValueError(f"SDG {number}: short title {short!r} not confirmed by Open SDG")
        title_id = indonesian.get(number)
        sources = SDG_SOURCES + ([SDG_ID_SOURCE] if title_id else [])
        sdgs.append(
            Sdg(
                number=number,
                title=row["official_title"],
                short_title=short,
                title_id=title_id,
                sources=sources,
            )
        )
    return sdgs
