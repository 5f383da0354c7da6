// load_memberships — a city's membership of a network.
// params: $rows: list of {city, network, since, until, note, sources}
// returns: nothing
// mode: write
UNWIND $rows AS row
MATCH (c:City {id: row.city}), (n:Network {id: row.network})
MERGE (c)-[m:MEMBER_OF]->(n)
SET m.since = row.since, m.until = row.until, m.note = row.note, m.sources = row.sources
