// project_list — projects matching every given filter (null means no filter), one page.
// params: $network, $field, $city: ids or null; $sdg: 1..17 or null; $offset, $limit: the page
// returns: one row {count, data: [project]}, by year (unknown last), then id
// mode: read
MATCH (p:Project)
WHERE ($network IS NULL OR EXISTS { MATCH (p)-[:UNDER]->(n:Network) WHERE n.id = $network })
  AND ($field IS NULL OR EXISTS { MATCH (p)-[:IN_FIELD]->(f:CreativeField) WHERE f.id = $field })
  AND ($sdg IS NULL OR EXISTS { MATCH (p)-[:ADVANCES]->(s:SDG) WHERE s.number = $sdg })
  AND ($city IS NULL OR EXISTS { MATCH (c:City)-[:PARTICIPATES_IN]->(p) WHERE c.id = $city })
WITH p
ORDER BY coalesce(p.year, 9999), p.id
WITH collect(p {.id, .name, .kind, .year, .url, .sources,
                network: head([(p)-[:UNDER]->(n:Network) | n.id]),
                cities: size([(c:City)-[:PARTICIPATES_IN]->(p) | c.id])}) AS found
RETURN size(found) AS count, found[$offset..$offset + $limit] AS data
