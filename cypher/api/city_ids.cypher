// city_ids — every city id (to suggest close matches for an unknown one).
// params: none
// returns: rows {id}, by id
// mode: read
MATCH (c:City)
RETURN c.id AS id
ORDER BY id
