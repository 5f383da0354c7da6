// export_cities — every city with its country, region, networks and designations (for projections).
// params: none
// returns: rows {id, name, country, region, subregion, lat, lon, population, networks, designations}, by id
// mode: read
MATCH (c:City)-[:IN_COUNTRY]->(k:Country)
OPTIONAL MATCH (c)-[:MEMBER_OF]->(n:Network)
WITH c, k, collect(DISTINCT n.id) AS networks
OPTIONAL MATCH (c)-[d:DESIGNATED]->(f:CreativeField)
WITH c, k, networks, collect({network: d.network, field: f.id, year: d.year, sources: d.sources}) AS found
RETURN c.id AS id, c.name AS name, c.country AS country, k.region AS region, k.subregion AS subregion,
       c.lat AS lat, c.lon AS lon, c.population AS population, networks,
       [x IN found WHERE x.field IS NOT NULL] AS designations
ORDER BY id
