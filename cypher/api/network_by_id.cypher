// network_by_id — one network, its member count and the fields it designates cities in.
// params: $id: network id
// returns: at most one row {network}
// mode: read
MATCH (n:Network {id: $id})
RETURN n {.id, .name, .founded, .url, .sources,
          members: size([(n)<-[:MEMBER_OF]-(c:City) | c.id]),
          fields: [(c:City)-[d:DESIGNATED]->(f:CreativeField) WHERE d.network = n.id | f.id]} AS network
