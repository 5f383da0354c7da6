// schema_constraints — the uniqueness constraints in force.
// params: none
// returns: rows {name, labels, properties}, by name
// mode: read
SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties
RETURN name, labelsOrTypes AS labels, properties
ORDER BY name
