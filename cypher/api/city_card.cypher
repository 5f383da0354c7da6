// city_card — one city with its country, networks, designations, twins, projects and SDGs.
// params: $id: city id
// returns: at most one row {city, networks, designations, twins, projects, sdgs}
// mode: read
MATCH (c:City {id: $id})
OPTIONAL MATCH (c)-[:IN_COUNTRY]->(k:Country)
RETURN c {.id, .name, .ascii_name, .alt_names, .country, .admin1, .kind, .lat, .lon, .population,
          .geonames_id, .wikidata, .sources, country_name: k.name, region: k.region,
          subregion: k.subregion} AS city,
       [(c)-[m:MEMBER_OF]->(n:Network) |
         {id: n.id, name: n.name, since: m.since, until: m.until, sources: m.sources}] AS networks,
       [(c)-[d:DESIGNATED]->(f:CreativeField) |
         {network: d.network, field: f.id, field_name: f.name, year: d.year, sources: d.sources}] AS designations,
       [(c)-[t:TWINNED_WITH]-(o:City) |
         {id: o.id, name: o.name, country: o.country, kind: t.kind, since: t.since, sources: t.sources}] AS twins,
       [(c)-[r:PARTICIPATES_IN]->(p:Project) |
         {id: p.id, name: p.name, kind: p.kind, year: p.year, role: r.role, sources: r.sources}] AS projects,
       [(c)-[:PARTICIPATES_IN]->(:Project)-[:ADVANCES]->(s:SDG) | s.number] AS sdgs
