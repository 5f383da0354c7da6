// dump_sdgs — every SDG, in the shape of load_sdgs' rows.
// params: none
// returns: rows {number, title, short_title, title_id, sources}, by number
// mode: read
MATCH (s:SDG)
RETURN s.number AS number, s.title AS title, s.short_title AS short_title, s.title_id AS title_id,
       s.sources AS sources
ORDER BY number
