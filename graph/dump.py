"""Read a whole graph back as seed records, and copy it into another store through the loader.

``dump`` runs ``cypher/dump/dump_<file>.cypher`` for every seed file: each returns rows in the
shape its ``load_<file>`` query takes, which are validated with the same record models as the
seed. ``copy_graph`` writes them with ``graph.load.write_seed`` (schema, one transaction, MERGE
in batches), so a copy goes through exactly the code that loads the seed, and carries whatever
was written through the API as well.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from graph.load import Progress, RowError, Seed, SeedError, write_seed
from graph.model import Record
from graph.seedfiles import SEED_FILES, SeedFile
from graph.store import GraphStore

Counts = dict[str, int]


def dump_query(seed_file: SeedFile) -> str:
    """The name of the query that reads ``seed_file``'s records back from a store."""
    return "dump_" + seed_file.name.removesuffix(".csv")


def dump(store: GraphStore) -> Seed:
    """Every node and relationship of ``store`` as validated records; SeedError lists bad ones.

    A row's "line" in an error is its position in the query's ordered result.
    """
    seed = Seed()
    errors: list[RowError] = []
    for seed_file in SEED_FILES:
        records: list[Record] = []
        for number, row in enumerate(store.run(dump_query(seed_file)), 1):
            try:
                records.append(seed_file.model.model_validate(row))
            except ValidationError as error:
                for problem in error.errors():
                    where = ".".join(str(part) for part in problem["loc"]) or "(row)"
                    errors.append(RowError(f"{dump_query(seed_file)} row", number, where, problem["msg"]))
        seed.records[seed_file.name] = records
        seed.lines[seed_file.name] = list(range(1, len(records) + 1))
    if errors:
        raise SeedError(errors)
    return seed


def counts(store: GraphStore) -> tuple[Counts, Counts]:
    """Nodes per label and relationships per type."""
    labels = {row["label"]: row["count"] for row in store.run("count_labels")}
    types = {row["type"]: row["count"] for row in store.run("count_relationship_types")}
    return labels, types


@dataclass(frozen=True)
class CopyReport:
    """What a copy wrote, and what each store holds afterwards."""

    rows: int
    source: tuple[Counts, Counts]
    target: tuple[Counts, Counts]

    def missing(self) -> list[str]:
        """Labels and types the target holds fewer of than the source (empty when the copy is whole)."""
        return [
            f"{name}: {count} in the source, {there.get(name, 0)} in the target"
            for here, there in zip(self.source, self.target, strict=True)
            for name, count in sorted(here.items())
            if there.get(name, 0) < count
        ]


def copy_graph(
    source: GraphStore, target: GraphStore, *, reset: bool = False, progress: Progress | None = None
) -> CopyReport:
    """Copy everything in ``source`` into ``target`` (emptied first when ``reset``).

    The whole source is read and validated before the target is touched.
    """
    records = dump(source)
    if reset:
        target.run("delete_all")
    written = write_seed(target, records, progress)
    return CopyReport(rows=sum(written.values()), source=counts(source), target=counts(target))
