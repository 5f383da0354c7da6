"""Name folding for accent- and case-insensitive search."""

from __future__ import annotations

import doctest

import pytest

from graph import text


def test_doctests() -> None:
    assert doctest.testmod(text).failed == 0


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("São Paulo", "sao paulo"),
        ("Ålesund", "alesund"),
        ("KRAKÓW", "krakow"),
        ("Xi'an", "xi an"),
        ("İzmir", "izmir"),
    ],
)
def test_fold(name: str, folded: str) -> None:
    assert text.fold(name) == folded


def test_search_names_keeps_each_folded_name_once() -> None:
    assert (
        text.search_names(["Bogotá", "Bogota", None, "Santa Fe de Bogotá"]) == "bogota | santa fe de bogota"
    )
