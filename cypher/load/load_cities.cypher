// load_cities — upsert City nodes and link each to its Country.
// params: $rows: list of {id, name, ascii_name, alt_names, search_names, country, admin1, kind,
//         lat, lon, population, geonames_id, wikidata, sources}
// returns: nothing
// mode: write
UNWIND $rows AS row
MATCH (k:Country {iso2: row.country})
MERGE (c:City {id: row.id})
SET c.name = row.name, c.ascii_name = row.ascii_name, c.alt_names = row.alt_names,
    c.search_names = row.search_names, c.country = row.country, c.admin1 = row.admin1,
    c.kind = row.kind, c.lat = row.lat, c.lon = row.lon, c.population = row.population,
    c.geonames_id = row.geonames_id, c.wikidata = row.wikidata, c.sources = row.sources
MERGE (c)-[r:IN_COUNTRY]->(k)
SET r.sources = row.sources
