// count_totals — how many nodes and relationships the graph holds.
// Two counting subqueries answer from the stores' counts; the scope clause `CALL ()` needs Neo4j ≥ 5.23.
// params: none
// returns: one row {nodes, relationships}
// mode: read
CALL () {
  MATCH (n)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN nodes, relationships
