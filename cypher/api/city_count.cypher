// city_count — how many cities match every given filter (the WHERE of city_list, which a test keeps equal).
// params: $text: folded search text or null; $country: ISO alpha-2 or null; $region: lower-case UN M49
//         region or subregion or null; $network, $field: ids or null; $designated_from,
//         $designated_to: years or null
// returns: one row {count}
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
RETURN count(c) AS count
