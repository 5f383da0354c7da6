// count_totals — how many nodes and relationships the graph holds.
// params: none
// returns: one row {nodes, relationships}
// mode: read
MATCH (n)
WITH count(n) AS nodes
OPTIONAL MATCH ()-[r]->()
RETURN nodes, count(r) AS relationships
