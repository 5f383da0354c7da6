// load_twinnings — a twin-town / sister-city pair, stored once from city_a to city_b (city_a < city_b).
// params: $rows: list of {city_a, city_b, kind, since, sources}
// returns: nothing
// mode: write
UNWIND $rows AS row
MATCH (a:City {id: row.city_a}), (b:City {id: row.city_b})
MERGE (a)-[t:TWINNED_WITH]->(b)
SET t.kind = row.kind, t.since = row.since, t.sources = row.sources
