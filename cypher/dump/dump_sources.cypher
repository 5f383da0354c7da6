// dump_sources — every Source, in the shape of load_sources' rows (to copy the graph to another store).
// params: none
// returns: rows {id, title, url, publisher, published, retrieved, licence}, by id
// mode: read
MATCH (s:Source)
RETURN s.id AS id, s.title AS title, s.url AS url, s.publisher AS publisher, s.published AS published,
       s.retrieved AS retrieved, s.licence AS licence
ORDER BY id
