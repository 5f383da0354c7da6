// count_relationship_types — how many relationships of each type.
// params: none
// returns: rows {type, count}, by type
// mode: read
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
