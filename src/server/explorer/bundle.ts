import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../../local-neo4j/paths';
import { ASSETS_DIR } from './assets';

/**
 * Bundles the explorer (Cytoscape.js and the project's own vocabulary and exporters, so the page
 * draws and exports exactly as the API does) and the query page (GraphiQL with React) into
 * dist/public, for the server to serve offline. Run by `npm run build`; esbuild is a build-time
 * dependency only.
 */
// The sources, also when this runs from dist/.
const CLIENT_DIR = path.join(PROJECT_ROOT, 'src', 'server', 'explorer', 'client');

export async function bundleAssets(outdir: string = ASSETS_DIR): Promise<void> {
  await build({
    entryPoints: {
      explorer: path.join(CLIENT_DIR, 'explorer.ts'),
      graphiql: path.join(CLIENT_DIR, 'graphiql.ts'),
    },
    outdir,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    define: { 'process.env.NODE_ENV': '"production"' },
    // GraphiQL's stylesheet carries its fonts and icons: inline them, so nothing is fetched.
    loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl' },
    legalComments: 'none',
    logLevel: 'warning',
  });
}
