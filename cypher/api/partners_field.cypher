// partners_field — cities designated by the same network in the same creative field as the given city.
// params: $id: city id
// returns: rows {city, network, field, field_name, year, sources}, by partner id, network, field
// mode: read
MATCH (c:City {id: $id})-[mine:DESIGNATED]->(f:CreativeField)<-[theirs:DESIGNATED]-(o:City)
WHERE o.id <> c.id AND theirs.network = mine.network
RETURN o {.id, .name, .country, .lat, .lon, .population} AS city, mine.network AS network, f.id AS field,
       f.name AS field_name, theirs.year AS year, mine.sources + theirs.sources AS sources
ORDER BY city.id, network, field
