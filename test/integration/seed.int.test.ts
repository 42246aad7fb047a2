import { createHash, randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/database';
import type { Annotation } from '../../src/ingest/annotation.schema';
import {
  countDocumentGraph,
  loadGraph,
  removeDocument as removeDocumentGraph,
  type KindCounts,
} from '../../src/ingest/load-graph';
import { readAnnotation, type LoadedAnnotation } from '../../src/ingest/read-annotation';
import { seed } from '../../src/ingest/seed';
import { toGraph, type GraphRows } from '../../src/ingest/to-graph';
import { AnnotationError } from '../../src/ingest/validate-annotation';
import { RELATION_TYPES, RELATION_TYPE_NAMES } from '../../src/vocabulary';
import {
  entityIn,
  evidenceIn,
  makeState,
  minimalAnnotation,
  removeAnnotationFile,
  renameEntity,
  withChange,
  writeAnnotationFile,
} from '../support/annotations';
import { openTestDatabase } from '../support/database';

/** The shipped statement: other test files read it, so the file ends by loading it again. */
const STATEMENT = 'jp-kz-2006';
/** A second document of this run only, sharing entities (japan, jbic, …) with the statement. */
const run = randomUUID().slice(0, 8);
const OTHER = `test-other-${run}`;

let db: Database;
let shipped: LoadedAnnotation;

beforeAll(async () => {
  db = await openTestDatabase();
  shipped = readAnnotation();
  await seed(db);
});

afterAll(async () => {
  await removeDocument(OTHER);
  await seed(db);
  await db.close();
});

/** Counts by kind and by type as a map, so that order does not matter. */
function tallies(counts: KindCounts) {
  return {
    nodes: Object.fromEntries(counts.nodes.map((n) => [n.kind, n.count])),
    relationships: Object.fromEntries(counts.relationships.map((r) => [r.type, r.count])),
  };
}

/** What the loader should write for a graph, counted from the rows toGraph made. */
function expectedCounts(graph: GraphRows) {
  const tally = (keys: string[]) => {
    const counts: Record<string, number> = {};
    for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  };
  return {
    nodes: tally(graph.nodes.map((n) => n.kind)),
    relationships: tally([...graph.relationships, ...graph.facts].map((r) => r.type)),
  };
}

async function loadedCounts(documentId: string) {
  return tallies(await countDocumentGraph(db, documentId));
}

async function removeDocument(documentId: string): Promise<void> {
  await removeDocumentGraph(db, documentId);
}

/** A JSON text with sorted keys: Neo4j returns a map's keys in no promised order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The whole graph of documents in the database (every Entity node, every relationship between
 * them): counts by label and type, and a checksum of every id, label, end and property.
 */
async function snapshotDatabase() {
  const nodes = await db.query(
    'MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties',
  );
  const relationships = await db.query(
    `MATCH (a:Entity)-[r]->(b:Entity)
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties`,
  );
  const nodeLines = nodes.map((n) =>
    canonical({ ...n, labels: [...(n.labels as string[])].sort() }),
  );
  const relationshipLines = relationships.map(canonical);
  const checksum = createHash('sha256')
    .update([...nodeLines].sort().join('\n'))
    .update('\0')
    .update([...relationshipLines].sort().join('\n'))
    .digest('hex');
  const count = (keys: string[]) =>
    keys.reduce<Record<string, number>>((acc, key) => {
      acc[key] = (acc[key] ?? 0) + 1;
      return acc;
    }, {});
  return {
    nodes: nodes.length,
    relationships: relationships.length,
    byLabel: count(nodes.flatMap((n) => n.labels as string[])),
    byType: count(relationships.map((r) => r.type as string)),
    checksum,
  };
}

/**
 * One document's nodes and relationships with everything they hold except what rightly grows
 * when another document names the same node or asserts the same fact: `sources`, and a shared
 * fact's document and evidence lists.
 */
async function snapshotDocument(documentId: string) {
  const nodes = await db.query(
    `MATCH (n:Entity) WHERE $documentId IN n.sources
     RETURN n.id AS id, labels(n) AS labels, n {.*, sources: null} AS properties
     ORDER BY id`,
    { documentId },
  );
  const relationships = await db.query(
    `MATCH (a)-[r]->(b) WHERE r.source = $documentId
     RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to,
            r {.*, documentIds: null, documentCount: null, evidenceIds: null,
               evidenceSources: null, evidenceClauseIds: null, evidenceQuotes: null,
               evidencePrefixes: null, evidenceSuffixes: null, evidenceStarts: null,
               evidenceEnds: null} AS properties`,
    { documentId },
  );
  return {
    nodes: nodes.map(canonical),
    relationships: relationships.map(canonical).sort(),
  };
}

describe('seeding the shipped statement', () => {
  it('loads as many nodes of each kind and relationships of each type as toGraph makes', async () => {
    const graph = toGraph(shipped.annotation, shipped.statement);
    expect(await loadedCounts(STATEMENT)).toStrictEqual(expectedCounts(graph));
  });

  it('holds every paragraph of the statement as a clause, verbatim', async () => {
    // Paragraphs are the blocks statement.txt indents; title, headings and signatures are not.
    const paragraphs = shipped.statement
      .split(/\n\s*\n/)
      .filter((block) => /^[ \u3000]/.test(block))
      .map((block) => block.trim());
    const rows = await db.query('MATCH (c:Clause {documentId: $d}) RETURN c.text AS text', {
      d: STATEMENT,
    });
    const clauses = rows.map((r) => r.text);
    expect(paragraphs.length).toBeGreaterThanOrEqual(30);
    expect(clauses.length).toBeGreaterThanOrEqual(paragraphs.length);
    expect(clauses).toEqual(expect.arrayContaining(paragraphs));
  });

  it('gives every relationship read from a quote its quote, and the layout and sector hierarchy none', async () => {
    const [row] = await db.query(
      `MATCH ()-[r]->() WHERE r.source = $d
       RETURN count(CASE WHEN NOT type(r) IN $unquoted AND coalesce(r.quote, '') = '' THEN 1 END) AS unquoted,
              count(CASE WHEN type(r) IN $unquoted AND r.quote IS NOT NULL THEN 1 END) AS quotedLayout,
              sum(CASE WHEN type(r) IN $unquoted THEN 0 ELSE size(coalesce(r.evidenceIds, [r.id])) END) AS evidenced`,
      {
        d: STATEMENT,
        unquoted: RELATION_TYPE_NAMES.filter((t) => !RELATION_TYPES[t].evidenced),
      },
    );
    expect(row).toStrictEqual({
      unquoted: 0,
      quotedLayout: 0,
      evidenced: shipped.annotation.relations.reduce(
        (sum, r) => sum + (Array.isArray(r.from) ? r.from.length : 1),
        0,
      ),
    });
  });

  it('has the preamble’s second paragraph reference four joint statements with their dates', async () => {
    const rows = await db.query(
      `MATCH (:Clause {id: $clause})-[ref:REFERENCES]->(d:Document)
       MATCH (d)-[signed:SIGNED_ON]->(date:CalendarDate)
       RETURN d.documentType AS documentType, date.value AS date, ref.quote AS reference,
              signed.quote AS dateQuote
       ORDER BY date`,
      { clause: `${STATEMENT}#preamble__para_2` },
    );
    expect(rows.map((r) => [r.documentType, r.date])).toStrictEqual([
      ['joint_statement', '1994-04-07'],
      ['joint_statement', '1999-12-06'],
      ['joint_statement', '2002-12-06'],
      ['joint_statement', '2004-08-27'],
    ]);
    for (const row of rows) {
      const [year, month, day] = String(row.date).split('-').map(Number);
      expect(row.dateQuote).toContain(`${year}年${month}月${day}日`);
      expect(row.reference).toContain('共同声明');
    }
  });

  it('has JOGMEC, JBIC and NEXI active in oil and uranium, quoted from sec_2__para_2', async () => {
    const rows = await db.query(
      `MATCH (o:Organization)-[r:ACTIVE_IN]->(s:Sector)
       WHERE any(a IN o.aliases WHERE a IN $organizations) AND s.nameJa IN $sectors
       RETURN [a IN o.aliases WHERE a IN $organizations][0] AS organization, s.nameJa AS sector,
              r.clauseId AS clause, r.quote AS quote
       ORDER BY organization, sector`,
      { organizations: ['JOGMEC', 'JBIC', 'NEXI'], sectors: ['石油', 'ウラン'] },
    );
    expect(rows.map((r) => `${r.organization} ${r.sector}`)).toStrictEqual([
      'JBIC ウラン',
      'JBIC 石油',
      'JOGMEC ウラン',
      'JOGMEC 石油',
      'NEXI ウラン',
      'NEXI 石油',
    ]);
    for (const row of rows) {
      expect(row.clause).toBe(`${STATEMENT}#sec_2__para_2`);
      expect(row.quote).toContain(`(${row.organization})`);
      expect(row.quote).toContain(row.sector);
    }
  });

  it('has both parties condemn North Korea’s missile launch, quoting 非難', async () => {
    const rows = await db.query(
      `MATCH (party:State)-[r:CONDEMNS]->(target)
       MATCH (dprk:State {id: 'north-korea'})
       WHERE target = dprk OR EXISTS { (target)--(dprk) }
       RETURN party.id AS party, target.nameJa AS target, r.quote AS quote, r.jointly AS jointly
       ORDER BY party`,
    );
    expect(rows.map((r) => r.party)).toStrictEqual(['japan', 'kazakhstan']);
    for (const row of rows) {
      expect(row.quote).toContain('非難');
      expect(`${String(row.target)} ${String(row.quote)}`).toContain('ミサイルの発射');
      expect(row.jointly).toBe(true);
    }
  });

  it('stores every quote as its document’s text at [start, end) in code points, inside its clause', async () => {
    const texts = new Map(
      (
        await db.query(
          'MATCH (d:Document) WHERE d.text IS NOT NULL RETURN d.id AS id, d.text AS text',
        )
      ).map((r) => [r.id as string, Array.from(r.text as string)]),
    );
    const quotes = await db.query(
      `MATCH ()-[r]->() WHERE r.quote IS NOT NULL
       OPTIONAL MATCH (c:Clause {id: r.clauseId})
       RETURN r.source AS source, r.id AS id, r.quote AS quote, r.start AS start, r.end AS end,
              c.start AS clauseStart, c.end AS clauseEnd`,
    );
    expect(quotes.length).toBeGreaterThan(0);
    const misplaced = quotes.filter((q) => {
      const text = texts.get(q.source as string) ?? [];
      const [start, end] = [q.start as number, q.end as number];
      return (
        text.slice(start, end).join('') !== q.quote ||
        q.clauseStart === null ||
        start < (q.clauseStart as number) ||
        end > (q.clauseEnd as number)
      );
    });
    expect(misplaced).toStrictEqual([]);
  });

  it('is idempotent: seeding twice writes and leaves exactly the same graph', async () => {
    const first = await seed(db);
    const afterFirst = await snapshotDatabase();
    const countsAfterFirst = await loadedCounts(STATEMENT);
    const second = await seed(db);
    expect([second.nodes, second.relationships]).toStrictEqual([first.nodes, first.relationships]);
    expect([second.removedNodes, second.removedRelationships]).toStrictEqual([
      first.nodes,
      first.relationships,
    ]);
    expect(await loadedCounts(STATEMENT)).toStrictEqual(countsAfterFirst);
    expect(await snapshotDatabase()).toStrictEqual(afterFirst);
  });

  it('leaves the database exactly as it was when a load fails halfway', async () => {
    const before = await snapshotDatabase();
    const renamed = withChange(shipped.annotation, (a) => {
      entityIn(a, 'uranium').name.en = 'Uranium (changed)';
      a.relations = a.relations.filter((r) => r.type !== 'ACTIVE_IN');
    });
    let seenInside: unknown;
    await expect(
      loadGraph(db, toGraph(renamed, shipped.statement), {
        beforeCommit: async (tx) => {
          const result = await tx.run('MATCH (n:Entity {id: "uranium"}) RETURN n.nameEn AS name');
          seenInside = result.records[0]?.get('name');
          throw new Error('fails after every write, before commit');
        },
      }),
    ).rejects.toThrow('fails after every write, before commit');
    expect(seenInside).toBe('Uranium (changed)');
    expect(await snapshotDatabase()).toStrictEqual(before);
  });

  it('leaves the database untouched when the annotation is refused', async () => {
    const before = await snapshotDatabase();
    const refused = withChange(shipped.annotation, (a) => {
      const activeIn = a.relations.find((r) => r.type === 'ACTIVE_IN');
      if (activeIn) activeIn.to = shipped.annotation.document.signatories[0]!;
      entityIn(a, 'uranium').name.en = 'Uranium (refused)';
    });
    const file = writeAnnotationFile(refused, shipped.statement);
    try {
      await expect(seed(db, file)).rejects.toBeInstanceOf(AnnotationError);
    } finally {
      removeAnnotationFile(file);
    }
    expect(await snapshotDatabase()).toStrictEqual(before);
  });

  describe('full-text search over names and clause text', () => {
    const search = async (query: string) =>
      (
        await db.query(
          "CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node RETURN node.id AS id",
          { query },
        )
      ).map((r) => r.id);
    const expected = (
      sectorName: (s: Annotation['entities'][number]) => boolean,
      inClause: (c: Annotation['clauses'][number]) => boolean,
    ) => [
      ...shipped.annotation.entities
        .filter((e) => e.kind === 'Sector' && sectorName(e))
        .map((e) => e.id),
      ...shipped.annotation.clauses.filter(inClause).map((c) => `${STATEMENT}#${c.eId}`),
    ];

    it('finds the uranium sector and the clauses that name it by ウラン', async () => {
      const ids = expected(
        (e) => e.name.ja === 'ウラン',
        (c) => c.text.includes('ウラン'),
      );
      expect(ids.length).toBeGreaterThanOrEqual(3);
      expect(await search('ウラン')).toEqual(expect.arrayContaining(ids));
    });

    it('finds them by the English word uranium too', async () => {
      const ids = expected(
        (e) => e.name.en === 'Uranium',
        (c) => /uranium/i.test(c.en),
      );
      expect(ids.length).toBeGreaterThanOrEqual(3);
      expect(await search('uranium')).toEqual(expect.arrayContaining(ids));
    });
  });
});

/**
 * A document of this run that shares entities with the statement. The steps run in order: load
 * it, replace it with a changed version, remove it; the statement must not move throughout.
 */
describe('another document sharing entities with the statement', () => {
  let statementBefore: Awaited<ReturnType<typeof snapshotDocument>>;
  let databaseBefore: Awaited<ReturnType<typeof snapshotDatabase>>;
  const onlyHere = (id: string) => `${id}-${run}`;

  /** The minimal annotation as OTHER: shared entities exactly as the statement defines them. */
  const first = (): Annotation =>
    withChange(minimalAnnotation({ documentId: OTHER }).annotation, (a) => {
      for (const entity of [...a.entities]) {
        const theirs = shipped.annotation.entities.find((e) => e.id === entity.id);
        // Without its `broader` list: that names sectors this small annotation does not declare.
        if (theirs)
          a.entities[a.entities.indexOf(entity)] = structuredClone({
            ...theirs,
            broader: undefined,
          });
        else renameEntity(a, entity.id, onlyHere(entity.id));
      }
    });
  const { statement } = minimalAnnotation({ documentId: OTHER });

  /** The changed version: the proposition and its relations gone, a new sector only it names. */
  const second = (): Annotation =>
    withChange(first(), (a) => {
      const proposition = onlyHere('jbic-engagement');
      a.entities = a.entities.filter((e) => e.id !== proposition);
      a.relations = a.relations.filter((r) => r.to !== proposition && r.from !== proposition);
      a.entities.push({
        id: onlyHere('uranium-field'),
        kind: 'Sector',
        name: { ja: 'ウラン分野', en: 'Uranium field' },
        aliases: [],
      });
      a.relations.push({
        id: 'r-active-in-field',
        type: 'ACTIVE_IN',
        from: 'jbic',
        to: onlyHere('uranium-field'),
        evidence: evidenceIn(statement, a.clauses)('sec_1__para_1', 'ウラン分野'),
      });
    });

  async function seedOther(annotation: Annotation) {
    const file = writeAnnotationFile(annotation, statement);
    try {
      return await seed(db, file);
    } finally {
      removeAnnotationFile(file);
    }
  }

  const nodeIds = async (documentId: string) =>
    (
      await db.query(
        'MATCH (n:Entity) WHERE $documentId IN n.sources RETURN n.id AS id ORDER BY id',
        {
          documentId,
        },
      )
    ).map((r) => r.id);

  beforeAll(async () => {
    statementBefore = await snapshotDocument(STATEMENT);
    databaseBefore = await snapshotDatabase();
  });

  it('shares nodes with the statement (the test would prove nothing otherwise)', () => {
    const shared = first().entities.filter((e) =>
      shipped.annotation.entities.some((s) => s.id === e.id),
    );
    expect(shared.map((e) => e.id)).toEqual(
      expect.arrayContaining(['japan', 'kazakhstan', 'jbic']),
    );
  });

  it('loads beside the statement, with its own counts, leaving the statement as it was', async () => {
    await seedOther(first());
    expect(await loadedCounts(OTHER)).toStrictEqual(expectedCounts(toGraph(first(), statement)));
    const [japan] = await db.query('MATCH (n:Entity {id: "japan"}) RETURN n.sources AS sources');
    expect(japan?.sources).toEqual(expect.arrayContaining([STATEMENT, OTHER]));
    expect(await snapshotDocument(STATEMENT)).toStrictEqual(statementBefore);
  });

  it('never changes a node the statement also names, whatever it says of it', async () => {
    const renamed = withChange(first(), (a) => {
      const japan = a.entities.find((e) => e.id === 'japan')!;
      japan.name = { ja: '日本', en: 'Japan (as another document names it)' };
      japan.aliases = ['Nippon'];
    });
    await seedOther(renamed);
    expect(await snapshotDocument(STATEMENT)).toStrictEqual(statementBefore);
    await seedOther(first());
  });

  it('refuses to make a shared node another kind, and rolls the whole load back', async () => {
    const before = await snapshotDatabase();
    const contradicting = withChange(first(), (a) => makeState(a, 'jbic'));
    await expect(seedOther(contradicting)).rejects.toThrow(
      `node "jbic" is an Organization in ${STATEMENT}; ${OTHER} cannot make it a State`,
    );
    expect(await snapshotDatabase()).toStrictEqual(before);
  });

  it('is replaced by its changed version without orphans', async () => {
    const proposition = onlyHere('jbic-engagement');
    expect(await nodeIds(OTHER)).toContain(proposition);
    await seedOther(second());
    const graph = toGraph(second(), statement);
    expect(await loadedCounts(OTHER)).toStrictEqual(expectedCounts(graph));
    expect(await nodeIds(OTHER)).toStrictEqual(graph.nodes.map((n) => n.id).sort());
    expect(
      await db.query('MATCH (n:Entity {id: $id}) RETURN n', { id: proposition }),
    ).toStrictEqual([]);
    expect(
      await db.query('MATCH (n:Entity) WHERE size(coalesce(n.sources, [])) = 0 RETURN n.id AS id'),
    ).toStrictEqual([]);
    expect(await snapshotDocument(STATEMENT)).toStrictEqual(statementBefore);
  });

  it('leaves the database as it found it once removed', async () => {
    await removeDocument(OTHER);
    expect(await nodeIds(OTHER)).toStrictEqual([]);
    expect(await snapshotDatabase()).toStrictEqual(databaseBefore);
  });
});

/**
 * A node two documents name takes its properties from the one that defined it: that one's
 * reload updates it, the other's never does.
 */
describe('a node two documents name', () => {
  const FIRST = `test-first-${run}`;
  const SECOND = `test-second-${run}`;
  const shared = `shared-sector-${run}`;
  const { statement } = minimalAnnotation({ documentId: FIRST });

  /** The minimal annotation as `documentId`, its uranium sector renamed to the shared id. */
  const naming = (documentId: string, nameEn: string): Annotation =>
    withChange(minimalAnnotation({ documentId }).annotation, (a) => {
      for (const entity of [...a.entities]) {
        if (entity.id !== 'uranium') renameEntity(a, entity.id, `${entity.id}-${documentId}`);
      }
      renameEntity(a, 'uranium', shared);
      entityIn(a, shared).name.en = nameEn;
    });

  async function load(annotation: Annotation) {
    const file = writeAnnotationFile(annotation, statement);
    try {
      await seed(db, file);
    } finally {
      removeAnnotationFile(file);
    }
  }
  const nameOf = async () =>
    (
      await db.query('MATCH (n:Entity {id: $id}) RETURN n.nameEn AS name, n.sources AS sources', {
        id: shared,
      })
    )[0];

  afterAll(async () => {
    await removeDocument(FIRST);
    await removeDocument(SECOND);
  });

  it('keeps the first document’s definition when the second names it differently', async () => {
    await load(naming(FIRST, 'Uranium (first)'));
    await load(naming(SECOND, 'Uranium (second)'));
    expect(await nameOf()).toStrictEqual({ name: 'Uranium (first)', sources: [FIRST, SECOND] });
  });

  it('takes the defining document’s changes when it reloads', async () => {
    await load(naming(FIRST, 'Uranium (first, revised)'));
    expect((await nameOf())?.name).toBe('Uranium (first, revised)');
  });

  it('passes the definition on once the defining document is gone', async () => {
    await removeDocument(FIRST);
    await load(naming(SECOND, 'Uranium (second, revised)'));
    expect(await nameOf()).toStrictEqual({ name: 'Uranium (second, revised)', sources: [SECOND] });
  });
});
