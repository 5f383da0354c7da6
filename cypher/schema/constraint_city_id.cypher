// constraint_city_id — every City has a unique id.
// params: none
// returns: nothing
// mode: schema
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (c:City) REQUIRE c.id IS UNIQUE
