// Counts a change of the graph (a document loaded or removed), in the same transaction as the
// change, so that HTTP responses' ETags change with it and only with it. The GraphState node has
// no Entity label: no query over the graph's content sees it.
// Params: none. Returns: version.
MERGE (state:GraphState {key: 'graph'})
SET state.version = coalesce(state.version, 0) + 1
RETURN state.version AS version
