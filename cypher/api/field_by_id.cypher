// field_by_id — one creative field.
// params: $id: field id
// returns: at most one row {field}
// mode: read
MATCH (f:CreativeField {id: $id})
RETURN f {.id, .name, .name_id, .scheme, .since, .sources} AS field
