// dump_projects — every Project with the network it runs under, in the shape of load_projects' rows.
// params: none
// returns: rows {id, name, kind, year, url, network, note, sources}, by id
// mode: read
MATCH (p:Project)
OPTIONAL MATCH (p)-[:UNDER]->(n:Network)
RETURN p.id AS id, p.name AS name, p.kind AS kind, p.year AS year, p.url AS url, n.id AS network,
       p.note AS note, p.sources AS sources
ORDER BY id
