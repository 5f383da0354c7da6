// partners_project — cities that take part in a project with the given city.
// params: $id: city id
// returns: rows {city, project, name, year, sources}, by partner id, project
// mode: read
MATCH (c:City {id: $id})-[mine:PARTICIPATES_IN]->(p:Project)<-[theirs:PARTICIPATES_IN]-(o:City)
WHERE o.id <> c.id
RETURN o {.id, .name, .country, .lat, .lon, .population} AS city, p.id AS project, p.name AS name,
       p.year AS year, mine.sources + theirs.sources AS sources
ORDER BY city.id, project
