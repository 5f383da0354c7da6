// network_members — a network's member cities, optionally only those designated in a field by it,
// or who joined within [$since, $until]; one page.
// params: $id: network id; $field: field id or null; $since, $until: years or null; $offset, $limit
// returns: one row {count, data: [{city, since, until, fields, sources}]}
// mode: read
MATCH (n:Network {id: $id})<-[m:MEMBER_OF]-(c:City)
WHERE ($since IS NULL OR m.since >= $since)
  AND ($until IS NULL OR m.since <= $until)
  AND ($field IS NULL
       OR EXISTS { MATCH (c)-[d:DESIGNATED]->(f:CreativeField) WHERE f.id = $field AND d.network = $id })
WITH c, m
ORDER BY c.id
WITH collect({city: c {.id, .name, .country, .lat, .lon, .population}, since: m.since, until: m.until,
              fields: [(c)-[d:DESIGNATED]->(f:CreativeField) WHERE d.network = $id | f.id],
              sources: m.sources}) AS found
RETURN size(found) AS count, found[$offset..$offset + $limit] AS data
