// city_by_id — one city's own properties.
// params: $id: city id
// returns: at most one row {city}
// mode: read
MATCH (c:City {id: $id})
RETURN c {.id, .name, .ascii_name, .alt_names, .country, .admin1, .kind, .lat, .lon, .population,
          .geonames_id, .wikidata, .sources} AS city
