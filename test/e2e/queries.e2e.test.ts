import { useSeededApi } from '../support/server';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every root field over HTTP against the loaded statement. */
describe('GraphQL queries', () => {
  const suite = useSeededApi();
  /** Runs an operation that must succeed and returns its data. */
  const query = async (operation: string, variables?: Record<string, unknown>): Promise<Data> => {
    const { data, errors } = await suite.api.graphql<Data>(operation, variables);
    expect(errors).toBeUndefined();
    return data!;
  };

  describe('document and documents', () => {
    it('returns the statement with its metadata, sections in order and signing facts', async () => {
      const { document } = await query(`{ document(id: "jp-kz-2006") {
        name { ja en } documentType language publisher { en }
        sections { eId number }
        signedOn { value precision wikidataPrecision } signedAt { name { ja en } } signatories { name { ja } office { en } }
        clauses(first: 100) { eId }
      } }`);
      expect(document.name.ja).toBe(
        '日本国とカザフスタン共和国との間の友好、パートナーシップと協力の一層の発展に関する共同声明',
      );
      expect(document.language).toBe('ja');
      expect(document.sections.map((s: Data) => s.eId)).toEqual([
        'preface',
        'preamble',
        'sec_1',
        'sec_2',
        'sec_3',
        'sec_4',
        'sec_5',
        'sec_6',
        'conclusions',
      ]);
      expect(document.signedOn).toStrictEqual({
        value: '2006-08-28',
        precision: 'day',
        wikidataPrecision: 11,
      });
      expect(document.signedAt.name.ja).toBe('アスタナ');
      expect(document.signatories.map((p: Data) => p.name.ja).sort()).toEqual(
        ['ヌルスルタン・ナザルバーエフ', '小泉純一郎'].sort(),
      );
      expect(document.clauses).toHaveLength(33);
    });

    it('pages documents by cursor with a stable order and a total count', async () => {
      const first = await query(
        '{ documents(first: 5) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } }',
      );
      const next = await query(
        'query($after: String) { documents(first: 100, after: $after) { pageInfo { hasNextPage hasPreviousPage } edges { node { id } } } }',
        {
          after: first.documents.pageInfo.endCursor,
        },
      );
      const ids = [...first.documents.edges, ...next.documents.edges].map((e: Data) => e.node.id);
      expect(first.documents.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(next.documents.pageInfo).toStrictEqual({ hasNextPage: false, hasPreviousPage: true });
      expect(ids).toHaveLength(first.documents.totalCount);
      expect(ids).toEqual([...ids].sort());
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('filters documents by type and by whether they are loaded', async () => {
      const data = await query(`{
        resolutions: documents(documentType: "resolution") { edges { node { id ... on Document { number } } } }
        loaded: documents(loaded: true) { totalCount edges { node { id } } }
      }`);
      expect(data.resolutions.edges.map((e: Data) => e.node)).toStrictEqual([
        { id: 'unsc-resolution-1695', number: '1695' },
      ]);
      expect(data.loaded).toStrictEqual({ totalCount: 1, edges: [{ node: { id: 'jp-kz-2006' } }] });
    });
  });

  describe('clause and clauses', () => {
    it('reads a clause verbatim with its translation, place and neighbours', async () => {
      const { clause } = await query(`{ clause(id: "jp-kz-2006#sec_6__para_3") {
        eId order text { ja en } start end documentId section { eId name { ja } } document { id }
        previous { eId } next { eId }
      } }`);
      expect(clause.text.ja.startsWith('双方は、北朝鮮による弾道ミサイルの発射を非難し')).toBe(
        true,
      );
      expect(clause.text.en).toMatch(/condemn/i);
      expect(clause.end - clause.start).toBe(Array.from(clause.text.ja).length);
      expect(clause.section).toStrictEqual({ eId: 'sec_6', name: { ja: '国際場裡における協力' } });
      expect([clause.previous.eId, clause.next.eId]).toEqual(['sec_6__para_2', 'sec_6__para_4']);
    });

    it('has no clause before the first nor after the last', async () => {
      const { first, last } = await query(`{
        first: clause(id: "jp-kz-2006#preface__para_1") { previous { eId } }
        last: clause(id: "jp-kz-2006#conclusions__signature_2") { next { eId } text { ja } }
      }`);
      expect(first.previous).toBeNull();
      expect(last.next).toBeNull();
      expect(last.text.ja).toBe('カザフスタン共和国大統領\nヌルスルタン・ナザルバーエフ');
    });

    it('lists what a clause asserts, mentions and references, each with evidence inside it', async () => {
      const { clause } = await query(`{ clause(id: "jp-kz-2006#sec_6__para_3") {
        start end
        asserts(first: 100) { type evidence { clauseId start end } }
        mentions(first: 100) { to { id } evidence { quote } }
        references { to { id } }
      } }`);
      expect(clause.asserts.map((r: Data) => r.type)).toEqual(
        expect.arrayContaining(['CONDEMNS', 'SUPPORTS', 'SHARES_VIEW', 'REFERENCES', 'MENTIONS']),
      );
      for (const relation of clause.asserts) {
        expect(relation.evidence.clauseId).toBe('jp-kz-2006#sec_6__para_3');
        expect(relation.evidence.start).toBeGreaterThanOrEqual(clause.start);
        expect(relation.evidence.end).toBeLessThanOrEqual(clause.end);
      }
      expect(clause.mentions.map((m: Data) => m.to.id)).toContain('north-korea');
      expect(clause.references.map((r: Data) => r.to.id).sort()).toEqual([
        'six-party-joint-statement-2005',
        'unsc-resolution-1695',
      ]);
    });

    it('filters clauses by section, relation type, mention and text, in reading order', async () => {
      const data = await query(`{
        section: clauses(filter: { documentId: "jp-kz-2006", section: "sec_2" }) { totalCount edges { node { ... on Clause { eId } } } }
        condemning: clauses(filter: { relationType: CONDEMNS }) { edges { node { id } } }
        osce: clauses(filter: { mentions: "osce" }) { edges { node { id } } }
        uranium: clauses(filter: { text: "ウラン" }) { totalCount }
        english: clauses(filter: { text: "URANIUM" }) { totalCount }
      }`);
      expect(data.section.edges.map((e: Data) => e.node.eId)).toEqual([
        'sec_2__para_1',
        'sec_2__para_2',
        'sec_2__para_3',
        'sec_2__para_4',
      ]);
      expect(data.section.totalCount).toBe(4);
      expect(data.condemning.edges.map((e: Data) => e.node.id)).toEqual([
        'jp-kz-2006#sec_6__para_3',
      ]);
      expect(data.osce.edges.map((e: Data) => e.node.id)).toEqual(['jp-kz-2006#sec_6__para_5']);
      expect(data.uranium.totalCount).toBe(2);
      expect(data.english.totalCount).toBe(2);
    });

    it('lists and counts exactly the clauses that mention an entity, each once', async () => {
      const all = await query(
        '{ clauses(filter: { documentId: "jp-kz-2006" }, first: 100) { edges { node { id mentions(first: 100) { to { id } } } } } }',
      );
      const naming = new Map<string, Set<string>>(); // entity → the clauses that mention it
      for (const { node } of all.clauses.edges as Data[]) {
        for (const { to } of node.mentions as Data[]) {
          naming.set(to.id, (naming.get(to.id) ?? new Set()).add(node.id));
        }
      }
      // The entity the most clauses mention: the filter starts from it and expands.
      const [entity, clauses] = [...naming].sort((a, b) => b[1].size - a[1].size)[0]!;
      expect(clauses.size).toBeGreaterThan(5);
      const data = await query(
        `{ clauses(filter: { documentId: "jp-kz-2006", mentions: "${entity}" }, first: 100) { totalCount edges { node { id } } } }`,
      );
      const ids = data.clauses.edges.map((e: Data) => e.node.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual([...clauses].sort());
      expect(data.clauses.totalCount).toBe(clauses.size);
    });
  });

  describe('entity, relations and qualifiers', () => {
    it('answers any node through the Entity interface with its kind-specific fields', async () => {
      const data = await query(`{
        osce: entity(id: "osce") { __typename id kind kindLabel { ja en } aliases ... on Organization { organizationType } }
        koizumi: entity(id: "koizumi-junichiro") { __typename ... on Person { office { ja } } }
        month: entity(id: "date:2005-11") { ... on CalendarDate { value precision wikidataPrecision earliest latest } }
        missing: entity(id: "no-such-node") { id }
      }`);
      expect(data.osce).toMatchObject({
        __typename: 'Organization',
        kind: 'Organization',
        kindLabel: { ja: '組織', en: 'Organization' },
      });
      expect(data.osce.aliases).toContain('OSCE');
      expect(data.koizumi).toStrictEqual({
        __typename: 'Person',
        office: { ja: '日本国内閣総理大臣' },
      });
      expect(data.month).toStrictEqual({
        value: '2005-11',
        precision: 'month',
        wikidataPrecision: 10,
        earliest: '2005-11-01',
        latest: '2005-11-30',
      });
      expect(data.missing).toBeNull();
    });

    it('merges a field selected on the interface and again in a fragment on the node’s kind', async () => {
      const operation = `query($id: ID!) { entity(id: $id) {
        relations(first: 2) { id }
        ... on Organization { relations(first: 2) { type } }
        documents { id }
        ... on Sector { documents { name { en } } }
      } }`;
      const { entity: jogmec } = await query(operation, { id: 'jogmec' });
      expect(jogmec.relations).toHaveLength(2);
      for (const relation of jogmec.relations)
        expect(Object.keys(relation).sort()).toEqual(['id', 'type']);
      const { entity: japan } = await query(operation, { id: 'japan' });
      expect(japan.relations).toHaveLength(2);
      for (const relation of japan.relations) expect(Object.keys(relation)).toEqual(['id']);
      expect(japan.documents).toStrictEqual([{ id: 'jp-kz-2006' }]);
    });

    it('neither queries nor checks what @skip and @include leave out', async () => {
      const data = await query(
        `query($yes: Boolean!, $no: Boolean!) { entity(id: "japan") {
          id
          skipped: relations(first: 0) @skip(if: $yes) { id }
          excluded: relations(first: 0) @include(if: $no) { id }
          ... on State @skip(if: $yes) { iso3166 }
          kept: relations(first: 1) @include(if: $yes) { id }
        } }`,
        { yes: true, no: false },
      );
      expect(data.entity).toStrictEqual({
        id: 'japan',
        kept: [expect.objectContaining({ id: expect.any(String) })],
      });
    });

    it('gives a speech act its label, CAMEO code and qualifiers', async () => {
      const { japan } = await query(`{ japan: entity(id: "japan") {
        relations(direction: OUT, types: [INTENDS], first: 100) { type label { ja en } category cameo { code name } qualifiers evidence { quote } }
      } }`);
      const trainees = japan.relations.find((r: Data) => r.qualifiers.quantity === 2000);
      expect(trainees).toMatchObject({
        type: 'INTENDS',
        label: { ja: '意向を有する', en: 'intends' },
        category: 'speech_act',
        // Accepting trainees is aid: CAMEO 033 on this act, not INTENDS' default 030.
        cameo: { code: '033' },
      });
      expect(trainees.qualifiers).toMatchObject({ approximate: true });
      expect(trainees.evidence.quote).toContain('2000名程度');
    });

    it('follows relations in the direction and of the types asked', async () => {
      const { osce } = await query(`{ osce: entity(id: "osce") {
        incoming: relations(direction: IN, types: [PARTNER_OF]) { type from { id } to { id } }
        outgoing: relations(direction: OUT) { type }
      } }`);
      expect(osce.incoming).toStrictEqual([
        { type: 'PARTNER_OF', from: { id: 'japan' }, to: { id: 'osce' } },
      ]);
      expect(osce.outgoing).toStrictEqual([]);
    });

    it('links a proposition to what it involves, and tells where a node is named', async () => {
      const { chair } = await query(`{ chair: entity(id: "kz-osce-chairmanship-2009") {
        documents { id }
        ... on Proposition { involves { to { id } qualifiers } }
      } }`);
      expect(chair.documents).toStrictEqual([{ id: 'jp-kz-2006' }]);
      const involved = chair.involves.map((r: Data) => r.to.id);
      expect(involved).toEqual(expect.arrayContaining(['kazakhstan', 'osce', 'date:2009']));
      expect(chair.involves.every((r: Data) => typeof r.qualifiers.role === 'string')).toBe(true);
    });
  });

  describe('organizations', () => {
    it('filters by sector, type and name', async () => {
      const data = await query(`{
        uranium: organizations(filter: { sector: "uranium" }) { totalCount edges { node { id } } }
        banks: organizations(filter: { organizationType: "financial_institution" }) { edges { node { id } } }
        named: organizations(filter: { name: "jbic" }) { edges { node { id } } }
      }`);
      expect(data.uranium.edges.map((e: Data) => e.node.id)).toEqual(
        expect.arrayContaining(['jogmec', 'jbic', 'nexi']),
      );
      expect(data.uranium.totalCount).toBe(data.uranium.edges.length);
      expect(data.banks.edges.map((e: Data) => e.node.id)).toContain('jbic');
      expect(data.named.edges.map((e: Data) => e.node.id)).toEqual(['jbic']);
    });
  });

  describe('search', () => {
    it.each([
      ['ウラン', 'uranium'],
      ['uranium', 'uranium'],
      ['JOGMEC', 'jogmec'],
      ['欧州安全保障協力機構', 'osce'],
    ])('finds %s in Japanese or English, best first', async (text, id) => {
      const { search } = await query(
        'query($text: String!) { search(text: $text, first: 5) { totalCount edges { score node { id } } } }',
        { text },
      );
      expect(search.edges.map((e: Data) => e.node.id)).toContain(id);
      const scores = search.edges.map((e: Data) => e.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('restricts hits to the kinds asked and treats Lucene operators as text', async () => {
      const { sectors, operators } = await query(`{
        sectors: search(text: "ウラン", kinds: [Sector]) { edges { node { kind } } }
        operators: search(text: "OSCE) AND (") { totalCount }
      }`);
      expect(sectors.edges.every((e: Data) => e.node.kind === 'Sector')).toBe(true);
      expect(operators.totalCount).toBeGreaterThan(0);
    });
  });

  describe('timeline', () => {
    it('orders dated facts by date, a wider date before a narrower one on the same first day', async () => {
      const { timeline } = await query(
        `{ timeline(first: 100) { totalCount edges { node { earliest latest date { value } subject { id } relation { type } } } } }`,
      );
      const entries = timeline.edges.map((e: Data) => e.node);
      expect(entries.length).toBe(timeline.totalCount);
      for (let i = 1; i < entries.length; i++) {
        const [a, b] = [entries[i - 1], entries[i]];
        expect(a.earliest <= b.earliest).toBe(true);
        if (a.earliest === b.earliest) expect(a.latest >= b.latest).toBe(true);
      }
      expect(entries.map((e: Data) => e.subject.id)).toEqual(
        expect.arrayContaining(['js-1994-04-07', 'jp-kz-2006']),
      );
    });

    it('keeps a month date in a window that covers only part of the month', async () => {
      const { timeline } = await query(
        `{ timeline(from: "2005-11-15", to: "2005-11-20") { edges { node { date { value precision } subject { id } } } } }`,
      );
      const values = timeline.edges.map((e: Data) => e.node.date.value);
      expect(values).toContain('2005-11');
      expect(values.every((v: string) => v.startsWith('2005-11'))).toBe(true);
    });
  });
});
