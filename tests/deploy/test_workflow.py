"""The GitHub Actions workflow that runs the suite on Neo4j, checked here where it cannot run."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
WORKFLOW = REPO / ".github" / "workflows" / "neo4j.yml"


@pytest.fixture(scope="module")
def job() -> dict[str, Any]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    jobs: dict[str, Any] = workflow["jobs"]
    assert len(jobs) == 1
    return next(iter(jobs.values()))


def test_neo4j_runs_as_a_healthy_service_container(job: dict[str, Any]) -> None:
    service = job["services"]["neo4j"]
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))
    assert service["image"] == compose["services"]["neo4j"]["image"], "CI tests the image production runs"
    user, password = service["env"]["NEO4J_AUTH"].split("/", 1)
    assert "7687:7687" in service["ports"]
    assert "--health-cmd" in service["options"] and password in service["options"]
    assert job["env"]["NEO4J_USER"] == user and job["env"]["NEO4J_PASSWORD"] == password


def test_make_test_runs_with_neo4j_uri_set(job: dict[str, Any]) -> None:
    assert job["env"]["NEO4J_URI"] == "bolt://localhost:7687"
    runs = [step["run"] for step in job["steps"] if "run" in step]
    assert runs == ["make test"]
    uses = [step["uses"].split("@")[0] for step in job["steps"] if "uses" in step]
    assert uses[:2] == ["actions/checkout", "actions/setup-python"]
    python = next(step for step in job["steps"] if step.get("uses", "").startswith("actions/setup-python"))
    assert str(python["with"]["python-version"]) == "3.12"


def _actionlint() -> str | None:
    return shutil.which("actionlint") or shutil.which("actionlint", path=str(Path(sys.executable).parent))


def test_actionlint_finds_no_problem() -> None:
    binary = _actionlint()
    if binary is None:
        pytest.skip("actionlint is not installed (see README, 'Production on Neo4j')")
    done = subprocess.run(
        [binary, "-no-color", str(WORKFLOW)], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
