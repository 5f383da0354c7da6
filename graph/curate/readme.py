"""Placeholder; replaced below."""

from pathlib import Path


def write_readme(seed: Path) -> Path:
    return seed / "README.md"
