"""Parts of the Neo4j backend that need no server: value conversion and statement options."""

from __future__ import annotations

from datetime import UTC, date, datetime

from neo4j.time import Date, DateTime

from graph import queries
from graph.store.neo4j import _statement, to_python


def test_driver_temporal_values_become_python_ones_at_any_depth() -> None:
    row = {
        "published": Date(2015, 9, 25),
        "nested": [{"at": DateTime(2024, 10, 1, 12, 30, 0, tzinfo=UTC)}],
    }
    converted = to_python(row)
    assert converted == {
        "published": date(2015, 9, 25),
        "nested": [{"at": datetime(2024, 10, 1, 12, 30, tzinfo=UTC)}],
    }
    assert type(converted["published"]) is date


def test_only_reads_carry_the_query_timeout() -> None:
    # A load of the full seed takes longer than a read may; the embedded store times reads only, too.
    assert _statement(queries.get("city_by_id"), 10).timeout == 10
    assert _statement(queries.get("load_cities"), 10).timeout is None
    assert _statement(queries.get("constraint_city_id"), 10).timeout is None
