// load_projects — upsert Project nodes and the network each runs under.
// params: $rows: list of {id, name, kind, year, url, network, note, sources}
// returns: nothing
// mode: write
UNWIND $rows AS row
MERGE (p:Project {id: row.id})
SET p.name = row.name, p.kind = row.kind, p.year = row.year, p.url = row.url, p.note = row.note,
    p.sources = row.sources
WITH p, row
OPTIONAL MATCH (n:Network {id: row.network})
FOREACH (network IN CASE WHEN n IS NULL THEN [] ELSE [n] END |
  MERGE (p)-[u:UNDER]->(network)
  SET u.sources = row.sources)
