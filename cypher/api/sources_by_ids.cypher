// sources_by_ids — the Source nodes with the given ids (unknown ids are skipped).
// params: $ids: list of source ids
// returns: rows {source}, by id
// mode: read
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s {.id, .title, .url, .publisher, .published, .retrieved, .licence} AS source
ORDER BY s.id
