// constraint_project_id — every Project has a unique id.
// params: none
// returns: nothing
// mode: schema
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (p:Project) REQUIRE p.id IS UNIQUE
