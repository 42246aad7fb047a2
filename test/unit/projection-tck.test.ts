import 'reflect-metadata';
import { parse, type FieldNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { neighborhoodCypher } from '../../src/graph/neighborhood-cypher';
import { organizationSectorGraphCypher } from '../../src/graph/organization-sector-cypher';
import { shortestPathCypher } from '../../src/graph/path-cypher';
import { pagedQueryCypher } from '../../src/graph/paged-query';
import { encodeCursor } from '../../src/graph/projection/cursors';
import { CypherBuilder } from '../../src/graph/projection/cypher-builder';
import { value } from '../../src/graph/projection/positional';
import { Projector } from '../../src/graph/projection/project';
import { namedCompositeType } from '../../src/graph/projection/selection';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { RELATION_TYPE_NAMES } from '../../src/vocabulary';

/**
 * Translation tests (as @neo4j/graphql's TCK): a GraphQL selection in, the Cypher and parameters
 * the projection compiler produces out, without a database.
 */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphQLSchema();
});

/** The projection and parameters for the first root field of `operation`, on variable n. */
function compile(operation: string) {
  const document = parse(operation);
  const definition = document.definitions[0] as OperationDefinitionNode;
  const field = definition.selectionSet.selections[0] as FieldNode;
  const type = namedCompositeType(schema.getQueryType()!.getFields()[field.name.value]!.type)!;
  const projector = new Projector({ schema, fragments: {}, variables: {} });
  return { projection: projector.node('n', type, [field]), params: projector.builder.params };
}

/** The Cypher expression and parameters for the first root field of `operation`. */
function translate(operation: string): { cypher: string; params: Record<string, unknown> } {
  const { projection, params } = compile(operation);
  return { cypher: projection.cypher, params };
}

describe('the projection compiler', () => {
  it('projects only the selected properties, and the kind, as a list of their values', () => {
    expect(translate('{ clause(id: "x") { eId order } }')).toStrictEqual({
      cypher: '[n.kind, n.`eId`, n.`order`]',
      params: {},
    });
  });

  it('expands relation lists along typed patterns built from the vocabulary', () => {
    const { cypher, params } = translate(
      '{ clause(id: "x") { references(first: 5) { to { id } } } }',
    );
    expect(cypher).toBe(
      '[n.kind, COLLECT { MATCH (n)-[r0:`REFERENCES`]->(o1) ' +
        'WITH startNode(r0) AS a2, r0, endNode(r0) AS b3 ORDER BY r0.id LIMIT $p0 ' +
        'RETURN [[b3.kind, b3.`id`]] }]',
    );
    expect(params).toStrictEqual({ p0: 5 });
  });

  it('projects a relation’s type only for the fields read from it, its own CAMEO code only for cameo', () => {
    const relation = (selection: string) =>
      translate(`{ clause(id: "x") { references(first: 5) { ${selection} } } }`).cypher.match(
        /RETURN (\[.*\]) \}\]$/,
      )![1];
    expect(relation('id')).toBe('[r0.`id`]');
    for (const field of ['type', 'category', 'label { en }']) {
      expect(relation(field)).toMatch(/^\[type\(r0\)[,\]]/);
      expect(relation(field)).not.toContain('r0.cameo');
    }
    expect(relation('cameo { code }')).toBe('[type(r0), r0.cameo]');
  });

  it('restricts the other end by kind label (a sector’s organizations)', () => {
    const { cypher } = translate(
      '{ entity(id: "x") { ... on Sector { organizations(first: 2) { from { id } } } } }',
    );
    expect(cypher).toContain('MATCH (n)<-[r0:`ACTIVE_IN`]-(o1:`Organization`)');
  });

  it('finds what a clause asserts by one indexed seek per type, never an untyped scan', () => {
    const { cypher } = translate(
      '{ clause(id: "x") { asserts(types: [WELCOMES, SUPPORTS]) { type } } }',
    );
    expect(cypher).toContain(
      'CALL (n) { MATCH (a1)-[r0:`WELCOMES`]->(b2) WHERE r0.clauseId = n.id RETURN a1, r0, b2 ' +
        'UNION ALL MATCH (a1)-[r0:`SUPPORTS`]->(b2) WHERE r0.clauseId = n.id RETURN a1, r0, b2 }',
    );
    expect(cypher).not.toMatch(/MATCH \(\w+\)-\[\w+\]->/);
  });

  it('finds the shared facts a clause evidences by their ids listed on the clause', () => {
    const { cypher } = translate('{ clause(id: "x") { asserts(types: [ACTIVE_IN]) { type } } }');
    expect(cypher).toContain(
      'MATCH (a1)-[r0:`ACTIVE_IN`]->(b2) WHERE r0.id IN n.factIds AND r0.clauseId <> n.id',
    );
    // A list element has no index: `n.id IN r.evidenceClauseIds` scans every ACTIVE_IN.
    expect(cypher).not.toContain('evidenceClauseIds');
  });

  it('makes a nullable bilingual text null unless both languages are there', () => {
    expect(translate('{ document(id: "x") { publisher { en } } }').cypher).toBe(
      '[n.kind, CASE WHEN n.`publisherJa` IS NULL OR n.`publisherEn` IS NULL THEN null ELSE [n.`publisherJa`, n.`publisherEn`] END]',
    );
  });

  it('projects what a computed date field needs, not every base key', () => {
    expect(translate('{ entity(id: "x") { ... on CalendarDate { earliest } } }').cypher).toBe(
      '[n.kind, n.`value`, n.`precision`]',
    );
  });

  it('refuses a nested first out of range before any query', () => {
    expect(() => translate('{ clause(id: "x") { mentions(first: 101) { id } } }')).toThrow(
      'first: must be between 1 and 100 (got 101)',
    );
  });
});

describe('reading a projection back', () => {
  it('makes each list Neo4j returns the object of the keys it stands for, nulls kept', () => {
    const { projection } = compile(
      '{ clause(id: "x") { eId references(first: 5) { to { id } evidence { quote } } } }',
    );
    const fromNeo4j = [
      'Clause',
      'c-1',
      [
        [['Document', 'd-1'], ['welcomes']],
        [['Document', 'd-2'], null],
      ],
    ];
    expect(projection.read(fromNeo4j)).toStrictEqual({
      kind: 'Clause',
      eId: 'c-1',
      'references@references': [
        { to: { kind: 'Document', id: 'd-1' }, evidence: { quote: 'welcomes' } },
        { to: { kind: 'Document', id: 'd-2' }, evidence: null },
      ],
    });
    expect(projection.read(null)).toBeNull();
  });

  it('reads a field selected on the interface and on one kind by the kind of the node read', () => {
    const { projection } = compile(
      '{ entity(id: "x") { relations(first: 2) { id } ... on Organization { relations(first: 2) { type } } } }',
    );
    expect(projection.cypher).toContain('CASE n.kind WHEN $p');
    expect(projection.read(['Organization', [['ACTIVE_IN', 'r-1']]])).toStrictEqual({
      kind: 'Organization',
      'relations@relations': [{ type: 'ACTIVE_IN', id: 'r-1' }],
    });
    expect(projection.read(['Sector', [['r-2']]])).toStrictEqual({
      kind: 'Sector',
      'relations@relations': [{ id: 'r-2' }],
    });
  });

  it('reads a connection page with its keys, and a page nobody asked items of', () => {
    const { projection } = compile(
      '{ entity(id: "x") { ... on Organization { sectorsConnection(first: 1) { totalCount edges { node { id } } } } } }',
    );
    expect(projection.read(['Organization', [[[['r-1'], ['r-1']]], 3]])).toStrictEqual({
      kind: 'Organization',
      'sectorsConnection@sectorsConnection': {
        items: [{ key: ['r-1'], node: { id: 'r-1' } }],
        totalCount: 3,
      },
    });
  });
});

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('plain nested lists, unchanged beside their connections', () => {
  // The Cypher these compiled to before connections existed (commit 0a94462): a client that does
  // not select a connection pays for nothing new.
  it('cuts a document’s clauses and its signatories as before', () => {
    expect(
      translate('{ document(id: "x") { clauses(first: 3) { eId } signatories { id } } }'),
    ).toStrictEqual({
      cypher:
        '[n.kind, COLLECT { MATCH (c0:`Clause` {documentId: n.id}) WITH c0 ORDER BY c0.order LIMIT $p0 RETURN [c0.kind, c0.`eId`] }, ' +
        'COLLECT { MATCH (n)-[r1:`SIGNED_BY`]->(o2) WITH DISTINCT o2 ORDER BY o2.`nameEn`, o2.id LIMIT $p1 RETURN [o2.kind, o2.`id`] }]',
      params: { p0: 3, p1: 25 },
    });
  });

  it('reads what a clause asserts as before', () => {
    expect(
      translate('{ clause(id: "x") { asserts(first: 4, types: [WELCOMES]) { id } } }'),
    ).toStrictEqual({
      cypher:
        '[n.kind, COLLECT { CALL (n) { MATCH (a1)-[r0:`WELCOMES`]->(b2) WHERE r0.clauseId = n.id RETURN a1, r0, b2 } ' +
        'WITH a1, r0, b2 ORDER BY r0.start, r0.id LIMIT $p0 RETURN [r0.`id`] }]',
      params: { p0: 4 },
    });
  });
});

describe('nested connections', () => {
  const sectors = (selection: string, args = '') =>
    translate(
      `{ entity(id: "x") { ... on Organization { sectorsConnection${args} { ${selection} } } } }`,
    );

  it('pages after the cursor’s key, reads one item more than first, and counts when asked', () => {
    const after = cursorOf(['sectorsConnection', 'r-1']);
    expect(
      sectors(
        'totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }',
        `(first: 2, after: "${after}")`,
      ),
    ).toStrictEqual({
      cypher:
        '[n.kind, [COLLECT { MATCH (n)-[r0:`ACTIVE_IN`]->(o1:`Sector`) ' +
        'WITH startNode(r0) AS a2, r0, endNode(r0) AS b3 WHERE ((r0.id > $p0)) ORDER BY r0.id LIMIT $p1 ' +
        'RETURN [[r0.id], [r0.`id`]] }, ' +
        'COUNT { (n)-[r0:`ACTIVE_IN`]->(o1:`Sector`) }]]',
      params: { p0: 'r-1', p1: 3 },
    });
  });

  it('neither counts nor filters when totalCount and after are absent', () => {
    expect(sectors('edges { node { id } }')).toStrictEqual({
      cypher:
        '[n.kind, [COLLECT { MATCH (n)-[r0:`ACTIVE_IN`]->(o1:`Sector`) ' +
        'WITH startNode(r0) AS a2, r0, endNode(r0) AS b3 ORDER BY r0.id LIMIT $p0 ' +
        'RETURN [[r0.id], [r0.`id`]] }]]',
      params: { p0: 26 },
    });
  });

  it('only counts when totalCount alone is selected', () => {
    expect(sectors('totalCount')).toStrictEqual({
      cypher: '[n.kind, [COUNT { (n)-[r0:`ACTIVE_IN`]->(o1:`Sector`) }]]',
      params: {},
    });
  });

  it('reads only keys for pageInfo, without the items themselves', () => {
    expect(sectors('pageInfo { hasNextPage }').cypher).toContain('RETURN [[r0.id]] }');
  });

  it('pages what a clause asserts by text position, then id, as the plain list orders it', () => {
    const after = cursorOf(['assertsConnection', 874, 'r-x']);
    expect(
      translate(
        `{ clause(id: "x") { assertsConnection(first: 2, types: [WELCOMES], after: "${after}") { pageInfo { hasNextPage } } } }`,
      ),
    ).toStrictEqual({
      cypher:
        '[n.kind, [COLLECT { CALL (n) { MATCH (a1)-[r0:`WELCOMES`]->(b2) WHERE r0.clauseId = n.id RETURN a1, r0, b2 } ' +
        'WITH a1, r0, b2 WHERE ((r0.start > $p0) OR (r0.start = $p0 AND r0.id > $p1)) ORDER BY r0.start, r0.id LIMIT $p2 RETURN [[r0.start, r0.id]] }]]',
      params: { p0: 874, p1: 'r-x', p2: 3 },
    });
  });

  it('breaks ties of a document’s clause positions by id, and counts distinct signatories', () => {
    const { cypher } = translate(
      '{ document(id: "x") { clausesConnection(first: 5) { edges { node { eId } } } signatoriesConnection { totalCount } } }',
    );
    expect(cypher).toContain(
      'WITH c0 ORDER BY c0.order, c0.id LIMIT $p0 RETURN [[c0.order, c0.id]',
    );
    expect(cypher).toContain(
      '[COUNT { MATCH (n)-[r1:`SIGNED_BY`]->(o2) WITH DISTINCT o2 RETURN 0 AS x }]',
    );
  });

  it('answers a list that can hold nothing without a query part', () => {
    expect(
      translate(
        '{ clause(id: "x") { assertsConnection(types: [PART_OF]) { totalCount edges { cursor } } } }',
      ).cypher,
    ).toBe('[n.kind, [[], 0]]');
  });

  it.each([
    ['garbage', '!!!'],
    ['another field’s cursor', cursorOf(['relationsConnection', 'r-1'])],
    ['a cursor of the wrong shape', cursorOf(['sectorsConnection', 1])],
  ])('refuses %s as a cursor before any query', (_, cursor) => {
    expect(() => sectors('totalCount', `(after: "${cursor}")`)).toThrow(
      expect.objectContaining({ argument: 'after' }),
    );
  });
});

describe('the neighbourhood query', () => {
  it('walks only to the requested depth, with a LIMIT inside each level', () => {
    const depth2 = neighborhoodCypher(2, null, null);
    expect(depth2.match(/CALL \(seen\d/g)).toHaveLength(2);
    expect(depth2.match(/WITH DISTINCT x LIMIT \$limit/g)).toHaveLength(2);
    expect(neighborhoodCypher(1, null, null).match(/CALL \(seen\d/g)).toHaveLength(1);
  });

  it('follows typed relationships through labelled kinds, never type(r) IN a list', () => {
    const cypher = neighborhoodCypher(1, ['MEMBER_OF', 'ACTIVE_IN'], ['Organization']);
    expect(cypher).toContain('MATCH (f)-[:`MEMBER_OF`|`ACTIVE_IN`]-(x:`Organization`)');
    expect(cypher).not.toContain('type(r) IN');
  });

  it('returns only what a drawing needs unless the properties are asked for', () => {
    const drawing = neighborhoodCypher(2, null, null, 'drawing');
    expect(drawing).toContain('[n IN kept | n {.nameJa, .nameEn}] AS nodeProperties');
    expect(drawing).toContain('collect(r {.source, .clauseId, .quote}) AS properties');
    expect(drawing).not.toContain('properties(r)');
    const all = neighborhoodCypher(2, null, null);
    expect(all).toMatch(/collect\(r \{\.\*, .*`evidenceQuotes`: null.*\}\) AS properties/);
    expect(all).toContain('[n IN kept | n {.*, text: null}] AS nodeProperties');
  });

  it('returns the structure alone when neither names nor evidence are asked for', () => {
    const outline = neighborhoodCypher(2, null, null, 'outline');
    expect(outline).toContain('null AS nodeProperties');
    expect(outline).toContain('null AS properties');
    expect(outline).not.toMatch(/nameJa|quote|properties\(r\)/);
  });

  it('answers in columns, one list per field, not one map per node or edge', () => {
    const outline = neighborhoodCypher(2, null, null, 'outline');
    expect(outline).toContain('[n IN kept | n.id] AS nodeIds');
    expect(outline).toContain('ids[..$edgeLimit] AS edgeIds');
    expect(outline).not.toMatch(/collect\(\{/);
  });

  it('names the types it follows even when most are, never the ones left out', () => {
    const allBut = RELATION_TYPE_NAMES.filter((t) => t !== 'PART_OF' && t !== 'MENTIONS');
    const cypher = neighborhoodCypher(1, allBut, null);
    expect(cypher).toContain('`WELCOMES`|');
    expect(cypher).not.toMatch(/PART_OF|MENTIONS|:!/);
  });

  it('cuts the edges in the order of the kept nodes, without sorting every candidate first', () => {
    const cypher = neighborhoodCypher(2, null, null);
    expect(cypher).toContain('WITH a, r, b LIMIT $edgeLimit + 1');
    expect(cypher).not.toContain('ORDER BY r.id');
  });

  it('refuses a depth outside 1..3', () => {
    expect(() => neighborhoodCypher(4, null, null)).toThrow('depth must be 1..3');
  });
});

describe('the shortest-path query', () => {
  it('searches only as many steps as asked, along typed relationships', () => {
    const cypher = shortestPathCypher(2, ['MEMBER_OF', 'ACTIVE_IN']);
    expect(cypher).toContain('ANY SHORTEST (a) (()-[:`MEMBER_OF`|`ACTIVE_IN`]-()){0,2} (b)');
    expect(cypher).not.toMatch(/type\(r\) IN|length\(p\) <=/);
    expect(shortestPathCypher(6, null)).toContain('(()-[]-()){0,6}');
  });

  it('finds only a node’s path to itself when no type may be followed', () => {
    const cypher = shortestPathCypher(4, []);
    expect(cypher).toContain('OPTIONAL MATCH p = (a) WHERE a = b');
    expect(cypher).not.toContain('SHORTEST');
  });

  it('refuses a length outside 1..6', () => {
    expect(() => shortestPathCypher(7, null)).toThrow('path length must be 1..6');
    expect(() => shortestPathCypher(0, null)).toThrow('path length must be 1..6');
  });
});

describe('the organization–sector walk', () => {
  it('walks ACTIVE_IN only as many steps as asked, with nothing to filter afterwards', () => {
    const cypher = organizationSectorGraphCypher(2, false);
    expect(cypher).toContain('ANY SHORTEST (start)-[:ACTIVE_IN]-{0,2}(reached)');
    expect(cypher).not.toContain('length(p) <=');
    expect(organizationSectorGraphCypher(4, false)).toContain('-[:ACTIVE_IN]-{0,4}(reached)');
    expect(() => organizationSectorGraphCypher(5, false)).toThrow('ACTIVE_IN depth must be 1..4');
  });

  it('finds the edges among the nodes it keeps by their types, BROADER only when asked', () => {
    const walk = organizationSectorGraphCypher(2, false);
    expect(walk).toContain('MATCH (a)-[r:`ACTIVE_IN`]->(b) WHERE b IN kept');
    // Without narrower sectors the query neither walks nor returns BROADER.
    expect(walk).not.toContain('BROADER');
    expect(walk).not.toContain('$includeNarrowerSectors');
    expect(organizationSectorGraphCypher(2, true)).toContain(
      'MATCH (a)-[r:`ACTIVE_IN`|`BROADER`]->(b) WHERE b IN kept',
    );
  });

  it('cuts the edges as they stream, without sorting every candidate first', () => {
    expect(organizationSectorGraphCypher(2, true)).not.toContain('ORDER BY r.id');
  });
});

describe('a root list page', () => {
  const page = (after: string | null = null) => {
    const b = new CypherBuilder();
    const cypher = pagedQueryCypher(b, {
      match: 'MATCH (n:`Clause`)',
      carry: 'n',
      sort: [
        { expression: 'n.order', type: 'number', descending: true },
        { expression: 'n.id', type: 'string' },
      ],
      item: value('{id: n.id}'),
      list: 'clauses',
      after,
      extraColumns: '[ref IN $refs WHERE ref IS NULL] AS missing',
      limit: 11,
      withTotalCount: true,
    });
    return { cypher, params: b.params };
  };

  it('comes back a row per item, sorted again outside the subquery, extras computed once', () => {
    const { cypher, params } = page();
    expect(cypher).toBe(
      'CALL () { MATCH (n:`Clause`) RETURN count(*) AS totalCount } ' +
        'WITH totalCount, [ref IN $refs WHERE ref IS NULL] AS missing ' +
        'OPTIONAL CALL () { MATCH (n:`Clause`) WITH n WITH n ORDER BY n.order DESC, n.id LIMIT $p0 ' +
        'RETURN {id: n.id} AS item, [n.order, n.id] AS key } ' +
        'RETURN * ORDER BY key[0] DESC, key[1]',
    );
    expect(params).toStrictEqual({ p0: 11 });
  });

  it('counts an item that several rows bind (a distinct list) once', () => {
    const b = new CypherBuilder();
    const cypher = pagedQueryCypher(b, {
      match: 'MATCH (n:`Clause`), (n)-[:`MENTIONS`]->(:Entity {id: $e})',
      carry: 'n',
      distinct: true,
      sort: [{ expression: 'n.id', type: 'string' }],
      item: value('{id: n.id}'),
      list: 'clauses',
      after: null,
      limit: 11,
      withTotalCount: true,
    });
    expect(cypher).toContain('RETURN count(DISTINCT n) AS totalCount');
    expect(cypher).toContain('WITH DISTINCT n ORDER BY n.id');
  });

  it('starts after a cursor by its keys', () => {
    const first = page();
    expect(first.cypher).not.toContain('WITH n WHERE');
    const { cypher } = page(encodeCursor('clauses', [3, 'c-3']));
    expect(cypher).toContain('WITH n WHERE ((n.order < $p0) OR (n.order = $p0 AND n.id > $p1))');
  });
});
