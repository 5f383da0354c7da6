// dump_participations — every city's part in a project, in the shape of load_participations' rows.
// params: none
// returns: rows {project, city, role, sources}, by project, city
// mode: read
MATCH (c:City)-[r:PARTICIPATES_IN]->(p:Project)
RETURN p.id AS project, c.id AS city, r.role AS role, r.sources AS sources
ORDER BY project, city
