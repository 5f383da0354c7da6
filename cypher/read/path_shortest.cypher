// path_shortest — one shortest path between two different cities over the allowed relationship types.
// The bound *..8 is the hard cap on work; callers cut shorter limits themselves, because a length
// predicate here would make Neo4j fall back to an exhaustive search when no short path exists.
// params: $from, $to: city ids (different); $types: allowed relationship types
// returns: at most one row {nodes: [{key, name, label}], rels: [{type, start, props}]}
// mode: read
MATCH (a:City {id: $from}), (b:City {id: $to})
MATCH p = shortestPath((a)-[:TWINNED_WITH|MEMBER_OF|DESIGNATED|PARTICIPATES_IN*..8]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | {key: coalesce(n.id, toString(n.number)), name: coalesce(n.name, n.short_title),
        label: labels(n)[0]}] AS nodes,
       [r IN relationships(p) | {type: type(r), start: startNode(r).id, props: properties(r)}] AS rels
