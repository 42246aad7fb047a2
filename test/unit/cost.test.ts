import fs from 'node:fs';
import path from 'node:path';
import { parse, validate, specifiedRules, type GraphQLSchema } from 'graphql';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { validationRules } from '../../src/graphql/limits';
import { HeavyQueue } from '../../src/graphql/rules/heavy-queue';
import { measureComplexity, measureResponseBytes } from '../../src/graphql/rules/max-complexity';
import { EXPORT_BYTES_PER_ELEMENT, LONG_TEXT_FIELDS } from '../../src/graphql/rules/cost-units';
import { OPERATION_LIMITS, RESPONSE_LIMITS, SUBGRAPH_LIMITS } from '../../src/limits';

/**
 * The cost model on the API's own schema: what a subgraph and its exports can return, aliases
 * adding up, the response-size budget, and the documented queries within every limit.
 */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGraphQLSchema();
});

const check = (query: string) => ({
  schema,
  document: parse(query),
  defaultFirst: OPERATION_LIMITS.defaultFirst,
});
const values = (query: string) => measureComplexity(check(query))!;
const bytes = (query: string) => measureResponseBytes(check(query))!;
const withinLimits = (query: string) =>
  values(query) <= OPERATION_LIMITS.complexity && bytes(query) <= RESPONSE_LIMITS.budgetBytes;

const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('the cost of subgraphs and their exports', () => {
  const { default: nodes } = SUBGRAPH_LIMITS.graphLimit;
  const elements = nodes + nodes * 5;

  it('costs an export the nodes and edges the subgraph can hold, five values each', () => {
    expect(values('{ graph { graphml } }')).toBe(1 + 1 + elements * 5);
  });

  it('costs each export format selected', () => {
    const one = values('{ graph { gexf } }');
    expect(values('{ graph { gexf graphml cytoscape } }') - one).toBe(2 * (1 + elements * 5));
  });

  it('costs nodes and edges by the node limit and the edges it allows', () => {
    expect(values('{ graph(limit: 10) { nodes { id } edges { id } } }')).toBe(
      1 + (1 + 10 * 2) + (1 + 50 * 2),
    );
  });

  it('costs a path by its length', () => {
    expect(values('{ path(from: "a", to: "b", maxLength: 2) { nodes { id } } }')).toBe(
      1 + 1 + 3 * 2,
    );
  });

  it('adds up aliases of a subgraph', () => {
    const one = values('{ a0: graph(limit: 100) { cytoscape } }');
    expect(values(aliased(7, 'graph(limit: 100) { cytoscape }'))).toBe(7 * one);
  });

  it('refuses the amplification attack: 30 aliases of the largest graph in every format', () => {
    const attack = aliased(30, 'graph(limit: 5000) { cytoscape graphml gexf }');
    expect(values(attack)).toBe(30 * (1 + 3 * (1 + 30_000 * 5)));
    expect(values(attack)).toBeGreaterThan(30 * OPERATION_LIMITS.complexity);
    expect(bytes(attack)).toBeGreaterThan(50 * RESPONSE_LIMITS.budgetBytes);
  });

  it('fits the largest graph in one format in the budget, not in three', () => {
    expect(withinLimits('{ graph(limit: 5000) { graphml } }')).toBe(true);
    expect(bytes('{ graph(limit: 5000) { cytoscape graphml gexf } }')).toBeGreaterThan(
      RESPONSE_LIMITS.budgetBytes,
    );
  });

  it('lets the default graph through with every field, or in every format', () => {
    const everyField = `{ graph { truncated
      nodes { id kind label name { ja en } properties }
      edges { id type source target label documentId properties evidence { clauseId quote } } } }`;
    expect(withinLimits(everyField)).toBe(true);
    expect(withinLimits('{ graph { cytoscape graphml gexf csv { nodes relationships } } }')).toBe(
      true,
    );
  });
});

describe('the cost of CSV and of a document’s text', () => {
  const { default: nodes } = SUBGRAPH_LIMITS.graphLimit;
  const elements = nodes + nodes * 5;

  it('costs csv like any export: five values and its measured bytes per node and edge', () => {
    const bare = '{ graph { truncated } }';
    // The csv object, its two strings, and the elements of both files.
    expect(values('{ graph { truncated csv { nodes relationships } } }') - values(bare)).toBe(
      1 + 2 + elements * 5,
    );
    expect(bytes('{ graph { truncated csv { nodes relationships } } }') - bytes(bare)).toBe(
      16 + 2 * 80 + elements * EXPORT_BYTES_PER_ELEMENT.csv!,
    );
  });

  it('prices both CSV files whichever is selected', () => {
    expect(values('{ graph { csv { nodes } } }')).toBe(
      values('{ graph { csv { relationships } } }'),
    );
  });

  it('costs a document’s text what its longest can be, not a typical string', () => {
    const text = LONG_TEXT_FIELDS['Document.text']!;
    const name = bytes('{ document(id: "d") { language } }');
    expect(bytes('{ document(id: "d") { text } }') - name).toBe(text - 80);
    expect(
      values('{ document(id: "d") { text } }') - values('{ document(id: "d") { language } }'),
    ).toBe(Math.ceil(text / 80) - 1);
  });

  it('refuses a page of documents with their texts many times over', () => {
    const texts = aliased(30, 'documents(first: 100) { edges { node { text } } }');
    expect(bytes(texts)).toBeGreaterThan(RESPONSE_LIMITS.budgetBytes);
    expect(withinLimits('{ documents(first: 100) { edges { node { text } } } }')).toBe(true);
  });

  it('fits the largest graph as CSV, not with GraphML and GEXF beside it', () => {
    expect(withinLimits('{ graph(limit: 5000) { csv { nodes relationships } } }')).toBe(true);
    expect(
      bytes('{ graph(limit: 5000) { graphml gexf csv { nodes relationships } } }'),
    ).toBeGreaterThan(RESPONSE_LIMITS.budgetBytes);
  });
});

describe('limits and defaults agree', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

  it('finds the README examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((example, i) => [i + 1, example]))(
    'runs README example %i with its default page sizes',
    (_n, example) => {
      expect(values(example as string)).toBeLessThanOrEqual(OPERATION_LIMITS.complexity);
      expect(bytes(example as string)).toBeLessThanOrEqual(RESPONSE_LIMITS.budgetBytes);
    },
  );

  it('runs three nested lists at their default page sizes', () => {
    const traversal = `{ organizations { totalCount edges { node { id name { ja en }
      sectors { to { id ... on Sector { organizations { from { id } evidence { quote } } } } evidence { quote clauseId } } } } } }`;
    expect(withinLimits(traversal)).toBe(true);
  });
});

describe('operation types', () => {
  it('refuses a mutation on this read-only API as a validation error that says so', () => {
    const errors = validate(schema, parse('mutation { __typename }'), [
      ...specifiedRules,
      ...validationRules(),
    ]);
    expect(errors.map((error) => error.message)).toEqual([
      'This API has no mutation operations: it is read-only, use a query',
    ]);
  });

  it('refuses a subscription the same way', () => {
    const errors = validate(schema, parse('subscription { __typename }'), validationRules());
    expect(errors.map((error) => error.message)).toEqual([
      'This API has no subscription operations: it is read-only, use a query',
    ]);
  });
});

describe('the heavy queue', () => {
  const LENDABLE = true;

  it('lets `concurrency` operations hold a slot and queues the next', async () => {
    const queue = new HeavyQueue(2);
    const first = await queue.acquire(1_000);
    const second = await queue.acquire(1_000);
    const third = queue.acquire(5_000);
    expect(queue.state).toStrictEqual({ running: 2, waiting: 1 });
    (first as () => void)();
    const granted = await third;
    expect(typeof granted).toBe('function');
    expect(queue.state).toStrictEqual({ running: 2, waiting: 0 });
    (second as () => void)();
    (granted as () => void)();
    expect(queue.state).toStrictEqual({ running: 0, waiting: 0 });
  });

  it('gives up at the deadline without holding a slot', async () => {
    const queue = new HeavyQueue(1);
    const held = await queue.acquire(1_000);
    expect(await queue.acquire(20)).toBe(false);
    expect(queue.state).toStrictEqual({ running: 1, waiting: 0 });
    (held as () => void)();
  });

  it('rests a slot held for t ms for t × (1 / share − 1) ms before giving it again, while a light operation is in flight', async () => {
    const queue = new HeavyQueue(1, 0.5);
    const lightDone = queue.light();
    const release = (await queue.acquire(1_000)) as () => void;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const releasedAt = performance.now();
    release();
    expect(queue.state).toStrictEqual({ running: 1, waiting: 0 });
    const next = (await queue.acquire(5_000)) as () => void;
    // Held ~100 ms at a share of one half: ~100 ms of rest (timers may fire a little early).
    expect(performance.now() - releasedAt).toBeGreaterThanOrEqual(90);
    next();
    lightDone();
  });

  it('gives a slot again at once when no light operation is in flight: a rest would help nobody', async () => {
    const queue = new HeavyQueue(1, 0.5);
    queue.light()(); // one came and went before the heavy operation ended
    const release = (await queue.acquire(1_000)) as () => void;
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    expect(queue.state).toStrictEqual({ running: 0, waiting: 0 });
  });

  it('ends a rest when the last light operation in flight ends', async () => {
    const queue = new HeavyQueue(1, 0.01);
    const first = queue.light();
    const second = queue.light();
    const release = (await queue.acquire(1_000)) as () => void;
    await new Promise((resolve) => setTimeout(resolve, 50));
    release(); // at a share of 1 %: ~5 s of rest
    const next = queue.acquire(10_000);
    first();
    expect(queue.state).toStrictEqual({ running: 1, waiting: 1 });
    second();
    expect(typeof (await next)).toBe('function');
    second(); // a second call changes nothing
    expect(queue.state).toStrictEqual({ running: 1, waiting: 0 });
  });

  it('shortens the rest to half the time the next operation in line has left', async () => {
    const queue = new HeavyQueue(1, 0.01);
    const lightDone = queue.light();
    const release = (await queue.acquire(1_000)) as () => void;
    await new Promise((resolve) => setTimeout(resolve, 50));
    // At a share of 1 %, 50 ms held would rest ~5 s; the next one gives up after 400 ms.
    const next = queue.acquire(400);
    const releasedAt = performance.now();
    release();
    const granted = await next;
    expect(typeof granted).toBe('function');
    expect(performance.now() - releasedAt).toBeLessThan(350);
    // …and it was a rest: the slot was not given at once.
    expect(performance.now() - releasedAt).toBeGreaterThanOrEqual(150);
    (granted as () => void)();
    lightDone();
  });

  it('gives a slot again at once when its share is whole', async () => {
    const queue = new HeavyQueue(1);
    const release = (await queue.acquire(1_000)) as () => void;
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    expect(queue.state).toStrictEqual({ running: 0, waiting: 0 });
  });

  /** One slot of its own and one lent (quiet after 50 ms): two lendable holders, a third waiting. */
  async function twoHeldOneWaiting() {
    const queue = new HeavyQueue(1, 1, 2, 50);
    const first = (await queue.acquire(1_000, LENDABLE)) as () => void;
    const second = (await queue.acquire(1_000, LENDABLE)) as () => void;
    const third = queue.acquire(5_000, LENDABLE);
    return { queue, first, second, third };
  }

  it('lends slots up to idleConcurrency to lendable operations while no light operation has been in flight', async () => {
    const { queue, first, second, third } = await twoHeldOneWaiting();
    expect(queue.state).toStrictEqual({ running: 2, waiting: 1 });
    first();
    const granted = (await third) as () => void;
    expect(queue.state).toStrictEqual({ running: 2, waiting: 0 });
    second();
    granted();
  });

  it('starts no more than `concurrency` while a light operation is in flight', async () => {
    const queue = new HeavyQueue(1, 1, 2, 50);
    const lightDone = queue.light();
    const first = (await queue.acquire(1_000, LENDABLE)) as () => void;
    const second = queue.acquire(5_000, LENDABLE);
    expect(queue.state).toStrictEqual({ running: 1, waiting: 1 });
    const lightEndedAt = performance.now();
    lightDone();
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Not quiet yet: a slot is lent only when no light operation has ended for quietMs.
    expect(queue.state).toStrictEqual({ running: 1, waiting: 1 });
    const granted = (await second) as () => void;
    expect(performance.now() - lightEndedAt).toBeGreaterThanOrEqual(45);
    expect(queue.state).toStrictEqual({ running: 2, waiting: 0 });
    first();
    granted();
  });

  it('gives a freed lent slot to nobody once a light operation is in flight again', async () => {
    const { queue, first, second, third } = await twoHeldOneWaiting();
    const lightDone = queue.light();
    first();
    expect(queue.state).toStrictEqual({ running: 1, waiting: 1 });
    second();
    const granted = (await third) as () => void;
    expect(queue.state).toStrictEqual({ running: 1, waiting: 0 });
    granted();
    lightDone();
  });

  it('lends no slot to an operation that is not lendable (a long export)', async () => {
    const queue = new HeavyQueue(1, 1, 2, 50);
    const lent = (await queue.acquire(1_000, LENDABLE)) as () => void;
    const long = queue.acquire(5_000);
    // The long one waits for a slot of its own; a short one after it takes the other lent slot.
    expect(queue.state).toStrictEqual({ running: 1, waiting: 1 });
    const short = (await queue.acquire(5_000, LENDABLE)) as () => void;
    expect(queue.state).toStrictEqual({ running: 2, waiting: 1 });
    short();
    expect(queue.state).toStrictEqual({ running: 1, waiting: 1 });
    lent();
    const longGranted = (await long) as () => void;
    expect(queue.state).toStrictEqual({ running: 1, waiting: 0 });
    longGranted();
  });

  it('refuses idleConcurrency below concurrency', () => {
    expect(() => new HeavyQueue(2, 1, 1)).toThrow(RangeError);
  });

  it('refuses a share outside (0, 1]', () => {
    expect(() => new HeavyQueue(1, 0)).toThrow(RangeError);
    expect(() => new HeavyQueue(1, 1.5)).toThrow(RangeError);
  });

  it('releases a slot once however often release is called', async () => {
    const queue = new HeavyQueue(1);
    const release = (await queue.acquire(1_000)) as () => void;
    release();
    release();
    expect(queue.state).toStrictEqual({ running: 0, waiting: 0 });
  });
});
