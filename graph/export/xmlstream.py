"""GraphML and GEXF written element by element, so an export streams from its first byte.

NetworkX's writers build the whole XML tree before returning anything; these write the same
documents (read back by ``nx.read_graphml`` / ``nx.read_gexf``) one node or edge at a time,
after one pass that collects each attribute's name and type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from graph.export.attrs import Scalar, flat_attributes

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
GEXF_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def _text(value: Scalar) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _NOT_XML.sub("", str(value))


def _attr(value: Scalar) -> str:
    return quoteattr(_text(value))


def _kind(values: Iterable[Scalar]) -> type:
    """One type for all values of an attribute: str if any is, float if numbers mix."""
    kinds = {type(value) for value in values}
    if str in kinds or not kinds:
        return str
    if kinds == {bool}:
        return bool
    return float if float in kinds else int


def _schema(items: Iterable[Mapping[str, Scalar]], skip: frozenset[str] = frozenset()) -> dict[str, type]:
    values: dict[str, list[Scalar]] = {}
    for data in items:
        for key, value in data.items():
            if key not in skip:
                values.setdefault(key, []).append(value)
    return {key: _kind(found) for key, found in sorted(values.items())}


def _cast(value: Scalar, kind: type) -> Scalar:
    return str(value) if kind is str and not isinstance(value, str) else value


Progress = Callable[[int], None]


def _tick(progress: Progress | None) -> None:
    if progress:
        progress(1)


def graphml(graph: nx.Graph, progress: Progress | None = None) -> Iterator[str]:
    """The graph as GraphML, one element at a time."""
    nodes = {node: flat_attributes(data) for node, data in graph.nodes(data=True)}
    edge_schema = _schema(flat_attributes(data) for _, _, data in graph.edges(data=True))
    graph_attrs = flat_attributes(graph.graph)
    keys: dict[tuple[str, str], str] = {}
    yield "<?xml version='1.0' encoding='utf-8'?>\n"
    yield (
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    )
    schemas = {
        "graph": _schema([graph_attrs]),
        "node": _schema(nodes.values()),
        "edge": edge_schema,
    }
    for domain, schema in schemas.items():
        for name, kind in schema.items():
            key = keys[(domain, name)] = f"d{len(keys)}"
            yield (
                f'<key id="{key}" for="{domain}" attr.name={_attr(name)} '
                f'attr.type="{GRAPHML_TYPES[kind]}" />\n'
            )

    def data(domain: str, attrs: Mapping[str, Scalar]) -> str:
        schema = schemas[domain]
        return "".join(
            f'<data key="{keys[(domain, name)]}">{escape(_text(_cast(value, schema[name])))}</data>'
            for name, value in attrs.items()
        )

    yield f'<graph edgedefault="undirected">{data("graph", graph_attrs)}\n'
    for node, attrs in nodes.items():
        yield f"<node id={_attr(str(node))}>{data('node', attrs)}</node>\n"
        _tick(progress)
    for a, b, attrs in graph.edges(data=True):
        yield f"<edge source={_attr(str(a))} target={_attr(str(b))}>{data('edge', flat_attributes(attrs))}</edge>\n"
        _tick(progress)
    yield "</graph>\n</graphml>\n"


def gexf(graph: nx.Graph, progress: Progress | None = None) -> Iterator[str]:
    """The graph as GEXF 1.2 (Gephi): node label = ``name``, edge ``weight`` as Gephi's weight."""
    nodes = {node: flat_attributes(data) for node, data in graph.nodes(data=True)}
    node_schema = _schema(nodes.values())
    edge_schema = _schema(
        (flat_attributes(data) for _, _, data in graph.edges(data=True)), skip=frozenset({"weight"})
    )
    ids = {
        "node": {name: str(number) for number, name in enumerate(node_schema)},
        "edge": {name: str(number) for number, name in enumerate(edge_schema)},
    }
    schemas = {"node": node_schema, "edge": edge_schema}
    yield "<?xml version='1.0' encoding='utf-8'?>\n"
    yield (
        '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" '
        'version="1.2">\n<meta><creator>CityGraph</creator></meta>\n'
        '<graph defaultedgetype="undirected" mode="static">\n'
    )
    for domain, schema in schemas.items():
        yield f'<attributes class="{domain}" mode="static">\n'
        for name, kind in schema.items():
            yield f'<attribute id="{ids[domain][name]}" title={_attr(name)} type="{GEXF_TYPES[kind]}" />\n'
        yield "</attributes>\n"

    def values(domain: str, attrs: Mapping[str, Scalar]) -> str:
        found = [(name, value) for name, value in attrs.items() if name in schemas[domain]]
        if not found:
            return ""
        inner = "".join(
            f'<attvalue for="{ids[domain][name]}" value={_attr(_cast(value, schemas[domain][name]))} />'
            for name, value in found
        )
        return f"<attvalues>{inner}</attvalues>"

    yield "<nodes>\n"
    for node, attrs in nodes.items():
        label = _attr(str(attrs.get("name", node)))
        yield f"<node id={_attr(str(node))} label={label}>{values('node', attrs)}</node>\n"
        _tick(progress)
    yield "</nodes>\n<edges>\n"
    for number, (a, b, data) in enumerate(graph.edges(data=True)):
        attrs = flat_attributes(data)
        weight = f' weight="{float(attrs["weight"])}"' if isinstance(attrs.get("weight"), int | float) else ""
        yield (
            f'<edge id="{number}" source={_attr(str(a))} target={_attr(str(b))}{weight}>'
            f"{values('edge', attrs)}</edge>\n"
        )
        _tick(progress)
    yield "</edges>\n</graph>\n</gexf>\n"
