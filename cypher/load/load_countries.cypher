// load_countries — upsert Country nodes.
// params: $rows: list of {iso2, name, region, subregion}
// returns: nothing
// mode: write
UNWIND $rows AS row
MERGE (k:Country {iso2: row.iso2})
SET k.name = row.name, k.region = row.region, k.subregion = row.subregion
