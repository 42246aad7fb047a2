import path from 'node:path';

/**
 * The repository root, where cypher/, fixtures/ and neo4j/ live: src/ (ts-jest) and dist/
 * (built) are both one level down.
 */
export const PROJECT_ROOT = path.resolve(__dirname, '..');
