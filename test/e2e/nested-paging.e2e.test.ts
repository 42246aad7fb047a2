import { useSeededApi } from '../support/server';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Nested lists paged (issue 8): beside every nested list a client could lose items of to `first`
 * (`sectors`, `relations`, a document's `clauses` …) a connection (`sectorsConnection` …) pages
 * the same list with keyset cursors, `pageInfo` and `totalCount`, over HTTP against the seeded
 * statement.
 */
describe('nested connections', () => {
  const suite = useSeededApi();
  const query = async (operation: string): Promise<Data> => {
    const { data, errors } = await suite.api.graphql<Data>(operation);
    expect(errors).toBeUndefined();
    return data!;
  };
  const errorOf = async (operation: string) => {
    const { data, errors } = await suite.api.graphql<Data>(operation);
    expect(data?.entity ?? data?.clause ?? null).toBeNull();
    return errors?.[0]?.extensions;
  };
  const write = (cypher: string) => suite.db.write((tx) => suite.db.run(tx, cypher));

  /**
   * One list of the statement: the node that holds it (as `subject`, selecting the fields on
   * `type`), the plain field with its arguments, and its connection with the same arguments.
   * Each holds more items than the page size used to walk it.
   */
  interface NestedListCase {
    readonly list: string;
    readonly subject: string;
    readonly type: string;
    readonly plain: string;
    readonly connection: string;
    readonly pageSize: number;
  }
  const cases: NestedListCase[] = [
    {
      list: 'an organization’s sectors',
      subject: 'entity(id: "jogmec")',
      type: 'Organization',
      plain: 'sectors',
      connection: 'sectorsConnection',
      pageSize: 2,
    },
    {
      list: 'a sector’s organizations',
      subject: 'entity(id: "oil")',
      type: 'Sector',
      plain: 'organizations',
      connection: 'organizationsConnection',
      pageSize: 3,
    },
    {
      list: 'what a proposition involves',
      subject: 'entity(id: "expand-exchanges-fields")',
      type: 'Proposition',
      plain: 'involves',
      connection: 'involvesConnection',
      pageSize: 3,
    },
    {
      list: 'a node’s relations of some types and a direction',
      subject: 'entity(id: "japan")',
      type: 'State',
      plain: 'relations(direction: OUT, types: [WELCOMES, SUPPORTS, INTENDS, MENTIONS])',
      connection:
        'relationsConnection(direction: OUT, types: [WELCOMES, SUPPORTS, INTENDS, MENTIONS])',
      pageSize: 4,
    },
    {
      list: 'what a clause mentions',
      subject: 'clause(id: "jp-kz-2006#sec_2__para_1")',
      type: 'Clause',
      plain: 'mentions',
      connection: 'mentionsConnection',
      pageSize: 4,
    },
    {
      list: 'what a clause references',
      subject: 'clause(id: "jp-kz-2006#preamble__para_2")',
      type: 'Clause',
      plain: 'references',
      connection: 'referencesConnection',
      pageSize: 3,
    },
    {
      list: 'what a clause asserts, in text order (many share a start)',
      subject: 'clause(id: "jp-kz-2006#sec_2__para_2")',
      type: 'Clause',
      plain: 'asserts',
      connection: 'assertsConnection',
      pageSize: 5,
    },
    {
      list: 'a document’s clauses in reading order',
      subject: 'document(id: "jp-kz-2006")',
      type: 'Document',
      plain: 'clauses',
      connection: 'clausesConnection',
      pageSize: 7,
    },
    {
      list: 'a document’s signatories',
      subject: 'document(id: "jp-kz-2006")',
      type: 'Document',
      plain: 'signatories',
      connection: 'signatoriesConnection',
      pageSize: 1,
    },
    {
      list: 'a document’s parties',
      subject: 'document(id: "jp-kz-2006")',
      type: 'Document',
      plain: 'parties',
      connection: 'partiesConnection',
      pageSize: 1,
    },
    {
      list: 'the clauses citing a document',
      subject: 'document(id: "action-plan")',
      type: 'Document',
      plain: 'referencedBy',
      connection: 'referencedByConnection',
      pageSize: 1,
    },
  ];

  /** `name(first: n, after: "…")` keeping the field's own arguments. */
  const withArguments = (field: string, extra: string) =>
    field.includes('(') ? field.replace('(', `(${extra}, `) : `${field}(${extra})`;
  const plainArguments = (field: string) =>
    field === 'signatories' || field === 'parties' || field === 'referencedBy'
      ? field
      : withArguments(field, 'first: 100');

  interface Page {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string } }>;
  }

  async function pageOf(c: NestedListCase, first: number, after?: string | null): Promise<Page> {
    const page = withArguments(
      c.connection,
      `first: ${first}${after ? `, after: "${after}"` : ''}`,
    );
    const data = await query(`{ subject: ${c.subject} { ... on ${c.type} { page: ${page} {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } } }`);
    return data.subject.page as Page;
  }

  /** Every page from the first, following endCursor while hasNextPage. */
  async function walk(c: NestedListCase, first: number): Promise<Page[]> {
    const pages = [await pageOf(c, first)];
    while (pages[pages.length - 1]!.pageInfo.hasNextPage) {
      expect(pages.length).toBeLessThan(200);
      pages.push(await pageOf(c, first, pages[pages.length - 1]!.pageInfo.endCursor));
    }
    return pages;
  }

  async function plainIds(c: NestedListCase): Promise<string[]> {
    const data = await query(
      `{ subject: ${c.subject} { ... on ${c.type} { list: ${plainArguments(c.plain)} { id } } } }`,
    );
    return (data.subject.list as Array<{ id: string }>).map((item) => item.id);
  }

  describe.each(cases)('walking $list', (c) => {
    let pages: Page[];
    let unpaged: string[];
    beforeAll(async () => {
      pages = await walk(c, c.pageSize);
      unpaged = await plainIds(c);
    });
    const walked = () => pages.flatMap((page) => page.edges.map((edge) => edge.node.id));

    it('returns every item of the plain list exactly once, in its order', () => {
      expect(pages.length).toBeGreaterThan(1);
      expect(walked()).toStrictEqual(unpaged);
      expect(new Set(walked()).size).toBe(walked().length);
    });

    it('counts them all in totalCount, on every page', () => {
      for (const page of pages) expect(page.totalCount).toBe(unpaged.length);
    });

    it('fills every page but the last, which says no page follows', () => {
      for (const page of pages.slice(0, -1)) {
        expect(page.edges).toHaveLength(c.pageSize);
        expect(page.pageInfo.hasNextPage).toBe(true);
        expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]!.cursor);
      }
      const last = pages[pages.length - 1]!;
      expect(last.edges.length).toBeGreaterThan(0);
      expect(last.pageInfo.hasNextPage).toBe(false);
    });

    it('starts the next page after any edge’s cursor', async () => {
      const [first] = pages;
      const next = await pageOf(c, 1, first!.edges[0]!.cursor);
      expect(next.edges.map((edge) => edge.node.id)).toStrictEqual([walked()[1]]);
    });
  });

  it('walks a list longer than the plain field’s largest page: no item is lost to first', async () => {
    const kazakhstan: NestedListCase = {
      list: 'every relation of Kazakhstan',
      subject: 'entity(id: "kazakhstan")',
      type: 'State',
      plain: 'relations',
      connection: 'relationsConnection',
      pageSize: 25,
    };
    const pages = await walk(kazakhstan, 25);
    const ids = pages.flatMap((page) => page.edges.map((edge) => edge.node.id));
    const plain = await plainIds(kazakhstan);
    expect(plain).toHaveLength(100);
    expect(pages[0]!.totalCount).toBeGreaterThan(100);
    expect(ids).toHaveLength(pages[0]!.totalCount);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 100)).toStrictEqual(plain);
  });

  it('answers totalCount alone, and pageInfo alone', async () => {
    const { document } = await query(`{ document(id: "jp-kz-2006") {
      count: clausesConnection { totalCount }
      info: clausesConnection(first: 100) { pageInfo { hasNextPage endCursor } }
      clauses(first: 100) { id } } }`);
    expect(document.count.totalCount).toBe(document.clauses.length);
    expect(document.info.pageInfo.hasNextPage).toBe(false);
    expect(typeof document.info.pageInfo.endCursor).toBe('string');
  });

  it('answers an empty list with no edges, no cursor and a count of 0', async () => {
    const { entity } = await query(`{ entity(id: "jogmec") { ... on Organization {
      relationsConnection(types: [CONDEMNS]) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } } } }`);
    expect(entity.relationsConnection).toStrictEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
  });

  it('pages each parent’s list on its own in a root connection', async () => {
    const { organizations } = await query(`{ organizations(first: 100) { edges { node { id
      sectors { id } sectorsConnection(first: 1) { totalCount edges { node { id } } } } } } }`);
    for (const { node } of organizations.edges) {
      expect(node.sectorsConnection.totalCount).toBe(node.sectors.length);
      expect(node.sectorsConnection.edges.map((e: Data) => e.node.id)).toStrictEqual(
        node.sectors.slice(0, 1).map((s: Data) => s.id),
      );
    }
  });

  it('keeps the next page where it was when an item is added before the cursor', async () => {
    const sectors = cases[0]!;
    const [firstPage] = await walk(sectors, 2);
    const next = await pageOf(sectors, 2, firstPage!.pageInfo.endCursor);
    // Relation ids sort before the cursor's: the new one belongs on the first page.
    await write(`MATCH (o:Entity {id: 'jogmec'}), (s:Sector {id: 'uranium'})
      CREATE (o)-[:ACTIVE_IN {id: '0-nested-paging-test'}]->(s)`);
    try {
      const after = await pageOf(sectors, 2, firstPage!.pageInfo.endCursor);
      expect(after.edges).toStrictEqual(next.edges);
      expect(after.totalCount).toBe(next.totalCount + 1);
    } finally {
      await write("MATCH ()-[r {id: '0-nested-paging-test'}]->() DELETE r");
    }
  });

  describe('a cursor that is not one of this list’s', () => {
    const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const refused = (field: string, cursor: string) =>
      errorOf(
        `{ clause(id: "jp-kz-2006#sec_2__para_2") { ${field}(after: "${cursor}") { totalCount } } }`,
      );

    it.each([
      ['garbage', '!!!'],
      ['a JSON value that is no cursor', cursorOf({ after: 'x' })],
      ['another list’s cursor', cursorOf(['mentionsConnection', 'r-1'])],
      ['a root list’s cursor', cursorOf(['clauses', 'jp-kz-2006', 1])],
      ['an evidence cursor', cursorOf(['evidence', 'r-1'])],
      ['a cursor with a text where a position is', cursorOf(['assertsConnection', 'x', 'r-1'])],
      ['a cursor with a position beyond any', cursorOf(['assertsConnection', 1e21, 'r-1'])],
      ['a cursor with a key too few', cursorOf(['assertsConnection', 'r-1'])],
    ])('is BAD_USER_INPUT on after: %s', async (_, cursor) => {
      expect(await refused('assertsConnection', cursor)).toStrictEqual({
        code: 'BAD_USER_INPUT',
        argument: 'after',
      });
    });

    it('is refused when it belongs to the same kind of list under another field', async () => {
      const { clause } = await query(`{ clause(id: "jp-kz-2006#sec_2__para_1") {
        mentionsConnection(first: 1) { pageInfo { endCursor } } } }`);
      expect(
        await refused('referencesConnection', clause.mentionsConnection.pageInfo.endCursor),
      ).toStrictEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
    });

    it('is refused before any query runs', async () => {
      const before = suite.db.queryCount;
      await refused('mentionsConnection', '!!!');
      expect(suite.db.queryCount).toBe(before);
    });
  });
});
