// delete_all — remove every node and relationship (for `citygraph seed --reset` and test set-up).
// params: none
// returns: nothing
// mode: write
MATCH (n)
DETACH DELETE n
