// export_participations — every city's part in a project, with the project's year and network.
// params: none
// returns: rows {city, project, name, year, network, role, sources}, by project, city
// mode: read
MATCH (c:City)-[r:PARTICIPATES_IN]->(p:Project)
OPTIONAL MATCH (p)-[:UNDER]->(n:Network)
RETURN c.id AS city, p.id AS project, p.name AS name, p.year AS year, n.id AS network, r.role AS role,
       r.sources AS sources
ORDER BY project, city
