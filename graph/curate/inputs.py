"""Reading the input tables: the shared starting material and the curated fact files."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path


def read_table(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    """All rows of a CSV/TSV file with a header row, cells stripped."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {key.strip(): (value or "").strip() for key, value in row.items() if key is not None}
            for row in csv.DictReader(handle, delimiter=delimiter)
        ]


def read_pairs(path: Path) -> Iterator[list[str]]:
    """Rows of a header-less TSV file."""
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if row:
                yield [cell.strip() for cell in row]


def source_ids(cell: str) -> list[str]:
    """``a|b`` -> [a, b]."""
    return [part.strip() for part in cell.split("|") if part.strip()]
