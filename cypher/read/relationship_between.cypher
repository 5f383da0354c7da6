// relationship_between — the relationship of one type between two nodes, in either direction.
// params: $from, $to: node ids; $from_label, $to_label: their labels; $type: relationship type
// returns: at most one row {rel: {type, start, props}}
// mode: read
MATCH (x {id: $from})-[r]-(y {id: $to})
WHERE type(r) = $type AND $from_label IN labels(x) AND $to_label IN labels(y)
RETURN {type: type(r), start: startNode(r).id, props: properties(r)} AS rel
LIMIT 1
