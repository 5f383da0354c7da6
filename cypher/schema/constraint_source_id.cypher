// constraint_source_id — every Source has a unique id.
// params: none
// returns: nothing
// mode: schema
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE
