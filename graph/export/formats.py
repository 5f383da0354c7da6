"""Graph files for other tools, produced as a stream of byte chunks.

- ``gexf``: opens in Gephi (node label = city name).
- ``graphml``: yEd, Cytoscape, igraph.
- ``csv``: a zip of ``nodes.csv`` and ``edges.csv`` with every property and its sources.
- ``json``: NetworkX node-link data (``edges`` key), structures kept as JSON.

GEXF, GraphML and CSV hold scalars only: list values are ``|``-joined and nested ones become
JSON strings (see ``attrs``). Every format is written one node or edge at a time (XML by
``xmlstream``), so a response starts at once and memory stays flat.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graph.export import xmlstream
from graph.export.attrs import flat_attributes, flat_value

CHUNK_BYTES = 64 * 1024
Progress = Callable[[int], None]


@dataclass(frozen=True)
class ExportFormat:
    """How one format is served: its media type and file suffix."""

    name: str
    media_type: str
    suffix: str


FORMATS: dict[str, ExportFormat] = {
    "gexf": ExportFormat("gexf", "application/gexf+xml", ".gexf"),
    "graphml": ExportFormat("graphml", "application/graphml+xml", ".graphml"),
    "csv": ExportFormat("csv", "application/zip", ".zip"),
    "json": ExportFormat("json", "application/json", ".json"),
}


class UnknownFormatError(ValueError):
    """Raised for a format name that is not in FORMATS."""


def get_format(name: str) -> ExportFormat:
    """The format called ``name``; raises UnknownFormatError naming it and the known ones."""
    if name not in FORMATS:
        raise UnknownFormatError(f"unknown export format {name!r}; choose from {sorted(FORMATS)}")
    return FORMATS[name]


def _chunked(pieces: Iterable[str | bytes]) -> Iterator[bytes]:
    """Join small pieces into chunks of about CHUNK_BYTES, so a response is not thousands of writes."""
    buffer: list[bytes] = []
    size = 0
    for piece in pieces:
        data = piece.encode("utf-8") if isinstance(piece, str) else piece
        buffer.append(data)
        size += len(data)
        if size >= CHUNK_BYTES:
            yield b"".join(buffer)
            buffer, size = [], 0
    if buffer:
        yield b"".join(buffer)


def _counted(items: Iterable[Any], progress: Progress | None) -> Iterator[Any]:
    for item in items:
        yield item
        if progress:
            progress(1)


def _columns(rows: Iterable[dict[str, Any]], first: list[str]) -> list[str]:
    keys = {key for row in rows for key in row}
    return first + sorted(keys - set(first))


class _Pipe(io.RawIOBase):
    """A write-only, unseekable file whose bytes are taken out as they come (zip streaming)."""

    def __init__(self) -> None:
        self.pending: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.pending.append(bytes(data))
        return len(data)

    def take(self) -> bytes:
        data, self.pending = b"".join(self.pending), []
        return data


def _csv_zip(graph: nx.Graph, progress: Progress | None) -> Iterator[bytes]:
    nodes = [{"id": node, **flat_attributes(data)} for node, data in graph.nodes(data=True)]
    edges = [{"source": a, "target": b, **flat_attributes(data)} for a, b, data in graph.edges(data=True)]
    pipe = _Pipe()
    with zipfile.ZipFile(pipe, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, rows, first in (
            ("nodes.csv", nodes, ["id", "name"]),
            ("edges.csv", edges, ["source", "target"]),
        ):
            with archive.open(name, "w", force_zip64=True) as member:
                text = io.TextIOWrapper(member, encoding="utf-8", newline="")
                writer = csv.DictWriter(text, fieldnames=_columns(rows, first))
                writer.writeheader()
                for row in _counted(rows, progress):
                    writer.writerow(row)
                    if len(pipe.pending) > 64:
                        text.flush()
                        yield pipe.take()
                text.flush()
                text.detach()
            yield pipe.take()
    yield pipe.take()


def _json_pieces(graph: nx.Graph, progress: Progress | None) -> Iterator[str]:
    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, default=str)

    yield '{"directed": false, "multigraph": false, "graph": ' + dump(graph.graph) + ', "nodes": ['
    for number, (node, data) in enumerate(_counted(graph.nodes(data=True), progress)):
        yield ("," if number else "") + dump({**data, "id": node})
    yield '], "edges": ['
    for number, (a, b, data) in enumerate(_counted(graph.edges(data=True), progress)):
        yield ("," if number else "") + dump({**data, "source": a, "target": b})
    yield "]}\n"


def stream(graph: nx.Graph, fmt: str, progress: Progress | None = None) -> Iterator[bytes]:
    """The file of ``graph`` in format ``fmt`` as byte chunks; ``progress(n)`` counts items done.

    Every node and edge counts one item, so a progress bar's total is nodes + edges.
    """
    get_format(fmt)
    if fmt == "csv":
        return _chunked(_csv_zip(graph, progress))
    if fmt == "json":
        return _chunked(_json_pieces(graph, progress))
    writer = xmlstream.gexf if fmt == "gexf" else xmlstream.graphml
    return _chunked(writer(graph, progress))


def write(graph: nx.Graph, fmt: str, path: str, progress: Progress | None = None) -> int:
    """Write the file to ``path``; returns the number of bytes written."""
    written = 0
    with open(path, "wb") as out:
        for chunk in stream(graph, fmt, progress):
            out.write(chunk)
            written += len(chunk)
    return written


__all__ = ["FORMATS", "ExportFormat", "UnknownFormatError", "flat_value", "get_format", "stream", "write"]
