/**
 * `npm run eval:draft`: drafts the shipped statement from its text alone, then (and only then)
 * reads the hand annotation and prints agreement per layer. The drafter is given the general
 * gazetteer and nothing from the annotation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../local-neo4j/paths';
import { readAnnotation } from '../../ingest/read-annotation';
import { validateAnnotation } from '../../ingest/validate-annotation';
import { draftStatement } from '../draft';
import { loadGazetteer } from '../gazetteer';
import { readStatement } from '../read-statement';
import { compareAnnotations, compareRelationLayers, formatTable } from './compare';

async function main(): Promise<void> {
  const dir = path.join(PROJECT_ROOT, 'fixtures', 'jp-kz-2006');
  const statementFile = path.join(dir, 'statement.txt');
  const text = readStatement(statementFile);
  const started = Date.now();
  const { annotation: draft } = await draftStatement(text, { textFile: 'statement.txt' });
  const milliseconds = Date.now() - started;
  validateAnnotation(draft, text, '(draft)');
  // Only now the hand annotation: the draft above cannot have seen it.
  const { annotation: gold } = readAnnotation(path.join(dir, 'annotation.json'));
  const linkable = new Set(loadGazetteer().entities.map((k) => k.entity.id));
  const scores = [
    ...compareAnnotations(draft, gold, linkable),
    ...compareRelationLayers(draft, gold),
  ];
  console.log(
    `Draft of fixtures/jp-kz-2006/statement.txt (${milliseconds} ms, validator passed) against the hand annotation:\n`,
  );
  console.log(formatTable(scores));
  const out = process.argv[2];
  if (out) fs.writeFileSync(out, `${JSON.stringify(draft, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(`eval:draft failed: ${(error as Error).message}`);
  process.exit(1);
});
