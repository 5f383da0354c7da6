// dump_cities — every City, in the shape of load_cities' rows (search_names is derived, so left out).
// params: none
// returns: rows {id, name, ascii_name, alt_names, country, admin1, kind, lat, lon, population,
//          geonames_id, wikidata, sources}, by id
// mode: read
MATCH (c:City)
RETURN c.id AS id, c.name AS name, c.ascii_name AS ascii_name, c.alt_names AS alt_names,
       c.country AS country, c.admin1 AS admin1, c.kind AS kind, c.lat AS lat, c.lon AS lon,
       c.population AS population, c.geonames_id AS geonames_id, c.wikidata AS wikidata,
       c.sources AS sources
ORDER BY id
