// load_designations — a city designated in a creative field by a network (e.g. UCCN Design 2015).
// params: $rows: list of {city, network, field, year, note, sources}
// returns: nothing
// mode: write
UNWIND $rows AS row
MATCH (c:City {id: row.city}), (f:CreativeField {id: row.field})
MERGE (c)-[d:DESIGNATED {network: row.network}]->(f)
SET d.year = row.year, d.note = row.note, d.sources = row.sources
