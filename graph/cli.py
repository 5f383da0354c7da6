"""``citygraph``: seed the graph, count it, and find paths from the command line."""

from __future__ import annotations

import json
from collections.abc import Hashable
from pathlib import Path
from typing import Annotated

import networkx as nx
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from graph import cities, paths
from graph.analytics.cached import METRICS, compute_centrality, ranked
from graph.analytics.communities import louvain_communities
from graph.analytics.stats import graph_statistics
from graph.bootstrap import prepare
from graph.dump import copy_graph
from graph.kpaths import PathFinder
from graph.load import SeedError, read_seed, total_rows, write_seed
from graph.project import PROJECTIONS, Filters, build
from graph.settings import Settings, get_settings
from graph.store import GraphStore, StoreError, open_store

app = typer.Typer(help="CityGraph: cities and the networks between them.", no_args_is_help=True)
console = Console()
err_console = Console(stderr=True)

StoreOption = Annotated[
    str | None,
    typer.Option("--store", help="embedded or neo4j (default: CITYGRAPH_STORE, else embedded)."),
]


def _settings(store: str | None) -> Settings:
    settings = get_settings()
    if store is None:
        return settings
    if store not in ("embedded", "neo4j"):
        raise typer.BadParameter("must be 'embedded' or 'neo4j'", param_hint="--store")
    return settings.model_copy(update={"store": store})


def _open(store: str | None, *, read_only: bool) -> GraphStore:
    try:
        return open_store(_settings(store), read_only=read_only)
    except StoreError as error:
        err_console.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from error


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
    )


@app.command()
def seed(
    store: StoreOption = None,
    seed_dir: Annotated[Path | None, typer.Option(help="Directory of the seed CSV files.")] = None,
    reset: Annotated[
        bool, typer.Option(help="Empty the store first, dropping rows no longer in the seed.")
    ] = False,
) -> None:
    """Validate every seed row, then load them all (idempotent: loading twice changes nothing)."""
    directory = seed_dir or get_settings().seed_dir
    try:
        data = read_seed(directory)
    except SeedError as error:
        err_console.print(f"[red]error:[/red] {error}")
        raise typer.Exit(1) from error
    with _open(store, read_only=False) as graph, _progress() as bar:
        if reset:
            graph.run("delete_all")
        task = bar.add_task("loading seed", total=total_rows(data))
        written = write_seed(graph, data, lambda _name, rows: bar.advance(task, rows))
    console.print(f"loaded {sum(written.values())} rows from {directory} into the {graph.kind} store")


@app.command()
def stats(
    store: StoreOption = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    projection: Annotated[
        str | None,
        typer.Option(help="Instead, graph statistics of a projection: twinning, projects, field, all."),
    ] = None,
) -> None:
    """Count nodes per label and relationships per type (or, with --projection, its graph statistics)."""
    if projection is not None:
        _projection_stats(store, projection, as_json)
        return
    with _open(store, read_only=True) as graph:
        labels = graph.run("count_labels")
        types = graph.run("count_relationship_types")
    if as_json:
        payload = {
            "labels": {row["label"]: row["count"] for row in labels},
            "relationships": {row["type"]: row["count"] for row in types},
        }
        console.print_json(json.dumps(payload))
        return
    for title, rows, key in (("nodes", labels, "label"), ("relationships", types, "type")):
        table = Table(title=title)
        table.add_column(key)
        table.add_column("count", justify="right")
        for row in rows:
            table.add_row(row[key], f"{row['count']:,}")
        table.add_row("[bold]total", f"[bold]{sum(row['count'] for row in rows):,}")
        console.print(table)


@app.command()
def path(
    source: Annotated[str, typer.Argument(help="City id to start from, e.g. id-bandung.")],
    target: Annotated[str, typer.Argument(help="City id to reach, e.g. jp-kobe.")],
    via: Annotated[
        str, typer.Option(help=f"Comma-separated relation kinds: {', '.join(paths.RELATION_KINDS)}.")
    ] = ",".join(paths.DEFAULT_VIA),
    max_hops: Annotated[int, typer.Option(min=1, max=paths.MAX_HOPS)] = paths.MAX_HOPS,
    store: StoreOption = None,
    k: Annotated[int, typer.Option("--k", min=1, max=5, help="Also show up to k-1 alternative paths.")] = 1,
) -> None:
    """The shortest collaboration path between two cities (and up to k-1 alternatives), every hop explained."""
    kinds = [kind.strip() for kind in via.split(",") if kind.strip()]
    try:
        paths.relation_types(kinds)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--via") from error
    with _open(store, read_only=True) as graph:
        for city in (source, target):
            if not graph.run("city_by_id", {"id": city}):
                err_console.print(f"[red]error:[/red] no city with id {city!r}")
                raise typer.Exit(1)
        if k > 1:
            _print_paths(PathFinder(graph).paths(source, target, kinds, max_hops, k), source, target)
            return
        found = paths.shortest_path(graph, source, target, kinds, max_hops)
    if found is None:
        console.print(f"no path from {source} to {target} within {max_hops} hops via {', '.join(kinds)}")
        raise typer.Exit(1)
    console.print(f"{found.length} hop(s) from {source} to {target}:")
    for number, hop in enumerate(found.hops, 1):
        console.print(f"  {number}. {hop.from_name} → {hop.to_name}: {hop.detail}")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on (0.0.0.0 in a container).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Apply the schema and seed the store if it is empty, then serve the HTTP API.

    The store is the one CITYGRAPH_STORE names; for Neo4j this first waits (CITYGRAPH_NEO4J_WAIT_S)
    for the server to answer.
    """
    import uvicorn

    settings = get_settings()
    with _open(None, read_only=False) as graph:
        try:
            loaded = prepare(graph, settings.seed_dir)
        except SeedError as error:
            err_console.print(f"[red]error:[/red] cannot seed the empty {graph.kind} store: {error}")
            raise typer.Exit(1) from error
        if loaded:
            console.print(f"seeded an empty {graph.kind} store with {loaded} rows")
    console.print(f"CityGraph API on http://{host}:{port}/docs")
    # The app opens its own store from the same settings: one per process, in its lifespan.
    uvicorn.run("app.main:create_app", factory=True, host=host, port=port)


@app.command("export-neo4j")
def export_neo4j(
    reset: Annotated[
        bool, typer.Option("--reset", help="Empty the Neo4j database first, so it equals the embedded graph.")
    ] = False,
) -> None:
    """Copy the embedded graph — the seed and every write made through the API — into Neo4j.

    Reads CITYGRAPH_DATA_DIR, writes NEO4J_URI / NEO4J_DATABASE with the seed's own MERGE loads
    (idempotent: exporting twice changes nothing). Stop an API that serves the embedded file first.
    """
    settings = get_settings()
    # A mistyped CITYGRAPH_DATA_DIR would otherwise create an empty store, and --reset empty Neo4j.
    if not settings.embedded_path.exists():
        err_console.print(
            f"[red]error:[/red] no embedded store at {settings.embedded_path} (CITYGRAPH_DATA_DIR)"
        )
        raise typer.Exit(1)
    # Opened for writing: only a writer replays the write-ahead log, where the API's latest writes are.
    with _open("embedded", read_only=False) as source, _open("neo4j", read_only=False) as target:
        with _progress() as bar:
            task = bar.add_task("copying to Neo4j", total=None)
            try:
                report = copy_graph(
                    source, target, reset=reset, progress=lambda _n, rows: bar.advance(task, rows)
                )
            except (SeedError, StoreError) as error:
                err_console.print(f"[red]error:[/red] {error}")
                raise typer.Exit(1) from error
        missing = report.missing()
    if missing:
        err_console.print("[red]error:[/red] the copy is incomplete:\n  " + "\n  ".join(missing))
        raise typer.Exit(1)
    nodes, rels = (sum(part.values()) for part in report.target)
    console.print(
        f"copied {report.rows} rows from {settings.embedded_path} to {settings.neo4j_uri}: "
        f"Neo4j now holds {nodes} nodes and {rels} relationships"
    )


@app.command("export")
def export_file(
    fmt: Annotated[str, typer.Argument(metavar="FORMAT", help="gexf, graphml, csv (a zip) or json.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="File to write.")],
    projection: Annotated[str, typer.Option(help="twinning, projects, field or all.")] = "twinning",
    network: Annotated[str | None, typer.Option(help="Keep members of this network.")] = None,
    field: Annotated[str | None, typer.Option(help="Keep cities designated in this field.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO alpha-2 country code.")] = None,
    region: Annotated[str | None, typer.Option(help="UN M49 region or subregion.")] = None,
    since: Annotated[int | None, typer.Option(help="Keep links dated this year or later.")] = None,
    until: Annotated[int | None, typer.Option(help="Keep links dated this year or earlier.")] = None,
    store: StoreOption = None,
) -> None:
    """Write a projection to a file for Gephi, yEd or a spreadsheet, with a progress bar."""
    from graph.export import formats
    from graph.project import PROJECTIONS, Filters, build

    try:
        formats.get_format(fmt)
    except formats.UnknownFormatError as error:
        raise typer.BadParameter(str(error), param_hint="FORMAT") from error
    if projection not in PROJECTIONS:
        raise typer.BadParameter(
            f"unknown projection {projection!r}; choose from {list(PROJECTIONS)}", param_hint="--projection"
        )
    filters = Filters(network=network, field=field, country=country, region=region, since=since, until=until)
    with _open(store, read_only=True) as graph_store:
        graph = build(graph_store, projection, filters)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
    ) as bar:
        task = bar.add_task(f"writing {fmt}", total=graph.number_of_nodes() + graph.number_of_edges())
        size = formats.write(graph, fmt, str(output), lambda done: bar.advance(task, done))
    console.print(
        f"wrote {graph.number_of_nodes()} cities and {graph.number_of_edges()} links "
        f"({size:,} bytes) to {output}"
    )


# --- issue #3: k paths, city card and partners (kept at the end to ease merging) ---


def _print_paths(found: list[paths.Path], source: str, target: str) -> None:
    if not found:
        console.print(f"no path from {source} to {target}")
        raise typer.Exit(1)
    for rank, one in enumerate(found, 1):
        console.print(f"path {rank}: {one.length} hop(s) from {source} to {target}:")
        for number, hop in enumerate(one.hops, 1):
            console.print(f"  {number}. {hop.from_name} → {hop.to_name}: {hop.detail}")


def _json(payload: object) -> None:
    console.print_json(json.dumps(payload, default=str, ensure_ascii=False))


@app.command()
def city(
    city_id: Annotated[str, typer.Argument(help="City id, e.g. id-bandung.")],
    store: StoreOption = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """A city card: networks, designations, twins, projects, with sources."""
    with _open(store, read_only=True) as graph:
        card = cities.city_card(graph, city_id)
        if card is None:
            close = cities.suggest_cities(graph, city_id)
            hint = f" (did you mean {', '.join(close)}?)" if close else ""
            err_console.print(f"[red]error:[/red] no city with id {city_id!r}{hint}")
            raise typer.Exit(1)
    if as_json:
        _json(card)
        return
    console.print(
        f"[bold]{card['name']}[/bold] ({card['id']}), {card.get('country_name') or card['country']}"
    )
    for member in card["networks"]:
        console.print(
            f"  member of {member['name']}" + (f" since {member['since']}" if member["since"] else "")
        )
    for item in card["designations"]:
        console.print(f"  {item['network'].upper()} {item['field_name']} {item['year'] or '(year unknown)'}")
    for twin in card["twins"]:
        console.print(
            f"  {twin['kind']} of {twin['name']} ({twin['id']})"
            + (f" since {twin['since']}" if twin["since"] else "")
        )
    for project in card["projects"]:
        console.print(f"  takes part in {project['name']} ({project['id']})")
    console.print("  sources: " + ", ".join(source["id"] for source in card["sources"]))


@app.command()
def partners(
    city_id: Annotated[str, typer.Argument(help="City id, e.g. id-bandung.")],
    kind: Annotated[
        str, typer.Option(help="Comma-separated: twinning, project, field.")
    ] = "twinning,project,field",
    limit: Annotated[int, typer.Option(min=1, max=500)] = 50,
    store: StoreOption = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """A city's partners (twins, co-project partners, same-field peers), each with its reasons."""
    kinds = [part.strip() for part in kind.split(",") if part.strip()]
    if not kinds or any(part not in cities.PARTNER_KINDS for part in kinds):
        raise typer.BadParameter(f"choose from {', '.join(cities.PARTNER_KINDS)}", param_hint="--kind")
    with _open(store, read_only=True) as graph:
        if not graph.run("city_by_id", {"id": city_id}):
            err_console.print(f"[red]error:[/red] no city with id {city_id!r}")
            raise typer.Exit(1)
        chosen = [known for known in cities.PARTNER_KINDS if known in kinds]
        total, found = cities.partners(graph, city_id, chosen, 0, limit)
    if as_json:
        _json({"data": found, "count": total})
        return
    console.print(
        f"{total} partner(s) of {city_id}" + (f", first {len(found)}:" if total > len(found) else ":")
    )
    for entry in found:
        reasons = "; ".join(reason["detail"] for reason in entry["reasons"])
        console.print(f"  {entry['city']['name']} ({entry['city']['id']}): {reasons}")


# --- analytics (issue #4) ---------------------------------------------------------------

ProjectionOption = Annotated[str, typer.Option(help="City–city links: twinning, projects, field or all.")]
NetworkOption = Annotated[str | None, typer.Option(help="Keep members of this network, e.g. uccn.")]
FieldOption = Annotated[str | None, typer.Option(help="Keep cities designated in this field, e.g. design.")]
CountryOption = Annotated[str | None, typer.Option(help="Keep cities of this country (ISO alpha-2).")]
RegionOption = Annotated[str | None, typer.Option(help="Keep cities of this UN M49 region or subregion.")]


def _projection_graph(store: str | None, projection: str, filters: Filters) -> nx.Graph:
    if projection not in PROJECTIONS:
        raise typer.BadParameter(f"must be one of {', '.join(PROJECTIONS)}", param_hint="--projection")
    with _open(store, read_only=True) as graph:
        return build(graph, projection, filters)


def _city_brief(graph: nx.Graph, node: Hashable) -> dict[str, str]:
    data = graph.nodes[node]
    return {"id": str(node), "name": data.get("name") or "", "country": data.get("country") or ""}


def _projection_stats(store: str | None, projection: str, as_json: bool) -> None:
    statistics = graph_statistics(_projection_graph(store, projection, Filters()))
    if as_json:
        console.print_json(json.dumps({"projection": projection, **statistics}))
        return
    table = Table(title=f"{projection} projection")
    table.add_column("statistic")
    table.add_column("value", justify="right")
    for key, value in statistics.items():
        if key != "methods":
            shown = f"{value:.4f}" if isinstance(value, float) else str(value)
            table.add_row(key.replace("_", " "), shown)
    console.print(table)
    console.print("methods: " + ", ".join(f"{key} {value}" for key, value in statistics["methods"].items()))


@app.command()
def centrality(
    metric: Annotated[str, typer.Option(help=f"One of {', '.join(METRICS)}.")] = "degree",
    projection: ProjectionOption = "twinning",
    top: Annotated[int, typer.Option(min=1, max=100_000, help="How many cities to list.")] = 20,
    seed: Annotated[int, typer.Option(min=0, help="Seed of sampled computations.")] = 0,
    network: NetworkOption = None,
    field: FieldOption = None,
    country: CountryOption = None,
    region: RegionOption = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    store: StoreOption = None,
) -> None:
    """The most central cities of a projection, with how the scores were computed."""
    if metric not in METRICS:
        raise typer.BadParameter(f"must be one of {', '.join(METRICS)}", param_hint="--metric")
    filters = Filters(network=network, field=field, country=country, region=region)
    graph = _projection_graph(store, projection, filters)
    scores = compute_centrality(metric, graph, seed)
    rows = [
        {"rank": rank, "city": _city_brief(graph, node), "score": score}
        for node, score, rank in ranked(scores)[:top]
    ]
    if as_json:
        payload = {"metric": metric, "projection": projection, "method": scores.method, "data": rows}
        console.print_json(json.dumps(payload))
        return
    table = Table(title=f"{metric} centrality, {projection} projection ({scores.method})")
    for column in ("rank", "city", "name", "country", "score"):
        table.add_column(column, justify="right" if column in ("rank", "score") else "left")
    for node, score, rank in ranked(scores)[:top]:
        city = _city_brief(graph, node)
        table.add_row(str(rank), city["id"], city["name"], city["country"], f"{score:.6g}")
    console.print(table)


@app.command()
def communities(
    projection: ProjectionOption = "twinning",
    seed: Annotated[int, typer.Option(min=0, help="Seed of the Louvain run.")] = 0,
    top: Annotated[int, typer.Option(min=1, help="How many communities to list.")] = 10,
    store: StoreOption = None,
) -> None:
    """Louvain communities of a projection, largest first."""
    graph = _projection_graph(store, projection, Filters())
    partition = louvain_communities(graph, seed=seed)
    groups = partition.communities()
    console.print(f"{len(groups)} communities ({partition.method}), modularity {partition.modularity:.4f}")
    for number, group in enumerate(groups[:top]):
        names = sorted(str(graph.nodes[node].get("name") or node) for node in group)
        more = f", … (+{len(names) - 8})" if len(names) > 8 else ""
        console.print(f"  {number}. {len(group)} cities: {', '.join(names[:8])}{more}")


if __name__ == "__main__":
    app()
