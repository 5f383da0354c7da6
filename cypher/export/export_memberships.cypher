// export_memberships — every city's membership of a network.
// params: none
// returns: rows {city, network, name, since, until, sources}, by network, city
// mode: read
MATCH (c:City)-[m:MEMBER_OF]->(n:Network)
RETURN c.id AS city, n.id AS network, n.name AS name, m.since AS since, m.until AS until, m.sources AS sources
ORDER BY network, city
