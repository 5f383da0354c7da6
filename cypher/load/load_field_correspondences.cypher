// load_field_correspondences — link a Bekraf subsector to the UCCN field it corresponds to.
// params: $rows: list of {field, uccn_field, sources}
// returns: nothing
// mode: write
UNWIND $rows AS row
MATCH (f:CreativeField {id: row.field}), (u:CreativeField {id: row.uccn_field})
MERGE (f)-[r:CORRESPONDS_TO]->(u)
SET r.sources = row.sources
