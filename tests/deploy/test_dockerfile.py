"""The API image, checked without Docker: what it copies is enough to run, and it runs the server."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuation lines joined and comments dropped."""
    text = (REPO / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    found = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            instruction, _, arguments = line.partition(" ")
            found.append((instruction.upper(), arguments.strip()))
    return found


def _copied() -> list[str]:
    # COPY <source>... <destination>: every word but the last is a source.
    return [source for kind, args in _instructions() if kind == "COPY" for source in shlex.split(args)[:-1]]


def test_the_image_is_python_3_12_slim_and_serves_on_every_interface() -> None:
    instructions = _instructions()
    assert instructions[0] == ("FROM", "python:3.12-slim")
    cmd = [args for instruction, args in instructions if instruction == "CMD"]
    assert len(cmd) == 1
    assert json.loads(cmd[0])[:4] == ["citygraph", "serve", "--host", "0.0.0.0"]
    assert ("EXPOSE", "8000") in instructions
    assert any(instruction == "USER" for instruction, _ in instructions), "runs unprivileged"


def test_every_package_and_data_folder_is_copied() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    packages = {name.rstrip("*") for name in pyproject["tool"]["setuptools"]["packages"]["find"]["include"]}
    assert packages | {"cypher", "seed", "pyproject.toml", "README.md"} <= set(_copied())


def test_what_the_image_copies_is_enough_to_start(tmp_path: Path) -> None:
    """Rebuild the image's tree from its COPY lines alone, and start the code from it."""
    for source in _copied():
        if (REPO / source).is_dir():
            shutil.copytree(REPO / source, tmp_path / source, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(REPO / source, tmp_path / source)
    probe = (
        "from graph import queries; from graph.settings import REPO_ROOT; import app.main, graph.cli;"
        "assert REPO_ROOT == __import__('pathlib').Path.cwd(), REPO_ROOT;"
        "print(len(queries.all_queries()))"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, '.'); {probe}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == len(list((REPO / "cypher").rglob("*.cypher")))
