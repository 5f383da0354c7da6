"""Lint every cypher/**/*.cypher with Neo4j's own parser and semantic analysis.

The linting itself is tests/cypher_lint/lint.mjs (npm @neo4j-cypher/language-support, pinned in its
package-lock.json). This module installs it when needed, runs it once over all files (and once over
the samples below) and reports errors as file:line:col message. Warnings (unknown label, cartesian
product, ...) never fail the test: they show as CypherLintWarning in pytest's warnings summary.
"""

import hashlib
import json
import shutil
import subprocess
import warnings
from pathlib import Path
from typing import TypedDict

import pytest

REPO = Path(__file__).resolve().parents[1]
CYPHER_DIR = REPO / "cypher"
LINT_DIR = Path(__file__).resolve().parent / "cypher_lint"
LOCK = LINT_DIR / "package-lock.json"
# Written after a successful `npm ci`: node_modules is current iff it holds the lock's hash.
STAMP = LINT_DIR / "node_modules" / ".citygraph-lock-sha256"


class CypherLintWarning(UserWarning):
    pass


class Diagnostic(TypedDict):
    """One entry of lint.mjs's JSON output; line and column are 1-based."""

    severity: str  # error | warning | information | hint
    message: str
    line: int
    column: int


def _lock_hash() -> str:
    return hashlib.sha256(LOCK.read_bytes()).hexdigest()


@pytest.fixture(scope="session")
def node_deps() -> None:
    """Make tests/cypher_lint/node_modules match package-lock.json (npm ci only when it doesn't)."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("node and npm are required to lint Cypher (tests/cypher_lint) and are not on PATH")
    want = _lock_hash()
    if STAMP.is_file() and STAMP.read_text().strip() == want:
        return
    proc = subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        check=False,
        cwd=LINT_DIR,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, f"npm ci failed in {LINT_DIR}:\n{proc.stdout}\n{proc.stderr}"
    STAMP.write_text(want + "\n")


def lint(paths: list[Path]) -> dict[Path, list[Diagnostic]]:
    """Run lint.mjs once over all paths; return each path's diagnostics."""
    proc = subprocess.run(
        ["node", str(LINT_DIR / "lint.mjs"), *map(str, paths)],
        check=False,
        cwd=LINT_DIR,
        capture_output=True,
        text=True,
        timeout=300,
    )
    # 0 = clean, 1 = some error; anything else means the linter itself broke.
    assert proc.returncode in (0, 1), f"lint.mjs exited {proc.returncode}:\n{proc.stderr}"
    result = {Path(p): diags for p, diags in json.loads(proc.stdout).items()}
    has_errors = any(d["severity"] == "error" for ds in result.values() for d in ds)
    assert has_errors == (proc.returncode == 1), "lint.mjs exit code disagrees with its output"
    return result


def _where(path: Path, d: Diagnostic) -> str:
    shown = path.relative_to(REPO) if path.is_relative_to(REPO) else path
    return f"{shown}:{d['line']}:{d['column']} {d['message']}"


def errors_of(diags: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diags if d["severity"] == "error"]


def test_all_cypher_files_lint_clean(node_deps: None) -> None:
    files = sorted(CYPHER_DIR.rglob("*.cypher"))
    if not files:
        pytest.skip(f"no .cypher files under {CYPHER_DIR} yet; the can-fail test still checks the linter")
    result = lint(files)
    for path, diags in result.items():
        for d in diags:
            if d["severity"] != "error":
                warnings.warn(_where(path, d), CypherLintWarning, stacklevel=1)
    bad = [_where(path, d) for path, diags in result.items() for d in errors_of(diags)]
    if bad:
        n_files = sum(1 for diags in result.values() if errors_of(diags))
        pytest.fail(f"{len(bad)} Cypher error(s) in {n_files} file(s):\n" + "\n".join(bad), pytrace=False)


# Each must be flagged as an error, with a message containing the given text (so it fails for
# the reason we mean, not some other one).
BROKEN = {
    "syntax": ("MATCH (c:City RETURN c", "Invalid input"),
    "unknown_function": ("MATCH (c:City) RETURN foo.bar(c.name) AS x", "Function foo.bar is not present"),
    "wrong_arity": ("RETURN toUpper('a', 'b') AS x", "Too many parameters for function 'toUpper'"),
    "apoc_function": ("MATCH (c:City) RETURN apoc.text.clean(c.name) AS x", "apoc.text.clean"),
    "apoc_procedure": ("CALL apoc.help('city') YIELD name RETURN name", "Procedure apoc.help is not present"),
    "undefined_variable": ("MATCH (c:City) RETURN d.name", "Variable `d` not defined"),
    "merge_param_map": ("MERGE (c:City $props) RETURN c", "Parameter maps cannot be used in `MERGE`"),
    "two_statements": ("MATCH (c:City) RETURN c; MATCH (k:Country) RETURN k", "exactly one statement"),
    "cypher_25": ("CYPHER 25 MATCH (c:City) RETURN c", "must be CYPHER 5"),
}

# Representative of what cypher/ holds; each must have zero errors (warnings are fine).
VALID = {
    "params_shortest_path": """
        MATCH (a:City {id: $from}), (b:City {id: $to})
        MATCH p = shortestPath((a)-[:TWINNED_WITH*..6]-(b))
        RETURN [n IN nodes(p) | n.name] AS route, length(p) AS hops
    """,
    "fulltext_map_projection_count": """
        CALL db.index.fulltext.queryNodes('city_names', $q, {limit: $limit}) YIELD node, score
        WITH node AS c, score
        RETURN c { .id, .name, country: [(c)-[:IN_COUNTRY]->(k:Country) | k.name][0] } AS city,
               COUNT { (c)-[:MEMBER_OF]->(:Network) } AS networks, score
        ORDER BY score DESC
    """,
    "unwind_merge": """
        UNWIND $rows AS row
        MERGE (c:City {id: row.id})
        SET c += row.props, c.updated = datetime()
        WITH c, row
        MATCH (k:Country {iso2: row.country})
        MERGE (c)-[:IN_COUNTRY]->(k)
    """,
    "constraint": "CREATE CONSTRAINT city_id IF NOT EXISTS FOR (c:City) REQUIRE c.id IS UNIQUE;",
    "fulltext_index": (
        "CREATE FULLTEXT INDEX city_names IF NOT EXISTS FOR (n:City|Country) ON EACH [n.name, n.aliases]"
    ),
    "exists_optional_call": """
        // Projects advancing an SDG, with their cities; backticked $`param` too
        MATCH (p:Project)-[:ADVANCES]->(s:SDG {number: $`sdg number`})
        WHERE EXISTS { (p)<-[:PARTICIPATES_IN]-(:City) }
        OPTIONAL MATCH (p)-[:IN_FIELD]->(f:CreativeField)
        CALL (p) { MATCH (c:City)-[:PARTICIPATES_IN]->(p) RETURN collect(c.name) AS cities }
        RETURN p.name AS project, f.name AS field, cities, coalesce(p.year, -1) AS year
        SKIP $skip LIMIT $limit
    """,
}


@pytest.fixture(scope="module")
def sample_results(node_deps: None, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Diagnostic]]:
    """Lint all BROKEN and VALID queries in one node run; keyed by case name."""
    root = tmp_path_factory.mktemp("cypher")
    cases = {f"broken_{k}": q for k, (q, _) in BROKEN.items()} | {f"valid_{k}": q for k, q in VALID.items()}
    paths = {name: root / f"{name}.cypher" for name in cases}
    for name, query in cases.items():
        paths[name].write_text(query)
    result = lint(list(paths.values()))
    return {name: result[path] for name, path in paths.items()}


@pytest.mark.parametrize("case", BROKEN)
def test_linter_flags_broken_query(sample_results: dict[str, list[Diagnostic]], case: str) -> None:
    expected = BROKEN[case][1]
    errors = errors_of(sample_results[f"broken_{case}"])
    assert any(expected in e["message"] for e in errors), f"expected an error with {expected!r}, got {errors}"


@pytest.mark.parametrize("case", VALID)
def test_linter_passes_valid_query(sample_results: dict[str, list[Diagnostic]], case: str) -> None:
    assert errors_of(sample_results[f"valid_{case}"]) == []
