// project_card — one project with its network, cities, fields and SDGs.
// params: $id: project id
// returns: at most one row {project, cities, fields, sdgs}
// mode: read
MATCH (p:Project {id: $id})
RETURN p {.id, .name, .kind, .year, .url, .note, .sources,
          network: head([(p)-[:UNDER]->(n:Network) | n.id])} AS project,
       [(c:City)-[r:PARTICIPATES_IN]->(p) |
         {id: c.id, name: c.name, country: c.country, role: r.role, sources: r.sources}] AS cities,
       [(p)-[:IN_FIELD]->(f:CreativeField) | {id: f.id, name: f.name}] AS fields,
       [(p)-[:ADVANCES]->(s:SDG) | {number: s.number, short_title: s.short_title}] AS sdgs
