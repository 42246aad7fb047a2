import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import { anchorQuote, locateClauses } from './anchor-quotes';
import { annotationSchema } from './annotation.schema';

/**
 * Authoring tool: `node dist/ingest/anchor-cli.js fixtures/<doc>/annotation.json`.
 *
 * Fills every clause `start` and every evidence `prefix/suffix/start/end` from the clause text and
 * the quote's `exact`, so no offset is ever typed by hand, then writes the file back. The draft
 * may lack those fields, so it is checked against a loose shape first and against the full schema
 * only after anchoring.
 */

// Only what anchoring reads; other keys are kept as they are (loose objects).
const draftSchema = z.looseObject({
  document: z.looseObject({ textFile: z.string() }),
  clauses: z.array(z.looseObject({ eId: z.string(), text: z.string() })),
  relations: z.array(
    z.looseObject({
      id: z.string(),
      evidence: z.looseObject({ clause: z.string(), exact: z.string() }),
    }),
  ),
});
type Draft = z.infer<typeof draftSchema>;

async function main(annotationPath: string): Promise<number> {
  const raw: unknown = JSON.parse(readFileSync(annotationPath, 'utf8'));
  const checked = draftSchema.safeParse(raw);
  if (!checked.success) {
    console.error(z.prettifyError(checked.error));
    return 1;
  }
  // Mutate the file's own objects (not zod's copies) so that key order and untouched keys survive.
  const draft = raw as Draft;
  const statement = readFileSync(resolve(dirname(annotationPath), draft.document.textFile), 'utf8');

  const starts = locateClauses(
    statement,
    draft.clauses.map((c) => c.text),
  );
  const clauseByEId = new Map<string, { text: string; start: number }>();
  draft.clauses.forEach((clause, i) => {
    const start = starts[i] ?? 0; // locateClauses returns one start per clause
    clause.start = start;
    clauseByEId.set(clause.eId, { text: clause.text, start });
  });

  for (const relation of draft.relations) {
    const { clause: eId, exact } = relation.evidence;
    const clause = clauseByEId.get(eId);
    if (!clause) throw new Error(`relation ${relation.id}: unknown clause ${eId}`);
    try {
      // Rebuilt in a fixed key order so the file diffs cleanly whatever the draft held.
      relation.evidence = {
        clause: eId,
        ...anchorQuote(
          statement,
          clause.text,
          clause.start,
          exact,
          occurrenceAt(clause, exact, relation.evidence.start),
        ),
      };
    } catch (error) {
      throw new Error(`relation ${relation.id} (clause ${eId}): ${(error as Error).message}`);
    }
  }

  // Format as `prettier --check` (part of `npm run lint`) expects, so the tool never breaks lint.
  const options = (await resolveConfig(annotationPath)) ?? {};
  const text = await format(JSON.stringify(draft, null, 2), {
    ...options,
    filepath: annotationPath,
  });
  writeFileSync(annotationPath, text.endsWith('\n') ? text : `${text}\n`, 'utf8');

  const result = annotationSchema.safeParse(draft);
  if (!result.success) {
    console.error(`${annotationPath}: anchored, but not a valid annotation:`);
    console.error(z.prettifyError(result.error));
    return 1;
  }
  console.log(
    `${annotationPath}: ${draft.clauses.length} clauses, ${draft.relations.length} quotes anchored`,
  );
  return 0;
}

/**
 * Which occurrence of `exact` in the clause the draft's `start` points at (a quote such as 「双方」
 * can occur twice in one paragraph); the first when the draft has no start or it points elsewhere.
 */
function occurrenceAt(
  clause: { text: string; start: number },
  exact: string,
  start: unknown,
): number {
  if (typeof start !== 'number') return 1;
  const points = Array.from(clause.text);
  const length = Array.from(exact).length;
  let occurrence = 0;
  for (let i = 0; i + length <= points.length; i++) {
    if (points.slice(i, i + length).join('') !== exact) continue;
    occurrence++;
    if (clause.start + i === start) return occurrence;
  }
  return 1;
}

const [path] = process.argv.slice(2);
if (!path) {
  console.error('usage: node dist/ingest/anchor-cli.js <annotation.json>');
  process.exit(2);
}
main(path).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
