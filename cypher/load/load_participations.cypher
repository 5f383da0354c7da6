// load_participations — a city taking part in a project.
// params: $rows: list of {project, city, role, sources}
// returns: nothing
// mode: write
UNWIND $rows AS row
MATCH (c:City {id: row.city}), (p:Project {id: row.project})
MERGE (c)-[r:PARTICIPATES_IN]->(p)
SET r.role = row.role, r.sources = row.sources
