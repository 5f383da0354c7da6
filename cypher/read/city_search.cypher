// city_search — cities whose folded names contain the folded text (case and accents ignored).
// params: $text: folded search text (see graph.text.fold); $limit: most rows
// returns: rows {city}, largest population first
// mode: read
MATCH (c:City)
WHERE c.search_names CONTAINS $text
RETURN c {.id, .name, .country, .population} AS city
ORDER BY c.population DESC, c.id
LIMIT $limit
