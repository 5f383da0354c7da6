"""kglite behaviour the embedded backend works around: each test fails once kglite is fixed.

When one of these starts passing (strict xfail turns XPASS into a failure), remove the
workaround it names and this test.
"""

from __future__ import annotations

import kglite
import pytest

SHORTEST_OVER_TYPES = """
MATCH (a:City {id: 'a'}), (b:City {id: 'b'})
MATCH p = shortestPath((a)-[:TWINNED_WITH|MEMBER_OF*..4]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN length(p) AS length
"""


@pytest.mark.xfail(
    strict=True,
    reason="kglite 0.21.2 filters shortestPath by relationship type after the search "
    "(workaround: EmbeddedStore._path_shortest)",
)
def test_shortest_path_applies_the_type_predicate_during_the_search() -> None:
    graph = kglite.KnowledgeGraph()
    graph.cypher(
        "CREATE (a:City {id: 'a'}), (b:City {id: 'b'}), (n:Network {id: 'n'}), "
        "(a)-[:TWINNED_WITH]->(b), (a)-[:MEMBER_OF]->(n), (b)-[:MEMBER_OF]->(n)"
    )
    # Neo4j answers 2 (a -MEMBER_OF-> n <-MEMBER_OF- b); kglite finds a–b first and then drops it.
    rows = graph.cypher(SHORTEST_OVER_TYPES, params={"types": ["MEMBER_OF"]}).to_list()
    assert rows == [{"length": 2}]


@pytest.mark.xfail(
    strict=True,
    reason="kglite 0.21.2 gives null for a map projection of a node that passed through collect() "
    "(workaround: cypher/api queries project nodes to maps before collecting them)",
)
def test_map_projection_of_collected_nodes() -> None:
    graph = kglite.KnowledgeGraph()
    graph.cypher("CREATE (:City {id: 'a'}), (:City {id: 'b'})")
    rows = graph.cypher(
        "MATCH (c:City) WITH c ORDER BY c.id WITH collect(c) AS found RETURN [x IN found | x {.id}] AS cities"
    ).to_list()
    # Neo4j answers [{id: 'a'}, {id: 'b'}]; kglite answers [None, None] (``x.id`` alone works).
    assert rows == [{"cities": [{"id": "a"}, {"id": "b"}]}]
