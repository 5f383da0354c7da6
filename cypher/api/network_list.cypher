// network_list — every network with its number of member cities, one page.
// params: $offset, $limit: the page
// returns: one row {count, data: [network]}
// mode: read
MATCH (n:Network)
WITH n
ORDER BY n.id
WITH collect(n {.id, .name, .founded, .url, .sources,
                members: size([(n)<-[:MEMBER_OF]-(c:City) | c.id])}) AS found
RETURN size(found) AS count, found[$offset..$offset + $limit] AS data
