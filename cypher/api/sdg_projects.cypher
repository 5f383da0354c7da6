// sdg_projects — the projects that advance one SDG, one page (the SDG's row is null when it does not exist).
// params: $number: 1..17; $offset, $limit: the page
// returns: one row {sdg, count, data: [project]}
// mode: read
OPTIONAL MATCH (s:SDG {number: $number})
OPTIONAL MATCH (s)<-[a:ADVANCES]-(p:Project)
WITH s, p, a
ORDER BY p.year, p.id
WITH s, collect(CASE WHEN p IS NULL THEN NULL
                     ELSE p {.id, .name, .kind, .year, .url, sources: a.sources} END) AS found
RETURN s {.number, .title, .short_title} AS sdg, size(found) AS count, found[$offset..$offset + $limit] AS data
