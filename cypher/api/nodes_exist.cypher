// nodes_exist — which of the given ids name an existing City, Network, CreativeField, Project, Source or SDG.
// params: $cities, $networks, $fields, $projects, $sources: lists of ids; $sdgs: list of numbers
// returns: one row {cities, networks, fields, projects, sources, sdgs}: the ids that exist
// mode: read
OPTIONAL MATCH (c:City)
  WHERE c.id IN $cities
WITH collect(c.id) AS cities
OPTIONAL MATCH (n:Network)
  WHERE n.id IN $networks
WITH cities, collect(n.id) AS networks
OPTIONAL MATCH (f:CreativeField)
  WHERE f.id IN $fields
WITH cities, networks, collect(f.id) AS fields
OPTIONAL MATCH (p:Project)
  WHERE p.id IN $projects
WITH cities, networks, fields, collect(p.id) AS projects
OPTIONAL MATCH (s:Source)
  WHERE s.id IN $sources
WITH cities, networks, fields, projects, collect(s.id) AS sources
OPTIONAL MATCH (g:SDG)
  WHERE g.number IN $sdgs
RETURN cities, networks, fields, projects, sources, collect(g.number) AS sdgs
