// dump_fields — every CreativeField, in the shape of load_fields' rows.
// params: none
// returns: rows {id, name, name_id, scheme, since, sources}, by id
// mode: read
MATCH (f:CreativeField)
RETURN f.id AS id, f.name AS name, f.name_id AS name_id, f.scheme AS scheme, f.since AS since,
       f.sources AS sources
ORDER BY id
