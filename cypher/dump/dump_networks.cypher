// dump_networks — every Network, in the shape of load_networks' rows.
// params: none
// returns: rows {id, name, founded, url, sources}, by id
// mode: read
MATCH (n:Network)
RETURN n.id AS id, n.name AS name, n.founded AS founded, n.url AS url, n.sources AS sources
ORDER BY id
