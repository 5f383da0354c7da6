"""The examples in the analytics docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import graph.analytics

MODULES = sorted(info.name for info in pkgutil.iter_modules(graph.analytics.__path__, "graph.analytics."))


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, extraglobs={"nx": __import__("networkx")})
    assert result.failed == 0


def test_public_modules_have_examples() -> None:
    public = [name for name in MODULES if not name.rsplit(".", 1)[1].startswith("_")]
    for name in public:
        assert doctest.DocTestFinder().find(importlib.import_module(name)), name
