import path from 'node:path';
import { PROJECT_ROOT } from '../../local-neo4j/paths';

/**
 * Where the browser pages' scripts and styles live once bundled: `npm run build` writes them
 * (src/server/explorer/bundle.ts, esbuild, from node_modules; no CDN), the server serves them
 * under /assets/.
 */
export const ASSETS_DIR = path.join(PROJECT_ROOT, 'dist', 'public');

export const ASSET_FILES = ['explorer.js', 'explorer.css', 'graphiql.js', 'graphiql.css'] as const;
