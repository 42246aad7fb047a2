/**
 * GET /graphql in a browser. Apollo's default landing page loads Apollo Sandbox from a CDN, which
 * fails offline and on closed networks; this page is self-contained: an editor for the operation
 * and its variables, and the JSON answer.
 */
const EXAMPLE = `{
  health { status neo4j database }
}`;

export const LANDING_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Diplomatic knowledge graph – GraphQL</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5rem; max-width: 70rem; }
  textarea, pre { width: 100%; box-sizing: border-box; font: 13px ui-monospace, monospace; }
  textarea { height: 14rem; } #variables { height: 4rem; }
  pre { background: #f4f4f4; padding: .75rem; min-height: 8rem; white-space: pre-wrap; }
  button { font-size: 1rem; padding: .3rem 1.2rem; }
</style>
</head>
<body>
<h1>Diplomatic knowledge graph</h1>
<p>POST GraphQL operations to <code>/graphql</code>. The schema is in <code>schema/schema.graphql</code>
and by introspection. Try an operation:</p>
<label for="query">Operation</label>
<textarea id="query">${EXAMPLE}</textarea>
<label for="variables">Variables (JSON)</label>
<textarea id="variables">{}</textarea>
<p><button id="run">Run</button></p>
<pre id="result"></pre>
<script>
document.getElementById('run').onclick = async () => {
  const out = document.getElementById('result');
  let variables;
  try { variables = JSON.parse(document.getElementById('variables').value || '{}'); }
  catch (e) { out.textContent = 'Variables are not JSON: ' + e.message; return; }
  const response = await fetch(location.pathname, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.getElementById('query').value, variables }),
  });
  out.textContent = JSON.stringify(await response.json(), null, 2);
};
</script>
</body>
</html>
`;
