// load_sdgs — upsert the UN Sustainable Development Goals.
// params: $rows: list of {number, title, short_title, title_id, sources}
// returns: nothing
// mode: write
UNWIND $rows AS row
MERGE (s:SDG {number: row.number})
SET s.title = row.title, s.short_title = row.short_title, s.title_id = row.title_id, s.sources = row.sources
