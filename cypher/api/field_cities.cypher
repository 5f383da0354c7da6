// field_cities — cities designated in a creative field (optionally by one network, within years), one page.
// params: $id: field id; $network: network id or null; $designated_from, $designated_to: years or null;
//         $offset, $limit: the page
// returns: one row {count, data: [{city, network, year, sources}]}, by year (unknown last), then city
// mode: read
MATCH (f:CreativeField {id: $id})<-[d:DESIGNATED]-(c:City)
WHERE ($network IS NULL OR d.network = $network)
  AND ($designated_from IS NULL OR d.year >= $designated_from)
  AND ($designated_to IS NULL OR d.year <= $designated_to)
WITH c, d
ORDER BY coalesce(d.year, 9999), c.id
WITH collect({city: c {.id, .name, .country, .lat, .lon, .population}, network: d.network, year: d.year,
              sources: d.sources}) AS found
RETURN size(found) AS count, found[$offset..$offset + $limit] AS data
