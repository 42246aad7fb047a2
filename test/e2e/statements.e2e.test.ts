import { useSeededApi } from '../support/server';

/**
 * `statements`: who said what, as an analyst asks it, over HTTP against the seeded statement.
 * Expected facts are the statement's own words (clause and quote named in each test).
 */
interface StatementRow {
  id: string;
  type: string;
  category: string;
  cameo: { code: string; name: string };
  jointly: boolean;
  actors: Array<{ id: string; kind: string }>;
  target: {
    id: string;
    kind: string;
    summary: { ja: string; en: string };
    participants: Array<{ id: string; role: string | null }>;
    dates: Array<{ value: string; precision: string; relation: string }>;
    places: Array<{ id: string }>;
  };
  basis: Array<{ id: string }>;
  qualifiers: Record<string, unknown>;
  sentence: { ja: string; en: string };
  evidence: { clauseId: string; quote: string; start: number; end: number };
}

const FIELDS = `totalCount pageInfo { hasNextPage endCursor }
  edges { node { id type category cameo { code name } jointly actors { id kind }
    target { id kind summary { ja en } participants { id role } dates { value precision relation } places { id } }
    basis { id } qualifiers sentence { ja en } evidence { clauseId quote start end } } }`;

describe('statements: who said what', () => {
  const suite = useSeededApi();

  async function statements(filter: string, first = 100) {
    const { data, errors } = await suite.api.graphql<{
      statements: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: StatementRow }>;
      };
    }>(`{ statements(filter: ${filter}, first: ${first}) { ${FIELDS} } }`);
    expect(errors).toBeUndefined();
    return data!.statements;
  }
  const nodes = async (filter: string) => (await statements(filter)).edges.map((e) => e.node);

  it('answers "what did Japan commit to": its own intents and the joint ones, each with its CAMEO code', async () => {
    const commitments = await nodes('{ actor: "japan", category: commitment }');
    expect(commitments.every((s) => s.category === 'commitment')).toBe(true);
    // Japan, or its government speaking for it (the conclusions).
    const speaksForJapan = (id: string) => id === 'japan' || id === 'japanese-government';
    expect(commitments.every((s) => s.actors.some((a) => speaksForJapan(a.id)))).toBe(true);
    // 4.3: 日本側は、…研修員及び留学生を今後3年間で2000名程度受け入れる意向を表明 — aid (033),
    // resting on the achieved 1,000-trainee policy (踏まえ), which is its basis, not an act.
    const trainees = commitments.find((s) => s.target.id === 'accept-2000-trainees')!;
    expect(trainees).toMatchObject({
      type: 'INTENDS',
      jointly: false,
      cameo: { code: '033' },
      basis: [{ id: 'trainees-1000-achieved' }],
    });
    expect(trainees.target.summary.en).toMatch(/2,000 trainees/);
    // 6.7: 双方は、…外務省間の協議を定期的に実施する — to meet (036), both sides.
    expect(commitments.find((s) => s.target.id === 'regular-mofa-consultations')).toMatchObject({
      type: 'COMMITS_TO',
      jointly: true,
      cameo: { code: '036' },
      actors: [{ id: 'japan' }, { id: 'kazakhstan' }],
    });
  });

  it('counts the acts of Japan’s government as Japan’s unless includeOfficials is false', async () => {
    const withOfficials = await nodes('{ actor: "japan", category: commitment }');
    const without = await nodes(
      '{ actor: "japan", category: commitment, includeOfficials: false }',
    );
    // Conclusions: 日本国政府とカザフスタン共和国政府は、…恒常的に注意を払う.
    const byGovernments = withOfficials.find((s) => s.target.id === 'attention-to-implementation');
    expect(byGovernments?.actors.map((a) => a.id)).toEqual([
      'japanese-government',
      'kazakh-government',
    ]);
    expect(without.some((s) => s.target.id === 'attention-to-implementation')).toBe(false);
    expect(withOfficials.length).toBe(without.length + 1);
  });

  it('finds the same speakers for an actor within one document as across the corpus', async () => {
    // With a document, its own agents are tested for speaking for the actor (statements-cypher.ts).
    for (const actor of ['japan', 'kazakhstan']) {
      const corpus = await nodes(`{ actor: "${actor}" }`);
      const inDocument = await nodes(`{ actor: "${actor}", documentId: "jp-kz-2006" }`);
      const ids = (rows: StatementRow[]) => rows.map((s) => `${s.id} ${s.actors.map((a) => a.id)}`);
      expect(inDocument.length).toBeGreaterThan(0);
      expect(ids(inDocument)).toEqual(
        ids(corpus.filter((s) => s.evidence.clauseId.startsWith('jp-kz-2006#'))),
      );
      // Officials included: the governments' and the leaders' acts are among them.
      expect(inDocument.some((s) => !s.actors.some((a) => a.id === actor))).toBe(true);
    }
  });

  it('counts the leaders’ acts of the preamble as their states’ acts', async () => {
    const positions = await nodes('{ actor: "kazakhstan", types: [NOTES, IS_CONVINCED] }');
    const noted = positions.find((s) => s.target.id === 'joint-statements-good-foundation')!;
    expect(noted.actors.map((a) => a.id)).toEqual(['koizumi-junichiro', 'nursultan-nazarbayev']);
    expect(noted.evidence.clauseId).toBe('jp-kz-2006#preamble__para_2');
  });

  it('answers "what do both sides welcome": joint acts once each, with both actors', async () => {
    const welcomed = await nodes('{ types: [WELCOMES], jointly: true }');
    expect(welcomed.map((s) => s.target.id)).toEqual([
      'japanese-involvement-kz-resources',
      'nuclear-memorandum-signed',
      'ca-japan-new-stage',
      'action-plan-adopted',
    ]);
    for (const s of welcomed) expect(s.actors.map((a) => a.id)).toEqual(['japan', 'kazakhstan']);
    // 5.2: the adoption is dated and placed one level down: 2006年6月に東京で.
    const adoption = welcomed.find((s) => s.target.id === 'action-plan-adopted')!;
    expect(adoption.target.dates).toEqual([
      { value: '2006-06', precision: 'month', relation: 'INVOLVES' },
    ]);
    expect(adoption.target.places.map((p) => p.id)).toContain('tokyo');
    expect(adoption.sentence.en).toBe(
      'Japan and Republic of Kazakhstan welcome: Adoption of the "Action Plan" at the Second Foreign Ministers\' Meeting of the "Central Asia plus Japan" Dialogue',
    );
  });

  it('answers "what did Kazakhstan condemn" with the act, its target and its words', async () => {
    const condemned = await nodes('{ actor: "kazakhstan", category: criticism }');
    expect(condemned).toHaveLength(1);
    expect(condemned[0]).toMatchObject({
      type: 'CONDEMNS',
      cameo: { code: '111', name: 'Criticize or denounce' },
      jointly: true,
      target: {
        id: 'dprk-missile-launches',
        kind: 'Event',
        participants: [{ id: 'north-korea', role: 'perpetrator' }],
      },
      evidence: {
        clauseId: 'jp-kz-2006#sec_6__para_3',
        quote: '双方は、北朝鮮による弾道ミサイルの発射を非難',
      },
    });
  });

  it('finds acts about an entity through what their target involves', async () => {
    const aboutNorthKorea = await nodes('{ target: "north-korea" }');
    expect(aboutNorthKorea.map((s) => s.type).sort()).toEqual([
      'CONDEMNS',
      'SHARES_VIEW',
      'SUPPORTS',
    ]);
  });

  it('pages in reading order with cursors', async () => {
    const first = await statements('{ documentId: "jp-kz-2006" }', 5);
    expect(first.edges).toHaveLength(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.edges[0]!.node.evidence.clauseId).toBe('jp-kz-2006#preamble__para_2');
    const { data } = await suite.api.graphql<{
      statements: { edges: Array<{ node: { evidence: { start: number } } }> };
    }>(
      `{ statements(filter: { documentId: "jp-kz-2006" }, first: 5, after: "${first.pageInfo.endCursor}") { edges { node { evidence { start } } } } }`,
    );
    const starts = [
      ...first.edges.map((e) => e.node.evidence.start),
      ...data!.statements.edges.map((e) => e.node.evidence.start),
    ];
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(first.totalCount).toBeGreaterThan(60);
  });

  it('gives each relation its own CAMEO code, not its type’s', async () => {
    const { data } = await suite.api.graphql<{
      entity: {
        relations: Array<{
          type: string;
          to: { id: string };
          cameo: { code: string; name: string };
        }>;
      };
    }>(
      `{ entity(id: "japan") { relations(direction: OUT, types: [INTENDS], first: 50) { type to { id } cameo { code name } } } }`,
    );
    const codeFor = (target: string) =>
      data!.entity.relations.find((r) => r.to.id === target)?.cameo;
    expect(codeFor('accept-2000-trainees')).toEqual({
      code: '033',
      name: 'Express intent to provide material aid, not specified below',
    });
    expect(codeFor('strengthen-un-coop')?.code).toBe('032');
  });

  it('costs one database query', async () => {
    const before = suite.db.queryCount;
    await statements('{ actor: "japan" }');
    expect(suite.db.queryCount - before).toBe(1);
  });

  it('refuses a structural type and names an unknown actor', async () => {
    const notAnAct = await suite.api.graphql(
      `{ statements(filter: { types: [ACTIVE_IN] }) { totalCount } }`,
    );
    expect(notAnAct.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'filter.types',
    });
    const unknown = await suite.api.graphql(
      `{ statements(filter: { actor: "atlantis" }) { totalCount } }`,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'filter.actor',
      id: 'atlantis',
    });
  });

  it('answers no acts when a category and types do not overlap, and still names an unknown id', async () => {
    const none = await suite.api.graphql(
      `{ statements(filter: { category: commitment, types: [WELCOMES] }) { totalCount } }`,
    );
    expect(none).toEqual({ data: { statements: { totalCount: 0 } } });
    const unknown = await suite.api.graphql(
      `{ statements(filter: { category: commitment, types: [WELCOMES], documentId: "atlantis" }) { totalCount } }`,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'atlantis' });
  });
});
