// fulltext_city_search — word search over a city's folded names (name, ASCII name, alternate names).
// One property, because kglite's full-text index covers exactly one.
// params: none
// returns: nothing
// mode: schema
CREATE FULLTEXT INDEX city_search IF NOT EXISTS FOR (c:City) ON EACH [c.search_names]
