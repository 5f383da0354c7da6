// export_twinnings — every twin-town pair, once each (city_a < city_b).
// params: none
// returns: rows {a, b, kind, since, sources}, by a, b
// mode: read
MATCH (a:City)-[t:TWINNED_WITH]->(b:City)
RETURN a.id AS a, b.id AS b, t.kind AS kind, t.since AS since, t.sources AS sources
ORDER BY a, b
