// The graph's version: how many times a document was loaded or removed (0 before the first).
// Params: none. Returns: version (no row before the first load).
MATCH (state:GraphState {key: 'graph'})
RETURN state.version AS version
