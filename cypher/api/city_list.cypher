// city_list — one page of the cities matching every given filter (a null parameter means no filter).
// Ordered by population (largest first, unknown last), then id, so pages are stable. city_count has
// the same WHERE (a test checks they agree). Columns, not a map: kglite projects before sorting.
// params: $text: folded search text or null; $country: ISO alpha-2 or null; $region: lower-case UN M49
//         region or subregion or null; $network, $field: ids or null; $designated_from,
//         $designated_to: years or null; $offset, $limit: the page
// returns: rows {id, name, country, admin1, kind, lat, lon, population, region}
// mode: read
MATCH (c:City)-[:IN_COUNTRY]->(k:Country)
WHERE ($text IS NULL OR c.search_names CONTAINS $text)
  AND ($country IS NULL OR c.country = $country)
  AND ($region IS NULL OR toLower(k.region) = $region OR toLower(k.subregion) = $region)
  AND ($network IS NULL
       OR EXISTS { MATCH (c)-[:MEMBER_OF]->(n:Network) WHERE n.id = $network }
       OR EXISTS { MATCH (c)-[d:DESIGNATED]->(:CreativeField) WHERE d.network = $network })
  AND (($field IS NULL AND $designated_from IS NULL AND $designated_to IS NULL)
       OR EXISTS {
         MATCH (c)-[d:DESIGNATED]->(f:CreativeField)
         WHERE ($field IS NULL OR f.id = $field) AND ($network IS NULL OR d.network = $network)
           AND ($designated_from IS NULL OR d.year >= $designated_from)
           AND ($designated_to IS NULL OR d.year <= $designated_to)
       })
RETURN c.id AS id, c.name AS name, c.country AS country, c.admin1 AS admin1, c.kind AS kind, c.lat AS lat,
       c.lon AS lon, c.population AS population, k.region AS region
ORDER BY coalesce(c.population, -1) DESC, c.id
SKIP $offset
LIMIT $limit
