// dump_memberships — every city's membership of a network, in the shape of load_memberships' rows.
// params: none
// returns: rows {city, network, since, until, note, sources}, by city, network
// mode: read
MATCH (c:City)-[m:MEMBER_OF]->(n:Network)
RETURN c.id AS city, n.id AS network, m.since AS since, m.until AS until, m.note AS note,
       m.sources AS sources
ORDER BY city, network
