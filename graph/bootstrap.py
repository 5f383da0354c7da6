"""Make a store ready to serve: its schema in place, and the seed loaded if it holds nothing yet."""

from __future__ import annotations

from pathlib import Path

from graph.load import read_seed, write_seed
from graph.store import GraphStore


def prepare(store: GraphStore, seed_dir: Path) -> int:
    """Apply the schema, then load ``seed_dir`` only if the graph is empty; return the rows loaded.

    A graph that holds anything is left as it is, so data written through the API survives a
    restart. Two processes starting together may both load: the MERGE loads make that harmless.
    """
    store.apply_schema()
    if store.run("count_totals")[0]["nodes"] > 0:
        return 0
    written = write_seed(store, read_seed(seed_dir))
    return sum(written.values())
