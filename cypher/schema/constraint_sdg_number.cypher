// constraint_sdg_number — every SDG has a unique number.
// params: none
// returns: nothing
// mode: schema
CREATE CONSTRAINT sdg_number IF NOT EXISTS FOR (s:SDG) REQUIRE s.number IS UNIQUE
