// load_networks — upsert Network nodes.
// params: $rows: list of {id, name, founded, url, sources}
// returns: nothing
// mode: write
UNWIND $rows AS row
MERGE (n:Network {id: row.id})
SET n.name = row.name, n.founded = row.founded, n.url = row.url, n.sources = row.sources
