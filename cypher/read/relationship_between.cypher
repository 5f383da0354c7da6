// relationship_between — the relationship, of one of the given types, between a city and another node.
// Every relation kind a path may use has a City at one end, so the match starts from the indexed city.
// params: $city: city id; $other: the other node's id; $types: allowed relationship types
// returns: at most one row {city: {key, name, label}, other: {key, name, label}, rel: {type, start, props}}
// mode: read
MATCH (c:City {id: $city})-[r]-(x {id: $other})
WHERE type(r) IN $types
RETURN {key: c.id, name: c.name, label: 'City'} AS city,
       {key: x.id, name: coalesce(x.name, x.short_title), label: labels(x)[0]} AS other,
       {type: type(r), start: startNode(r).id, props: properties(r)} AS rel
LIMIT 1
