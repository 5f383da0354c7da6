// dump_field_correspondences — every Bekraf subsector ↔ UCCN field link, in load_field_correspondences' shape.
// params: none
// returns: rows {field, uccn_field, sources}, by field, uccn_field
// mode: read
MATCH (f:CreativeField)-[r:CORRESPONDS_TO]->(u:CreativeField)
RETURN f.id AS field, u.id AS uccn_field, r.sources AS sources
ORDER BY field, uccn_field
