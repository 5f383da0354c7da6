"""The seed files: which model each holds, how rows are read, and their canonical form.

Reading keeps each row's line number so that a bad row can be named by file and line.
Writing is deterministic (columns in model order, rows sorted by key) so that diffs of
the data are reviewable and a test can check that every file is in canonical form.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from graph import model
from graph.model import LIST_SEPARATOR, Record


@dataclass(frozen=True)
class SeedFile:
    """One seed file: its name, the record model of its rows and the columns of its key."""

    name: str
    model: type[Record]
    key: tuple[str, ...]

    def sort_key(self, record: Record) -> tuple[str, ...]:
        return tuple(_sortable(getattr(record, column)) for column in self.key)


# In load order: everything a row refers to is loaded before it.
SEED_FILES: tuple[SeedFile, ...] = (
    SeedFile("sources.csv", model.Source, ("id",)),
    SeedFile("countries.csv", model.Country, ("iso2",)),
    SeedFile("networks.csv", model.Network, ("id",)),
    SeedFile("fields.csv", model.CreativeField, ("id",)),
    SeedFile("field_correspondences.csv", model.FieldCorrespondence, ("field", "uccn_field")),
    SeedFile("sdgs.csv", model.Sdg, ("number",)),
    SeedFile("cities.csv", model.City, ("id",)),
    SeedFile("memberships.csv", model.Membership, ("city", "network")),
    SeedFile("designations.csv", model.Designation, ("city", "network", "field", "year")),
    SeedFile("twinnings.csv", model.Twinning, ("city_a", "city_b")),
    SeedFile("projects.csv", model.Project, ("id",)),
    SeedFile("participations.csv", model.Participation, ("project", "city")),
    SeedFile("project_fields.csv", model.ProjectField, ("project", "field")),
    SeedFile("project_sdgs.csv", model.ProjectSdg, ("project", "sdg")),
)
SEED_FILES_BY_NAME = {seed_file.name: seed_file for seed_file in SEED_FILES}


def _sortable(value: object) -> str:
    # Numbers sort by value, not as text; None sorts first.
    if value is None:
        return ""
    if isinstance(value, int):
        return f"{value:012d}"
    return str(value)


def read_header(path: Path) -> list[str]:
    """The column names of a CSV file."""
    with path.open(newline="", encoding="utf-8") as handle:
        return next(csv.reader(handle), [])


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line number, row)`` for each data row of a CSV file (header is line 1)."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            yield reader.line_num, row


def to_cell(value: object) -> str:
    """Write one value as a CSV cell (the inverse of the model's parsing)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(to_cell(item) for item in value)
    if isinstance(value, float):
        return repr(round(value, 6))
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def canonical_text(seed_file: SeedFile, records: Sequence[Record]) -> str:
    """The canonical CSV text of a seed file holding ``records``."""
    columns = list(seed_file.model.model_fields)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for record in sorted(records, key=seed_file.sort_key):
        writer.writerow([to_cell(getattr(record, column)) for column in columns])
    return buffer.getvalue()


def write_canonical(directory: Path, seed_file: SeedFile, records: Sequence[Record]) -> Path:
    """Write ``records`` to ``directory/<file>`` in canonical form and return the path."""
    path = directory / seed_file.name
    path.write_text(canonical_text(seed_file, records), encoding="utf-8")
    return path
