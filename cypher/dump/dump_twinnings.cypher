// dump_twinnings — every twin-town pair as stored (city_a < city_b), in the shape of load_twinnings' rows.
// params: none
// returns: rows {city_a, city_b, kind, since, sources}, by city_a, city_b
// mode: read
MATCH (a:City)-[t:TWINNED_WITH]->(b:City)
RETURN a.id AS city_a, b.id AS city_b, t.kind AS kind, t.since AS since, t.sources AS sources
ORDER BY city_a, city_b
