// load_project_sdgs — an SDG a project advances.
// params: $rows: list of {project, sdg, sources}
// returns: nothing
// mode: write
UNWIND $rows AS row
MATCH (p:Project {id: row.project}), (s:SDG {number: row.sdg})
MERGE (p)-[r:ADVANCES]->(s)
SET r.sources = row.sources
