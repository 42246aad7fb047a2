import fs from 'node:fs';
import path from 'node:path';
import { seed } from '../../src/ingest/seed';
import { unseed } from '../../src/ingest/unseed';
import { PROJECT_ROOT } from '../../src/local-neo4j/paths';
import type { Database } from '../../src/db/database';
import { openTestDatabase } from '../support/database';
import { useSeededApi } from '../support/server';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Two statements in one graph, over HTTP: the shipped 2006 statement and the fictional 2026 one
 * that cites it and names some of the same organizations and sectors. Every fact answers with the
 * document that states it.
 */
const FICTIONAL = path.join(PROJECT_ROOT, 'fixtures', 'fictional-jp-kz-2026', 'annotation.json');
const F = 'fictional-jp-kz-2026';
const S = 'jp-kz-2006';

describe('many statements in one graph', () => {
  const suite = useSeededApi();
  const query = async (operation: string): Promise<Data> => {
    const { data, errors } = await suite.api.graphql<Data>(operation);
    expect(errors).toBeUndefined();
    return data!;
  };
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

  // Its own connection: the suite's closes in an afterAll that may run before this one.
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seed(db, FICTIONAL);
  });
  afterAll(async () => {
    await unseed(db, F);
    await db.close();
  });

  it('Document.referencedBy: the 2006 statement is cited by a clause of the 2026 one', async () => {
    const { document } = await query(`{ document(id: "${S}") {
      loaded: text referencedBy { source from { id } evidence { clauseId quote } }
    } }`);
    expect(document.loaded).not.toBeNull();
    expect(document.referencedBy).toEqual([
      {
        source: F,
        from: { id: `${F}#preamble__para_2` },
        evidence: {
          clauseId: `${F}#preamble__para_2`,
          quote: expect.stringMatching(
            /^2006年8月28日付の日本国とカザフスタン共和国との間の友好.*共同声明$/,
          ),
        },
      },
    ]);
  });

  it("an organization's sectors, each fact with its document", async () => {
    const { organizations } = await query(`{ organizations(filter: { ids: ["jogmec"] }) {
      edges { node { sectors { to { id } source } } }
    } }`);
    // One ACTIVE_IN fact per (organization, sector), stated by every document that says it
    // (per-fact storage); its documents are on the relationship until the API pages evidences.
    const sectors = organizations.edges[0].node.sectors.map((r: Data) => r.to.id);
    expect(sorted(sectors)).toEqual(['oil', 'other-natural-resources', 'uranium']);
    const rows = await db.query(
      'MATCH (:Organization {id: "jogmec"})-[r:ACTIVE_IN]->(s) RETURN s.id AS sector, r.documentIds AS documents ORDER BY sector',
    );
    expect(rows).toEqual([
      { sector: 'oil', documents: [F, S].sort() },
      { sector: 'other-natural-resources', documents: [S] },
      { sector: 'uranium', documents: [F, S].sort() },
    ]);
  });

  it("an organization's acts across both documents, each with its document", async () => {
    const { entity } = await query(`{ entity(id: "japanese-government") {
      relations(direction: OUT, types: [COMMITS_TO]) { source evidence { clauseId } }
    } }`);
    expect(entity.relations.map((r: Data) => [r.source, r.evidence.clauseId])).toEqual(
      expect.arrayContaining([
        [S, `${S}#conclusions__para_1`],
        [F, `${F}#conclusions__para_1`],
      ]),
    );
  });

  it('timeline runs across documents in date order', async () => {
    const { timeline } = await query(`{ timeline(from: "2006-08", to: "2026", first: 100) {
      edges { node { earliest subject { id } relation { type source } } }
    } }`);
    const entries = timeline.edges.map((e: Data) => e.node);
    const signed = entries
      .filter((n: Data) => n.relation.type === 'SIGNED_ON')
      .map((n: Data) => `${n.earliest} ${n.subject.id}@${n.relation.source}`);
    expect(signed).toEqual(
      expect.arrayContaining([
        `2006-08-28 ${S}@${S}`,
        `2006-08-28 ${S}@${F}`,
        `2026-03-15 ${F}@${F}`,
      ]),
    );
    const dates = entries.map((n: Data) => n.earliest);
    expect(dates).toEqual([...dates].sort());
  });

  it('clauses filtered by document, and search hits named by both documents', async () => {
    const data = await query(`{
      fictional: clauses(filter: { documentId: "${F}" }, first: 100) { totalCount edges { node { id documentId } } }
      jogmecIn2006: clauses(filter: { documentId: "${S}", mentions: "jogmec" }) { edges { node { id } } }
      jogmecAnywhere: clauses(filter: { mentions: "jogmec" }) { edges { node { documentId } } }
      search(text: "JOGMEC", kinds: [Organization]) { edges { node { id documents { id } } } }
      rare: search(text: "レアメタル") { edges { node { id documents { id } } } }
    }`);
    expect(data.fictional.totalCount).toBe(12);
    expect(sorted(data.fictional.edges.map((e: Data) => e.node.documentId))).toEqual([F]);
    expect(data.jogmecIn2006.edges.map((e: Data) => e.node.id)).toEqual([`${S}#sec_2__para_2`]);
    expect(sorted(data.jogmecAnywhere.edges.map((e: Data) => e.node.documentId))).toEqual(
      sorted([S, F]),
    );
    const jogmec = data.search.edges.find((e: Data) => e.node.id === 'jogmec');
    expect(sorted(jogmec.node.documents.map((d: Data) => d.id))).toEqual(sorted([S, F]));
    const rare = data.rare.edges.find((e: Data) => e.node.id === 'rare-metals');
    expect(rare.node.documents.map((d: Data) => d.id)).toEqual([F]);
  });

  it("a document's graph holds the facts it shares with another, each with its own words", async () => {
    // The 2006 statement asserted these four first; the 2026 one asserts them again.
    const { graph } = await query(`{
      graph(filter: { documentId: "${F}" }, limit: 5000) {
        edges { type source target documentId evidence { clauseId quote } properties }
      }
    }`);
    const shared = graph.edges.filter((e: Data) => e.type === 'ACTIVE_IN');
    expect(sorted(shared.map((e: Data) => `${e.source} ${e.target}`))).toEqual(
      sorted(['jogmec uranium', 'jogmec oil', 'jbic uranium', 'jbic oil']),
    );
    const text = fs.readFileSync(path.join(path.dirname(FICTIONAL), 'statement.txt'), 'utf8');
    for (const edge of shared) {
      expect(edge.documentId).toBe(F);
      expect(edge.evidence.clauseId.startsWith(`${F}#`)).toBe(true);
      expect(text).toContain(edge.evidence.quote);
      // Its own entry's offsets, not the 2006 statement's, and no other document's lists.
      const { start, end } = edge.properties;
      expect([...text].slice(start, end).join('')).toBe(edge.evidence.quote);
      expect(Object.keys(edge.properties).filter((key) => key.startsWith('evidence'))).toEqual([]);
    }
  });

  it('graph and neighborhood carry the asserting document on every edge', async () => {
    const { graph, neighborhood } = await query(`{
      graph(filter: { documentId: "${F}", includeStructure: false }) { edges { type documentId } }
      neighborhood(id: "jogmec", limit: 1000) { edges { type documentId } }
    }`);
    expect(graph.edges.length).toBeGreaterThan(20);
    expect(sorted(graph.edges.map((e: Data) => e.documentId))).toEqual([F]);
    expect(neighborhood.edges.every((e: Data) => typeof e.documentId === 'string')).toBe(true);
    expect(sorted(neighborhood.edges.map((e: Data) => e.documentId))).toEqual(sorted([S, F]));
  });
});
