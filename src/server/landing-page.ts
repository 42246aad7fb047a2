/**
 * The pages a person opens in a browser: `/` points to the explorer and the query page; the query
 * page (GET /graphql with Accept: text/html) is GraphiQL, bundled from npm into dist/public by
 * `npm run build` (Apollo's own landing page loads from a CDN, which fails offline). POSTs and GETs
 * with `?query=` still go to Apollo Server, with its CSRF prevention.
 */
const HEAD = `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">`;

const MISSING = `The page's script did not load. Build it with <code>npm run build</code>
(the API serves it from <code>dist/public</code>).`;

export const HOME_PAGE = `<!doctype html>
<html lang="en">
<head>
${HEAD}
<title>Diplomatic knowledge graph</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 44rem; padding: 0 1rem; }
  a { color: #1d4f91; } li { margin: .5rem 0; }
</style>
</head>
<body>
<main>
<h1>Diplomatic knowledge graph <span lang="ja">外交知識グラフ</span></h1>
<p>The 2006 Japan–Kazakhstan joint statement as an evidence-backed graph.</p>
<ul>
  <li><a href="/explore">Explorer</a>: search a name in Japanese or English, draw its neighbourhood,
    read the words that assert each link, export the picture (PNG, GraphML, GEXF, CSV, Cytoscape JSON).</li>
  <li><a href="/graphql">Query page</a>: GraphiQL with the schema's documentation, autocompletion
    and example operations; <code>POST /graphql</code> for programs.</li>
</ul>
</main>
</body>
</html>
`;

export const GRAPHIQL_PAGE = `<!doctype html>
<html lang="en">
<head>
${HEAD}
<title>Diplomatic knowledge graph – GraphQL</title>
<link rel="stylesheet" href="/assets/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql"><p style="padding:1rem;font-family:sans-serif">${MISSING}</p></div>
<script src="/assets/graphiql.js"></script>
</body>
</html>
`;

export const EXPLORER_PAGE = `<!doctype html>
<html lang="en">
<head>
${HEAD}
<title>Explorer – Diplomatic knowledge graph</title>
<link rel="stylesheet" href="/assets/explorer.css">
</head>
<body>
<div id="app"><p class="missing">${MISSING}</p></div>
<script src="/assets/explorer.js"></script>
</body>
</html>
`;
