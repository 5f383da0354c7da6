// constraint_field_id — every CreativeField has a unique id.
// params: none
// returns: nothing
// mode: schema
CREATE CONSTRAINT field_id IF NOT EXISTS FOR (f:CreativeField) REQUIRE f.id IS UNIQUE
