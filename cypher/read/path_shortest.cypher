// path_shortest — one shortest path between two cities over the allowed relationship types.
// The bound *..8 is the hard cap; $max_hops narrows it.
// params: $from, $to: city ids; $types: allowed relationship types; $max_hops: at most 8
// returns: at most one row {nodes: [{key, name, label}], rels: [{type, start, props}]}
// mode: read
MATCH (a:City {id: $from}), (b:City {id: $to})
MATCH p = shortestPath((a)-[:TWINNED_WITH|MEMBER_OF|DESIGNATED|PARTICIPATES_IN*..8]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types) AND length(p) <= $max_hops
RETURN [n IN nodes(p) | {key: coalesce(n.id, toString(n.number)), name: coalesce(n.name, n.short_title),
        label: labels(n)[0]}] AS nodes,
       [r IN relationships(p) | {type: type(r), start: startNode(r).id, props: properties(r)}] AS rels
