"""Named Cypher queries: the only module that reads ``cypher/``.

Every query is one statement in ``cypher/<folder>/<name>.cypher`` with a header of ``//``
comments; the ``// mode:`` line says whether it reads, writes or changes the schema, so a
store can route it. Names are file stems and unique across folders. Query text never comes
from input: callers choose a name, and everything that varies is a ``$parameter``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from graph.settings import REPO_ROOT

CYPHER_DIR = REPO_ROOT / "cypher"
_MODE = re.compile(r"^//\s*mode:\s*(read|write|schema)\s*$", re.MULTILINE)

Mode = Literal["read", "write", "schema"]


class UnknownQueryError(KeyError):
    """No ``cypher/**/<name>.cypher`` file exists."""


@dataclass(frozen=True)
class Query:
    """A named statement and how it may be run."""

    name: str
    text: str
    mode: Mode
    path: Path


def _parse(path: Path) -> Query:
    source = path.read_text(encoding="utf-8")
    match = _MODE.search(source)
    if match is None:
        raise ValueError(f"{path}: header needs a line '// mode: read|write|schema'")
    mode: Mode = match.group(1)  # type: ignore[assignment]
    # Comments stay in the file for people; stores get the bare statement.
    body = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith("//")).strip()
    return Query(name=path.stem, text=body, mode=mode, path=path)


@cache
def all_queries() -> dict[str, Query]:
    """Every query by name, read once per process."""
    found: dict[str, Query] = {}
    for path in sorted(CYPHER_DIR.rglob("*.cypher")):
        query = _parse(path)
        if query.name in found:
            raise ValueError(f"query name {query.name!r} used twice: {found[query.name].path} and {path}")
        found[query.name] = query
    return found


def get(name: str) -> Query:
    """The query called ``name``."""
    try:
        return all_queries()[name]
    except KeyError:
        raise UnknownQueryError(name) from None


def schema_queries() -> list[Query]:
    """The schema statements (constraints and indexes), in file order."""
    return [query for query in all_queries().values() if query.mode == "schema"]
