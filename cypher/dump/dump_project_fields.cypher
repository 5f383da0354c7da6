// dump_project_fields — every project's creative field, in the shape of load_project_fields' rows.
// params: none
// returns: rows {project, field, sources}, by project, field
// mode: read
MATCH (p:Project)-[r:IN_FIELD]->(f:CreativeField)
RETURN p.id AS project, f.id AS field, r.sources AS sources
ORDER BY project, field
