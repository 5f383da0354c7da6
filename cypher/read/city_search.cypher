// city_search — cities whose folded names contain the folded text (case and accents ignored).
// params: $text: folded search text (see graph.text.fold); $limit: most rows
// returns: rows {city}, largest population first (unknown populations last, on both stores)
// mode: read
MATCH (c:City)
WHERE c.search_names CONTAINS $text
RETURN c {.id, .name, .country, .population} AS city
ORDER BY coalesce(c.population, -1) DESC, c.id
LIMIT $limit
