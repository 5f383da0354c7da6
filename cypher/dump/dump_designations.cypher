// dump_designations — every designation of a city in a creative field, in load_designations' shape.
// params: none
// returns: rows {city, network, field, year, note, sources}, by city, network, field
// mode: read
MATCH (c:City)-[d:DESIGNATED]->(f:CreativeField)
RETURN c.id AS city, d.network AS network, f.id AS field, d.year AS year, d.note AS note,
       d.sources AS sources
ORDER BY city, network, field
