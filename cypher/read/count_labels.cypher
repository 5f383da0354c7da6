// count_labels — how many nodes carry each label.
// params: none
// returns: rows {label, count}, by label
// mode: read
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
