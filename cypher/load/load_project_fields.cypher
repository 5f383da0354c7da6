// load_project_fields — a project's creative field.
// params: $rows: list of {project, field, sources}
// returns: nothing
// mode: write
UNWIND $rows AS row
MATCH (p:Project {id: row.project}), (f:CreativeField {id: row.field})
MERGE (p)-[r:IN_FIELD]->(f)
SET r.sources = row.sources
