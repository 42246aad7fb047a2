import type { Database } from '../../src/db/database';
import { cameoCodesOf, isRelationType, SPEECH_ACT_TYPES } from '../../src/vocabulary';
import { openSeededDatabase } from '../support/database';

/**
 * The shipped statement as a diplomatic analyst reads it, checked in Neo4j: each relation type
 * added for that reading links what the text says it links, with the words that say it.
 */
describe('the statement as an analyst reads it', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openSeededDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  /** [from, to, quote] of every relationship of a type, sorted. */
  async function links(type: string) {
    if (!isRelationType(type)) throw new Error(`not a type: ${type}`);
    const rows = await db.query(
      `MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) = $type AND r.source = 'jp-kz-2006'
       RETURN a.id AS from, b.id AS to, r.quote AS quote ORDER BY from, to`,
      { type },
    );
    return rows.map((r) => [r.from, r.to, r.quote]);
  }

  it('links each government to its state (GOVERNMENT_OF), quoting its name', async () => {
    expect(await links('GOVERNMENT_OF')).toEqual([
      ['japanese-government', 'japan', '日本国政府'],
      ['kazakh-government', 'kazakhstan', 'カザフスタン共和国政府'],
    ]);
  });

  it('gives each country its own foreign ministry and parliament, and the Security Council to the UN (ORGAN_OF)', async () => {
    expect(await links('ORGAN_OF')).toEqual([
      ['kz-parliament', 'kazakhstan', '両国議会'],
      ['mfa-kazakhstan', 'kazakh-government', '外務省'],
      ['mofa-japan', 'japanese-government', '外務省'],
      ['national-diet', 'japan', '両国議会'],
      ['unsc', 'united-nations', '国連安全保障理事会'],
    ]);
    const [unsc] = await db.query(
      `MATCH (n:Entity {id: 'unsc'}) RETURN n.organizationType AS type`,
    );
    expect(unsc!.type).toBe('international_organ');
  });

  it('names who runs each programme and strategy the text gives an owner (RUNS)', async () => {
    const runs = await links('RUNS');
    expect(runs.map(([from, to]) => `${from}→${to}`)).toEqual([
      'japan→trainees-1000-policy',
      'japanese-government→oda',
      'kazakhstan→industrial-innovative-strategy',
      'kazakhstan→kz-national-strategy',
      'nursultan-nazarbayev→bolashak',
    ]);
    expect(runs.find(([, to]) => to === 'bolashak')![2]).toBe(
      'カザフスタン共和国大統領の国際教育プログラム「ボラシャク」',
    );
  });

  it('places meetings and documents in their framework, and the resolution with its issuer', async () => {
    expect((await links('WITHIN_FRAMEWORK')).map(([from, to]) => `${from}→${to}`)).toEqual([
      'action-plan→central-asia-plus-japan',
      'ca-japan-2nd-fm-meeting→central-asia-plus-japan',
      'un-world-summit-2005→united-nations',
    ]);
    expect(await links('ISSUED_BY')).toEqual([
      ['unsc-resolution-1695', 'unsc', '国連安保理決議1695'],
    ]);
  });

  it('makes participial premises the basis of the act, never a NOTES act of their own', async () => {
    const based = await links('BASED_ON');
    expect(based).toContainEqual([
      'accept-2000-trainees',
      'trainees-1000-achieved',
      '方針を2年間で達成したことを踏まえ',
    ]);
    expect(based).toContainEqual([
      'strengthen-uranium-coop',
      'nuclear-coop-strategic-promise',
      '原子力分野における協力の戦略的有望性に立脚しつつ',
    ]);
    const premisesAsActs = await db.query(
      `MATCH ()-[r:NOTES]->(p) WHERE p.id IN ['trainees-1000-achieved', 'nuclear-coop-strategic-promise'] RETURN count(r) AS n`,
    );
    expect(premisesAsActs[0]!.n).toBe(0);
    const [intent] = await db.query(
      `MATCH (:Entity {id: 'japan'})-[r:INTENDS]->(:Entity {id: 'accept-2000-trainees'}) RETURN r.q_basis AS basis`,
    );
    expect(intent!.basis).toBe('trainees-1000-achieved');
  });

  it('dates the 1,000-trainee policy by its announcement, not its achievement (ANNOUNCED_ON)', async () => {
    expect(await links('ANNOUNCED_ON')).toEqual([
      ['trainees-1000-policy', 'date:2004-08', '2004年8月に表明した'],
    ]);
    const achievementDates = await db.query(
      `MATCH (:Entity {id: 'trainees-1000-achieved'})-->(d:CalendarDate) RETURN count(d) AS n`,
    );
    expect(achievementDates[0]!.n).toBe(0);
  });

  it('dates a resolution and a meeting’s joint statement by adoption (ADOPTED_ON), not signature', async () => {
    expect((await links('ADOPTED_ON')).map(([from, to]) => `${from}→${to}`)).toEqual([
      'six-party-joint-statement-2005→date:2005-09',
      'unsc-resolution-1695→date:2006-07-15',
    ]);
  });

  it('draws the sector hierarchy (BROADER) without quotes: uranium → energy resources → energy', async () => {
    const paths = await db.query(
      `MATCH p = (:Sector {id: 'uranium'})-[:BROADER*]->(:Sector {id: 'energy'})
       RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | r.quote] AS quotes`,
    );
    expect(paths).toContainEqual({
      ids: ['uranium', 'energy-resources', 'energy'],
      quotes: [null, null],
    });
    // SKOS allows several broader sectors: uranium is also a nuclear-energy matter.
    expect(paths).toContainEqual({
      ids: ['uranium', 'nuclear-energy', 'energy'],
      quotes: [null, null],
    });
  });

  it('keeps intra-regional and interregional cooperation apart', async () => {
    const rows = await db.query(
      `MATCH (p:Proposition)-[:INVOLVES]->(s:Sector) WHERE s.id IN ['intra-regional-cooperation', 'interregional-cooperation']
       RETURN s.id AS sector, p.id AS proposition ORDER BY sector`,
    );
    expect(rows).toEqual([
      { sector: 'interregional-cooperation', proposition: 'arf-opens-interregional-coop' },
      { sector: 'intra-regional-cooperation', proposition: 'kz-regional-coop-proposals' },
    ]);
  });

  it('has the leaders, not the states, speak in the preamble, and records each office once', async () => {
    const speakers = await db.query(
      `MATCH (a)-[r]->() WHERE r.clauseId IN ['jp-kz-2006#preamble__para_2', 'jp-kz-2006#preamble__para_3', 'jp-kz-2006#preamble__para_4']
         AND type(r) IN $acts
       RETURN DISTINCT a.id AS id ORDER BY id`,
      { acts: SPEECH_ACT_TYPES },
    );
    expect(speakers.map((s) => s.id)).toEqual(['koizumi-junichiro', 'nursultan-nazarbayev']);
    const offices = await db.query(
      `MATCH (p:Person)-[r:HOLDS_OFFICE_IN]->(s) RETURN p.id AS person, r.q_position AS position ORDER BY person`,
    );
    expect(offices).toEqual([
      { person: 'koizumi-junichiro', position: 'head_of_government' },
      { person: 'nursultan-nazarbayev', position: 'head_of_state' },
    ]);
  });

  it('codes one act once: a confirmed readiness is one IS_READY_TO, no CONFIRMS beside it', async () => {
    const rows = await db.query(
      `MATCH ()-[r]->() WHERE r.clauseId IN ['jp-kz-2006#sec_1__para_1', 'jp-kz-2006#sec_2__para_1'] AND type(r) IN ['CONFIRMS', 'IS_READY_TO']
       RETURN type(r) AS type, r.q_confirmed AS confirmed, count(DISTINCT r.actId) AS acts ORDER BY type`,
    );
    expect(rows).toEqual([{ type: 'IS_READY_TO', confirmed: true, acts: 2 }]);
  });

  it('gives every act a CAMEO code valid for its type', async () => {
    const rows = await db.query(
      `MATCH ()-[r]->() WHERE r.cameo IS NOT NULL RETURN type(r) AS type, r.cameo AS cameo, r.actId AS act`,
    );
    const invalid = rows.filter((r) => !cameoCodesOf(r.type as never).includes(r.cameo as string));
    expect(invalid).toEqual([]);
    const codes = new Set(rows.map((r) => r.cameo));
    for (const code of ['031', '033', '036', '057']) expect(codes).toContain(code);
    const uncoded = await db.query(
      `MATCH ()-[r]->() WHERE type(r) IN $acts AND r.cameo IS NULL RETURN count(r) AS n`,
      { acts: SPEECH_ACT_TYPES },
    );
    expect(uncoded[0]!.n).toBe(0);
  });

  it('no longer swamps Japan and Kazakhstan with INVOLVES that repeat the speaker', async () => {
    const rows = await db.query(
      `MATCH (p:Proposition)-[:INVOLVES]->(s:State) WHERE s.id IN ['japan', 'kazakhstan']
       RETURN s.id AS state, count(*) AS n ORDER BY state`,
    );
    // Before: 30 and 42, most quoting 双方 (both sides) or the speaker's own subject. What is left
    // names the state inside what is said (両国間, 日本市場, カザフスタン共和国における …).
    expect(rows).toEqual([
      { state: 'japan', n: 12 },
      { state: 'kazakhstan', n: 22 },
    ]);
    const subjects = await db.query(
      `MATCH (:Proposition)-[r:INVOLVES]->(:State) WHERE r.quote IN ['双方', '日本側は', 'カザフスタン側は'] RETURN count(r) AS n`,
    );
    expect(subjects[0]!.n).toBe(0);
  });
});
