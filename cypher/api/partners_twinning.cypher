// partners_twinning — a city's twin towns and sister cities.
// params: $id: city id
// returns: rows {city, kind, since, sources}, by partner id
// mode: read
MATCH (c:City {id: $id})-[t:TWINNED_WITH]-(o:City)
RETURN o {.id, .name, .country, .lat, .lon, .population} AS city, t.kind AS kind, t.since AS since,
       t.sources AS sources
ORDER BY city.id
