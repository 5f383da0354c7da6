// load_fields — upsert CreativeField nodes.
// params: $rows: list of {id, name, name_id, scheme, since, sources}
// returns: nothing
// mode: write
UNWIND $rows AS row
MERGE (f:CreativeField {id: row.id})
SET f.name = row.name, f.name_id = row.name_id, f.scheme = row.scheme, f.since = row.since,
    f.sources = row.sources
