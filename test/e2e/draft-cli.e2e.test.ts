import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { countDocumentGraph } from '../../src/ingest/load-graph';
import { PROJECT_ROOT } from '../../src/local-neo4j/paths';
import { openSeededDatabase } from '../support/database';

/**
 * The review-and-load commands as a user runs them (`node dist/…`, as the npm scripts do),
 * against the test Neo4j: bad input gets one line per problem naming it, exit 1, nothing written.
 */
const DIST = path.join(PROJECT_ROOT, 'dist');
const FICTIONAL = path.join(PROJECT_ROOT, 'fixtures', 'fictional-jp-kz-2026');
const SHIPPED = path.join(PROJECT_ROOT, 'fixtures', 'jp-kz-2006', 'annotation.json');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

let db: Database;
let dir: string;

function run(cli: string, args: string[]) {
  const result = spawnSync(process.execPath, [path.join(DIST, cli), ...args], {
    cwd: PROJECT_ROOT,
    env: process.env,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** Expects a refusal: exit 1, every stderr line starting with `prefix`, matching `pattern`. */
function expectRefused(result: ReturnType<typeof run>, prefix: string, pattern: RegExp) {
  expect(result.status).toBe(1);
  const lines = result.stderr.split('\n');
  for (const line of lines) expect(line.startsWith(prefix)).toBe(true);
  expect(result.stderr).toMatch(pattern);
}

beforeAll(async () => {
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: PROJECT_ROOT,
    },
  );
  db = await openSeededDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'draft-cli-'));
}, 180_000);

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('npm run draft', () => {
  it('writes a draft that passes the validator and reports the lines it dropped', () => {
    const out = path.join(dir, 'draft.json');
    const result = run('draft/draft-cli.js', [
      path.join(FICTIONAL, 'statement.txt'),
      '--id',
      'fictional-draft',
      '--out',
      out,
    ]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /^Drafted fictional-draft → .*draft\.json: sections 5, clauses 12/,
    );
    expect(result.stderr).toMatch(/Dropped 3 navigation\/footer lines: 「【架空の文書/);
    const draft = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(draft.document.textFile).toBe(path.relative(dir, path.join(FICTIONAL, 'statement.txt')));
  });

  it('with --db links to the graph’s entities and refuses an id a loaded document has', () => {
    const out = path.join(dir, 'linked.json');
    const statement = path.join(FICTIONAL, 'statement.txt');
    expect(
      run('draft/draft-cli.js', [statement, '--db', '--id', 'fictional-linked', '--out', out])
        .status,
    ).toBe(0);
    const draft = JSON.parse(fs.readFileSync(out, 'utf8'));
    const cited = draft.relations.find((r: Json) => r.type === 'REFERENCES');
    expect(cited.to).toBe('jp-kz-2006');
    expect(draft.entities.find((e: Json) => e.id === 'jp-kz-2006').kind).toBe('Document');
    expectRefused(
      run('draft/draft-cli.js', [statement, '--db', '--id', 'jp-kz-2006']),
      'Draft refused:',
      /--id "jp-kz-2006" is already the id of another loaded document/,
    );
  });

  it('refuses a file that is not UTF-8', () => {
    const file = write('latin1.txt', Buffer.from('共同声明\n', 'latin1'));
    const out = path.join(dir, 'never.json');
    expectRefused(
      run('draft/draft-cli.js', [file, '--out', out]),
      'Draft refused:',
      /latin1\.txt is not UTF-8 text \(invalid byte sequence at byte \d+\)/,
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses an empty file', () => {
    const file = write('empty.txt', '\n \n');
    expectRefused(
      run('draft/draft-cli.js', [file]),
      'Draft refused:',
      /empty\.txt is empty: no statement text to draft/,
    );
  });

  it('refuses a text with no recognisable statement', () => {
    const file = write('notice.txt', 'お知らせ\n本日は休業します。\n');
    expectRefused(
      run('draft/draft-cli.js', [file]),
      'Draft refused:',
      /no recognisable statement: no title line/,
    );
  });

  it('refuses an id that another loaded document already has', () => {
    const result = run('draft/draft-cli.js', [
      path.join(FICTIONAL, 'statement.txt'),
      '--id',
      'jp-kz-2006',
      '--known',
      SHIPPED,
    ]);
    expectRefused(
      result,
      'Draft refused:',
      /--id "jp-kz-2006" is already the id of another loaded document/,
    );
  });
});

describe('npm run seed and unseed on bad input', () => {
  /**
   * The fictional annotation, edited by `edit`, written beside a copy of its statement text (the
   * loader reads a statement only from inside its annotation's folder).
   */
  function edited(name: string, edit: (annotation: Json) => void): string {
    const annotation = JSON.parse(fs.readFileSync(path.join(FICTIONAL, 'annotation.json'), 'utf8'));
    fs.copyFileSync(path.join(FICTIONAL, 'statement.txt'), path.join(dir, 'statement.txt'));
    annotation.document.textFile = 'statement.txt';
    edit(annotation);
    return write(name, JSON.stringify(annotation));
  }

  it.each([
    [
      'a quote moved off its words',
      (a: Json) => (a.relations[0].evidence.exact = 'この言葉は本文にない'),
      /evidence\.exact "この言葉は本文にない" is not at \d+–\d+/,
    ],
    [
      'an unknown relation type',
      (a: Json) => (a.relations[1].type = 'LIKES'),
      /Invalid option: expected one of .*got "LIKES" \(at relations\.1\.type\)/,
    ],
    [
      'a relation to a removed entity',
      (a: Json) => (a.entities = a.entities.filter((e: { id: string }) => e.id !== 'jogmec')),
      /to "jogmec" is not a known entity id or clause eId/,
    ],
  ])(
    'refuses a draft edited into an invalid state (%s), writing nothing',
    async (_, edit, pattern) => {
      const file = edited('edited.json', edit);
      for (const args of [[file], [file, '--dry-run']]) {
        expectRefused(run('ingest/seed-cli.js', args), 'Annotation refused:', pattern);
      }
      expect((await countDocumentGraph(db, 'fictional-jp-kz-2026')).nodes).toEqual([]);
    },
  );

  it('refuses to load another statement under a loaded document’s id', async () => {
    // The fictional statement relabelled as jp-kz-2006 (and no longer citing it).
    const file = edited('taken.json', (a) => {
      const rename = (id: unknown) => (id === 'fictional-jp-kz-2026' ? 'jp-kz-2006' : id);
      a.document.id = 'jp-kz-2006';
      a.entities = a.entities.filter((e: { id: string }) => e.id !== 'jp-kz-2006');
      a.relations = a.relations
        .filter(
          (r: { from: unknown; to: string }) => r.to !== 'jp-kz-2006' && r.from !== 'jp-kz-2006',
        )
        .map((r: { from: unknown; to: string }) => ({
          ...r,
          from: rename(r.from),
          to: rename(r.to),
        }));
    });
    const before = await countDocumentGraph(db, 'jp-kz-2006');
    const result = run('ingest/seed-cli.js', [file]);
    expectRefused(
      result,
      'Seed refused:',
      /id "jp-kz-2006" is already the id of another loaded document \(its text differs\)/,
    );
    expect(await countDocumentGraph(db, 'jp-kz-2006')).toEqual(before);
  });

  it('refuses to unseed a document that is not loaded', () => {
    expectRefused(
      run('ingest/unseed-cli.js', ['no-such-document']),
      'Unseed refused:',
      /no loaded document "no-such-document" in the database; nothing removed/,
    );
  });
});
