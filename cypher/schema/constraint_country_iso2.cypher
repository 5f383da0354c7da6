// constraint_country_iso2 — every Country has a unique iso2.
// params: none
// returns: nothing
// mode: schema
CREATE CONSTRAINT country_iso2 IF NOT EXISTS FOR (c:Country) REQUIRE c.iso2 IS UNIQUE
