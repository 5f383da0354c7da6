// dump_project_sdgs — every SDG a project advances, in the shape of load_project_sdgs' rows.
// params: none
// returns: rows {project, sdg, sources}, by project, sdg
// mode: read
MATCH (p:Project)-[r:ADVANCES]->(s:SDG)
RETURN p.id AS project, s.number AS sdg, r.sources AS sources
ORDER BY project, sdg
