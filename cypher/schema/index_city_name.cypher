// index_city_name — exact-name lookups of cities.
// params: none
// returns: nothing
// mode: schema
CREATE INDEX city_name IF NOT EXISTS FOR (c:City) ON (c.name)
