// field_list — creative fields (optionally of one scheme) with how many cities hold each, one page.
// params: $scheme: uccn | bekraf | null; $offset, $limit: the page
// returns: one row {count, data: [field]}
// mode: read
MATCH (f:CreativeField)
WHERE $scheme IS NULL OR f.scheme = $scheme
WITH f
ORDER BY f.scheme DESC, f.id
WITH collect(f {.id, .name, .name_id, .scheme, .since, .sources,
                cities: size([(f)<-[:DESIGNATED]-(c:City) | c.id]),
                corresponds_to: [(f)-[:CORRESPONDS_TO]->(u:CreativeField) | u.id]}) AS found
RETURN size(found) AS count, found[$offset..$offset + $limit] AS data
