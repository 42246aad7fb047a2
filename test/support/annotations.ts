import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTEXT_LENGTH, type Annotation, type Evidence } from '../../src/ingest/annotation.schema';

/**
 * Annotations built in code for tests: a tiny statement with its offsets computed here, by code
 * point, independently of the project's anchoring tool (a test that reused it could not catch its
 * mistakes), and helpers to change one thing at a time.
 */

export interface AnnotatedText {
  readonly annotation: Annotation;
  readonly statement: string;
}

export interface MinimalOptions {
  /** The document id; integration tests give each run its own. */
  readonly documentId?: string;
  /** The place of signature, written into the preface and the conclusions. */
  readonly place?: { readonly ja: string; readonly en: string };
}

/** A paragraph of the tiny statement: its eId, or null for a line that is not a clause. */
type Line = readonly [eId: string | null, text: string];

function lines(placeJa: string): Line[] {
  return [
    [null, '日本国とカザフスタン共和国の共同声明'],
    ['preface__para_1', `小泉純一郎日本国内閣総理大臣は、2006年8月28日、${placeJa}を訪問した。`],
    [null, '1.経済関係'],
    ['sec_1__para_1', '双方は、ウラン分野における国際協力銀行(JBIC)の関与を歓迎する。'],
    ['sec_1__para_2', '双方は、北朝鮮による弾道ミサイルの発射を非難する。'],
    ['conclusions__para_1', `2006年8月28日、${placeJa}`],
  ];
}

/**
 * A small valid annotation: a preface, one numbered section with two paragraphs, and the
 * conclusions; every node kind the validator cross-checks (State, Person, Place, CalendarDate) and
 * a 双方 relation with an array `from`.
 */
export function minimalAnnotation(options: MinimalOptions = {}): AnnotatedText {
  const documentId = options.documentId ?? 'test-statement';
  const place = options.place ?? { ja: 'アスタナ', en: 'Astana' };
  // Paragraphs are indented with one space and separated by a blank line, as in statement.txt.
  let statement = '';
  const clauses: Annotation['clauses'] = [];
  for (const [eId, text] of lines(place.ja)) {
    const indent = eId ? ' ' : '';
    const start = codePoints(statement).length + codePoints(indent).length;
    statement += `${indent}${text}\n\n`;
    if (eId) {
      const section = eId.split('__')[0]!;
      clauses.push({ eId, section, text, en: `English translation of ${eId}.`, start });
    }
  }
  const quote = evidenceIn(statement, clauses);
  const annotation: Annotation = {
    document: {
      id: documentId,
      title: { ja: '日本国とカザフスタン共和国の共同声明', en: 'Joint Statement (test)' },
      documentType: 'joint_statement',
      language: 'ja',
      textFile: 'statement.txt',
      source: { publisher: { ja: 'テスト', en: 'Test' }, note: 'Built in code by a test.' },
      signedOn: 'date:2006-08-28',
      signedAt: 'astana',
      signatories: ['koizumi-junichiro'],
      parties: ['japan', 'kazakhstan'],
    },
    sections: [
      { eId: 'preface', heading: { ja: '前置き', en: 'Preface' } },
      {
        eId: 'sec_1',
        number: 1,
        heading: { ja: '経済関係', en: 'Economic Relations' },
        headingText: '1.経済関係',
      },
      { eId: 'conclusions', heading: { ja: '結び', en: 'Conclusions' } },
    ],
    clauses,
    entities: [
      {
        id: 'japan',
        kind: 'State',
        name: { ja: '日本国', en: 'Japan' },
        aliases: [],
        iso3166: 'JP',
      },
      {
        id: 'kazakhstan',
        kind: 'State',
        name: { ja: 'カザフスタン共和国', en: 'Republic of Kazakhstan' },
        aliases: [],
        iso3166: 'KZ',
      },
      {
        id: 'north-korea',
        kind: 'State',
        name: { ja: '北朝鮮', en: "Democratic People's Republic of Korea" },
        aliases: [],
        iso3166: 'KP',
      },
      {
        id: 'koizumi-junichiro',
        kind: 'Person',
        name: { ja: '小泉純一郎', en: 'Junichiro Koizumi' },
        aliases: [],
        office: { ja: '日本国内閣総理大臣', en: 'Prime Minister of Japan' },
      },
      { id: 'astana', kind: 'Place', name: place, aliases: [] },
      {
        id: 'date:2006-08-28',
        kind: 'CalendarDate',
        name: { ja: '2006年8月28日', en: '28 August 2006' },
        aliases: [],
        value: '2006-08-28',
        precision: 'day',
      },
      {
        id: 'jbic',
        kind: 'Organization',
        name: { ja: '国際協力銀行', en: 'Japan Bank for International Cooperation' },
        aliases: ['JBIC'],
        organizationType: 'financial_institution',
      },
      { id: 'uranium', kind: 'Sector', name: { ja: 'ウラン', en: 'Uranium' }, aliases: [] },
      {
        id: 'jbic-engagement',
        kind: 'Proposition',
        name: { ja: 'JBICのウラン分野における関与', en: 'JBIC’s engagement in uranium' },
        aliases: [],
      },
      {
        id: 'dprk-missile-launches',
        kind: 'Event',
        name: {
          ja: '北朝鮮による弾道ミサイルの発射',
          en: 'Launches of ballistic missiles by North Korea',
        },
        aliases: [],
      },
    ],
    relations: [
      {
        id: 'r-mentions-koizumi',
        type: 'MENTIONS',
        from: 'preface__para_1',
        to: 'koizumi-junichiro',
        evidence: quote('preface__para_1', '小泉純一郎'),
      },
      {
        id: 'r-holds-office',
        type: 'HOLDS_OFFICE_IN',
        from: 'koizumi-junichiro',
        to: 'japan',
        evidence: quote('preface__para_1', '日本国内閣総理大臣'),
        qualifiers: { office: 'Prime Minister' },
      },
      {
        id: 'r-active-in',
        type: 'ACTIVE_IN',
        from: 'jbic',
        to: 'uranium',
        evidence: quote('sec_1__para_1', 'ウラン分野における国際協力銀行(JBIC)の関与'),
      },
      {
        id: 'r-welcomes',
        type: 'WELCOMES',
        from: ['japan', 'kazakhstan'],
        to: 'jbic-engagement',
        evidence: quote(
          'sec_1__para_1',
          '双方は、ウラン分野における国際協力銀行(JBIC)の関与を歓迎',
        ),
      },
      {
        id: 'r-involves-jbic',
        type: 'INVOLVES',
        from: 'jbic-engagement',
        to: 'jbic',
        evidence: quote('sec_1__para_1', '国際協力銀行(JBIC)'),
        qualifiers: { role: 'agent' },
      },
      {
        id: 'r-involves-uranium',
        type: 'INVOLVES',
        from: 'jbic-engagement',
        to: 'uranium',
        evidence: quote('sec_1__para_1', 'ウラン'),
        qualifiers: { role: 'object' },
      },
      {
        id: 'r-condemns',
        type: 'CONDEMNS',
        from: ['japan', 'kazakhstan'],
        to: 'dprk-missile-launches',
        evidence: quote('sec_1__para_2', '北朝鮮による弾道ミサイルの発射を非難'),
      },
      {
        id: 'r-party-to',
        type: 'PARTY_TO',
        from: 'north-korea',
        to: 'dprk-missile-launches',
        evidence: quote('sec_1__para_2', '北朝鮮による弾道ミサイルの発射'),
      },
      {
        id: 'r-signed-on',
        type: 'SIGNED_ON',
        from: documentId,
        to: 'date:2006-08-28',
        evidence: quote('conclusions__para_1', '2006年8月28日'),
      },
      {
        id: 'r-signed-at',
        type: 'SIGNED_AT',
        from: documentId,
        to: 'astana',
        evidence: quote('conclusions__para_1', place.ja),
      },
    ],
  };
  return { annotation, statement };
}

/**
 * Evidence selectors for `exact` inside a clause: its first occurrence there, offsets and the
 * 16-code-point prefix and suffix taken from the whole statement, all counted in code points.
 */
export function evidenceIn(
  statement: string,
  clauses: Annotation['clauses'],
): (clause: string, exact: string) => Evidence {
  const text = codePoints(statement);
  return (eId, exact) => {
    const clause = clauses.find((c) => c.eId === eId);
    if (!clause) throw new Error(`test annotation has no clause ${eId}`);
    const within = clause.text.indexOf(exact);
    if (within < 0) throw new Error(`"${exact}" is not in clause ${eId}`);
    const start = clause.start + codePoints(clause.text.slice(0, within)).length;
    const end = start + codePoints(exact).length;
    return {
      clause: eId,
      exact,
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start).join(''),
      suffix: text.slice(end, end + CONTEXT_LENGTH).join(''),
      start,
      end,
    };
  };
}

/** A deep copy with one change applied: the original stays valid for the next test. */
export function withChange(
  annotation: Annotation,
  change: (draft: Annotation) => void,
): Annotation {
  const draft = structuredClone(annotation);
  change(draft);
  return draft;
}

/** The relation, entity or clause with this id; throws so a typo in a test fails loudly. */
export function relationIn(annotation: Annotation, id: string): Annotation['relations'][number] {
  return found(
    annotation.relations.find((r) => r.id === id),
    `relation ${id}`,
  );
}

export function entityIn(annotation: Annotation, id: string): Annotation['entities'][number] {
  return found(
    annotation.entities.find((e) => e.id === id),
    `entity ${id}`,
  );
}

export function clauseIn(annotation: Annotation, eId: string): Annotation['clauses'][number] {
  return found(
    annotation.clauses.find((c) => c.eId === eId),
    `clause ${eId}`,
  );
}

/**
 * Renames an entity everywhere the annotation names it (relations, document metadata), so that
 * an integration test can give the nodes only it contributes ids no other document uses.
 */
export function renameEntity(draft: Annotation, from: string, to: string): void {
  const rename = (id: string) => (id === from ? to : id);
  entityIn(draft, from).id = to;
  for (const relation of draft.relations) {
    relation.from = Array.isArray(relation.from)
      ? relation.from.map(rename)
      : rename(relation.from);
    relation.to = rename(relation.to);
  }
  const { document } = draft;
  document.signedOn = rename(document.signedOn);
  document.signedAt = rename(document.signedAt);
  document.signatories = document.signatories.map(rename);
  document.parties = document.parties.map(rename);
}

/**
 * Makes an entity a State (with a made-up ISO code): valid in a document of its own, but a kind
 * clash with a document where the same id is an organization.
 */
export function makeState(draft: Annotation, id: string): void {
  const index = draft.entities.findIndex((e) => e.id === id);
  const { name } = draft.entities[index]!;
  draft.entities[index] = { id, kind: 'State', iso3166: 'XJ', name, aliases: [] };
}

/**
 * Writes an annotation and its statement into a fresh temporary folder, as seed() reads them.
 * Returns the annotation file; remove the folder with removeAnnotationFile.
 */
export function writeAnnotationFile(annotation: Annotation, statement: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'annotation-'));
  fs.writeFileSync(path.join(folder, annotation.document.textFile), statement);
  const file = path.join(folder, 'annotation.json');
  fs.writeFileSync(file, JSON.stringify(annotation, null, 2));
  return file;
}

export function removeAnnotationFile(file: string): void {
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

function codePoints(text: string): string[] {
  return Array.from(text);
}

function found<T>(item: T | undefined, what: string): T {
  if (item === undefined) throw new Error(`test annotation has no ${what}`);
  return item;
}
