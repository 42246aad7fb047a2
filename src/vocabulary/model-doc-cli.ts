/**
 * `npm run docs:model`: rewrites docs/model.md from the vocabulary. The file is committed so that
 * readers see the model on GitHub; test/unit/model-doc.test.ts fails while it is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../project-root';
import { renderModelDoc } from './model-doc';

const MODEL_DOC = path.join(PROJECT_ROOT, 'docs', 'model.md');

fs.mkdirSync(path.dirname(MODEL_DOC), { recursive: true });
fs.writeFileSync(MODEL_DOC, renderModelDoc());
console.log(`Wrote ${path.relative(PROJECT_ROOT, MODEL_DOC)}`);
