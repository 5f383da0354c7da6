// load_sources — upsert Source nodes.
// params: $rows: list of {id, title, url, publisher, published, retrieved, licence}
// returns: nothing
// mode: write
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.title = row.title, s.url = row.url, s.publisher = row.publisher,
    s.published = row.published, s.retrieved = row.retrieved, s.licence = row.licence
