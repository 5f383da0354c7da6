// constraint_network_id — every Network has a unique id.
// params: none
// returns: nothing
// mode: schema
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE
