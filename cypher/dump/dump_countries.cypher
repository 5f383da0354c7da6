// dump_countries — every Country, in the shape of load_countries' rows.
// params: none
// returns: rows {iso2, name, region, subregion}, by iso2
// mode: read
MATCH (k:Country)
RETURN k.iso2 AS iso2, k.name AS name, k.region AS region, k.subregion AS subregion
ORDER BY iso2
