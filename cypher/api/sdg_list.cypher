// sdg_list — the UN Sustainable Development Goals with how many projects advance each.
// params: none
// returns: rows {sdg}, by number
// mode: read
MATCH (s:SDG)
RETURN s {.number, .title, .short_title, .title_id, .sources,
          projects: size([(s)<-[:ADVANCES]-(p:Project) | p.id])} AS sdg
ORDER BY s.number
