// export_designations — every designation of a city in a creative field.
// params: none
// returns: rows {city, network, field, name, year, sources}, by field, city
// mode: read
MATCH (c:City)-[d:DESIGNATED]->(f:CreativeField)
RETURN c.id AS city, d.network AS network, f.id AS field, f.name AS name, d.year AS year, d.sources AS sources
ORDER BY field, city
