/**
 * `npm run draft -- <statement.txt> [--id <documentId>] [--out <annotation.json>]
 *  [--known <annotation.json>]… [--db]`: drafts an annotation for review. Writes only the --out file
 * (or stdout), and only after the draft passes the project's validator; never the database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { validateAnnotation, AnnotationError } from '../ingest/validate-annotation';
import { readAnnotation } from '../ingest/read-annotation';
import { draftStatement, type KnownDocument } from './draft';
import { DraftInputError, readStatement } from './read-statement';
import { ID_PATTERN, type AnnotatedEntity } from '../ingest/annotation.schema';
import { withNeo4j } from '../local-neo4j/with-neo4j';
import { readKnownEntities, type KnownFromGraph } from './known-from-graph';

interface Args {
  file: string;
  id?: string;
  out?: string;
  known: string[];
  /** Link to the entities of the graph (NEO4J_URI, or the local Neo4j), read only. */
  db: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { file: '', known: [], db: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new DraftInputError(`${arg} needs a value`);
      i += 1;
      return v;
    };
    if (arg === '--id') args.id = value();
    else if (arg === '--out') args.out = value();
    else if (arg === '--known') args.known.push(value());
    else if (arg === '--db') args.db = true;
    else if (arg.startsWith('--'))
      throw new DraftInputError(`unknown option ${arg} (expected --id, --out, --known, --db)`);
    else if (!args.file) args.file = arg;
    else throw new DraftInputError(`unexpected argument ${arg}`);
  }
  if (!args.file)
    throw new DraftInputError(
      'usage: npm run draft -- <statement.txt> [--id <documentId>] [--out <annotation.json>] [--known <annotation.json>]',
    );
  if (args.id !== undefined && !ID_PATTERN.test(args.id)) {
    throw new DraftInputError(
      `--id "${args.id}" is not an id (lowercase letters, digits and : . _ -)`,
    );
  }
  return args;
}

/** Entities and documents of annotations the draft should link to (shared ids join on load). */
function readKnown(files: readonly string[]): {
  entities: AnnotatedEntity[];
  documents: KnownDocument[];
  ids: Set<string>;
} {
  const entities: AnnotatedEntity[] = [];
  const documents: KnownDocument[] = [];
  const ids = new Set<string>();
  for (const file of files) {
    const { annotation } = readAnnotation(path.resolve(file));
    const dates = new Map(
      annotation.entities.flatMap((e) =>
        e.kind === 'CalendarDate' ? [[e.id, e.value] as const] : [],
      ),
    );
    ids.add(annotation.document.id);
    entities.push(...annotation.entities, {
      id: annotation.document.id,
      kind: 'Document',
      documentType: annotation.document.documentType,
      name: annotation.document.title,
      aliases: [],
    });
    documents.push({
      id: annotation.document.id,
      documentType: annotation.document.documentType,
      signedOn: dates.get(annotation.document.signedOn),
    });
    for (const r of annotation.relations) {
      if (r.type !== 'SIGNED_ON' || typeof r.from !== 'string') continue;
      const doc = annotation.entities.find((e) => e.id === r.from && e.kind === 'Document');
      if (doc?.kind === 'Document')
        documents.push({ id: doc.id, documentType: doc.documentType, signedOn: dates.get(r.to) });
    }
  }
  return { entities, documents, ids };
}

/** The graph's entities, read in one query from NEO4J_URI or the local Neo4j. */
async function readGraph(): Promise<KnownFromGraph> {
  return withNeo4j((db) => readKnownEntities(db));
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const file = path.resolve(args.file);
  const text = readStatement(file);
  const known = readKnown(args.known);
  if (args.db) {
    const graph = await readGraph();
    known.entities.push(...graph.entities);
    known.documents.push(...graph.documents);
    for (const id of graph.loaded) known.ids.add(id);
  }
  if (args.id && known.ids.has(args.id)) {
    throw new DraftInputError(
      `--id "${args.id}" is already the id of another loaded document; choose a new id`,
    );
  }
  const out = args.out ? path.resolve(args.out) : undefined;
  const textFile = out ? path.relative(path.dirname(out), file) : path.basename(file);
  const { annotation, report } = await draftStatement(text, {
    textFile,
    documentId: args.id,
    known: known.entities,
    knownDocuments: known.documents,
    sourceName: path.basename(file),
  });
  if (known.ids.has(annotation.document.id)) {
    throw new DraftInputError(
      `the drafted id "${annotation.document.id}" is already another document's id; pass --id <new id>`,
    );
  }
  // The draft must load as it is: validate before writing anything.
  validateAnnotation(annotation, text, out ?? '(draft)');
  const json = `${JSON.stringify(annotation, null, 2)}\n`;
  if (out) fs.writeFileSync(out, json);
  else process.stdout.write(json);
  const summary = Object.entries(report.counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  console.error(
    `Drafted ${annotation.document.id}${out ? ` → ${path.relative(process.cwd(), out)}` : ''}: ${summary}`,
  );
  if (report.dropped.length) {
    console.error(
      `Dropped ${report.dropped.length} navigation/footer lines: ${report.dropped.map((l) => `「${l.slice(0, 30)}」`).join(' ')}`,
    );
  }
}

main().catch((error: unknown) => {
  if (error instanceof DraftInputError) console.error(`Draft refused: ${error.message}`);
  else if (error instanceof AnnotationError) {
    for (const p of error.problems)
      console.error(`Draft refused: ${p.file}: ${p.id}: ${p.message}`);
  } else console.error(`Draft failed: ${(error as Error).message}`);
  process.exit(1);
});
