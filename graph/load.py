"""Seed files into a store: validate every row first, then write idempotently in one transaction.

A bad row stops the load before anything is written, and the error names the file, the line
and the field. Writing is ``UNWIND $rows … MERGE`` in batches, so loading twice changes nothing.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from graph.model import City, Record
from graph.seedfiles import SEED_FILES, SEED_FILES_BY_NAME, SeedFile, read_header, read_rows
from graph.store import GraphStore
from graph.text import search_names

BATCH_SIZE = 2_000
MAX_ERRORS_SHOWN = 25

# (file, column, file whose key it must name): every reference that has to resolve.
REFERENCES: tuple[tuple[str, str, str], ...] = (
    ("cities.csv", "country", "countries.csv"),
    ("field_correspondences.csv", "field", "fields.csv"),
    ("field_correspondences.csv", "uccn_field", "fields.csv"),
    ("memberships.csv", "city", "cities.csv"),
    ("memberships.csv", "network", "networks.csv"),
    ("designations.csv", "city", "cities.csv"),
    ("designations.csv", "network", "networks.csv"),
    ("designations.csv", "field", "fields.csv"),
    ("twinnings.csv", "city_a", "cities.csv"),
    ("twinnings.csv", "city_b", "cities.csv"),
    ("projects.csv", "network", "networks.csv"),
    ("participations.csv", "project", "projects.csv"),
    ("participations.csv", "city", "cities.csv"),
    ("project_fields.csv", "project", "projects.csv"),
    ("project_fields.csv", "field", "fields.csv"),
    ("project_sdgs.csv", "project", "projects.csv"),
    ("project_sdgs.csv", "sdg", "sdgs.csv"),
)


@dataclass(frozen=True)
class RowError:
    """One problem with one seed row."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


class SeedError(ValueError):
    """The seed has bad rows; nothing was written."""

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        shown = "\n".join(f"  {error}" for error in errors[:MAX_ERRORS_SHOWN])
        more = len(errors) - MAX_ERRORS_SHOWN
        tail = f"\n  … and {more} more" if more > 0 else ""
        super().__init__(f"{len(errors)} bad seed row(s), nothing written:\n{shown}{tail}")


@dataclass
class Seed:
    """Validated records of every seed file, with the line each came from."""

    records: dict[str, list[Record]] = field(default_factory=dict)
    lines: dict[str, list[int]] = field(default_factory=dict)


@dataclass(frozen=True)
class LoadReport:
    """What a load wrote."""

    rows: dict[str, int]
    seconds: float


def _validate_file(directory: Path, seed_file: SeedFile, seed: Seed, errors: list[RowError]) -> None:
    path = directory / seed_file.name
    records: list[Record] = []
    lines: list[int] = []
    seed.records[seed_file.name], seed.lines[seed_file.name] = records, lines
    if not path.exists():
        return
    unknown = [column for column in read_header(path) if column not in seed_file.model.model_fields]
    if unknown:
        errors.extend(RowError(seed_file.name, 1, column, "unknown column") for column in unknown)
        return
    keys: dict[tuple[str, ...], int] = {}
    for line, row in read_rows(path):
        if None in row:
            errors.append(RowError(seed_file.name, line, "(row)", "more cells than header columns"))
            continue
        try:
            record = seed_file.model.model_validate(row)
        except ValidationError as error:
            for problem in error.errors():
                where = ".".join(str(part) for part in problem["loc"]) or "(row)"
                errors.append(RowError(seed_file.name, line, where, problem["msg"]))
            continue
        key = seed_file.sort_key(record)
        if key in keys:
            errors.append(
                RowError(seed_file.name, line, ",".join(seed_file.key), f"duplicate of line {keys[key]}")
            )
            continue
        keys[key] = line
        records.append(record)
        lines.append(line)


def _check_references(seed: Seed, errors: list[RowError]) -> None:
    def keys_of(name: str) -> set[Any]:
        key_column = SEED_FILES_BY_NAME[name].key[0]
        return {getattr(record, key_column) for record in seed.records[name]}

    for name, column, target in REFERENCES:
        known = keys_of(target)
        for record, line in zip(seed.records[name], seed.lines[name], strict=True):
            value = getattr(record, column)
            if value is not None and value not in known:
                errors.append(RowError(name, line, column, f"{value!r} is not in {target}"))
    sources = keys_of("sources.csv")
    for name, records in seed.records.items():
        for record, line in zip(records, seed.lines[name], strict=True):
            for source in getattr(record, "sources", ()):
                if source not in sources:
                    errors.append(RowError(name, line, "sources", f"{source!r} is not in sources.csv"))


def read_seed(directory: Path) -> Seed:
    """Read and validate every seed file in ``directory``; raise SeedError listing every bad row."""
    if not (directory / "sources.csv").exists():
        raise SeedError([RowError("sources.csv", 0, "(file)", f"no seed found in {directory}")])
    seed = Seed()
    errors: list[RowError] = []
    for seed_file in SEED_FILES:
        _validate_file(directory, seed_file, seed, errors)
    if not errors:
        _check_references(seed, errors)
    if errors:
        raise SeedError(errors)
    return seed


def _params(record: Record) -> dict[str, Any]:
    row = record.model_dump()
    if isinstance(record, City):
        row["search_names"] = search_names([record.name, record.ascii_name, *record.alt_names])
    return row


def _batches(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


Progress = Callable[[str, int], None]


def write_seed(store: GraphStore, seed: Seed, progress: Progress | None = None) -> Counter[str]:
    """Write validated records in one transaction, file by file in load order."""
    written: Counter[str] = Counter()
    store.apply_schema()
    with store.transaction(bulk=True) as tx:
        for seed_file in SEED_FILES:
            rows = [_params(record) for record in seed.records[seed_file.name]]
            for batch in _batches(rows, BATCH_SIZE):
                tx.run("load_" + seed_file.name.removesuffix(".csv"), {"rows": batch})
                written[seed_file.name] += len(batch)
                if progress:
                    progress(seed_file.name, len(batch))
    store.refresh_indexes()
    return written


def load_seed(store: GraphStore, directory: Path, progress: Progress | None = None) -> LoadReport:
    """Validate the seed in ``directory`` and write it to ``store``."""
    started = time.perf_counter()
    seed = read_seed(directory)
    written = write_seed(store, seed, progress)
    return LoadReport(rows=dict(written), seconds=time.perf_counter() - started)


def total_rows(seed: Seed, names: Iterable[str] | None = None) -> int:
    """How many records the seed holds (in the named files, or all)."""
    return sum(len(seed.records[name]) for name in (names or seed.records))
