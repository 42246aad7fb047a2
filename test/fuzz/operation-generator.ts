import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Random GraphQL operations from a schema, reproducible from a seed: random selections (with
 * inline fragments on interfaces), arguments at and past their bounds, garbage cursors, long
 * and astral strings, Lucene and Cypher syntax in text. Most operations are valid; many are
 * meant to be refused. Nothing here knows the API beyond its schema and a few real ids.
 */

/** mulberry32: a small, fast, seedable PRNG (not for cryptography). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const b64 = (text: string) => Buffer.from(text).toString('base64url');

/** Ids that exist, so that generated operations reach the database and not just null. */
const REAL_IDS = [
  'japan',
  'kazakhstan',
  'jogmec',
  'osce',
  'uranium',
  'jp-kz-2006',
  'js-1994-04-07',
  'jp-kz-2006#preamble__para_2',
  'jp-kz-2006#sec_2__para_3',
  'date:2005-11',
  'astana',
];

const HOSTILE_TEXT = [
  '',
  ' ',
  'ウラン',
  'uranium',
  '𠮷野家 😀 𝐀',
  '\u0000\u0001\u001f',
  '\ud800',
  'a'.repeat(5_000),
  'ウ'.repeat(3_000),
  Array.from({ length: 1_500 }, (_, i) => `w${i}`).join(' '),
  'title:(uranium OR oil)~2^3',
  '*',
  '?',
  '\\',
  'AND OR NOT',
  '"unterminated',
  '[a TO }',
  '/regex.*/',
  "') RETURN 1 //",
  'MATCH (n) DETACH DELETE n',
  '$param',
  '`x`',
  '{}',
  '%00%ff',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'date:2006',
  '2006-08-28',
  '2006-02-30',
  '9999',
  '-1',
];

const CURSORS = [
  b64('offset:0'),
  b64('offset:5'),
  b64('offset:-1'),
  b64('offset:1e21'),
  b64('offset:99999999999999999999'),
  b64('offset:NaN'),
  b64('offset:1.5'),
  b64('anything'),
  'not-a-cursor',
  '====',
  '',
  b64('\u0000'),
  b64('key:' + 'x'.repeat(500)),
];

const INTS = [
  0, 1, 2, 3, 4, 5, 6, 7, 20, 25, 99, 100, 101, 200, 1000, 1001, 4999, 5000, 5001, -1, -2147483648,
  2147483647,
];

export interface GeneratorOptions {
  /** Deepest field nesting; the API refuses past 10. */
  readonly maxDepth?: number;
}

export class OperationGenerator {
  private readonly random: () => number;
  private readonly maxDepth: number;

  constructor(
    private readonly schema: GraphQLSchema,
    seed: number,
    options: GeneratorOptions = {},
  ) {
    this.random = seededRandom(seed);
    this.maxDepth = options.maxDepth ?? 5;
  }

  /** One operation text. */
  next(): string {
    const query = this.schema.getQueryType()!;
    const fields = Object.values(query.getFields());
    // Subgraph fields run one at a time (the heavy queue): drawn a quarter as often, so a run
    // spends its time on every field rather than waiting in that queue.
    const light = fields.filter((field) => getNamedType(field.type).name !== 'Subgraph');
    const count = 1 + this.int(3);
    const selections = Array.from({ length: count }, (_, i) => {
      const field = this.random() < 0.25 ? this.pick(fields) : this.pick(light);
      return `f${i}: ${this.field(field, 1)}`;
    });
    const kind = this.random() < 0.02 ? 'mutation' : 'query';
    return `${kind} Fuzz { ${selections.join(' ')} }`;
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const args = field.args
      .filter((arg) => isNonNullType(arg.type) || this.random() < 0.5)
      .map((arg) => `${arg.name}: ${this.value(arg, arg.type, 0)}`);
    const head = args.length > 0 ? `${field.name}(${args.join(', ')})` : field.name;
    const named = getNamedType(field.type);
    if (isLeafType(named)) return head;
    return `${head} { ${this.selection(named, depth + 1)} }`;
  }

  private selection(type: GraphQLNamedType, depth: number): string {
    const parts: string[] = [];
    if (isObjectType(type) || isInterfaceType(type)) {
      const fields = Object.values(type.getFields());
      const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
      const wanted = 1 + this.int(4);
      for (let i = 0; i < wanted; i++) {
        const candidates = depth >= this.maxDepth ? leaves : fields;
        if (candidates.length === 0) break;
        const field = this.pick(candidates);
        parts.push(`${this.random() < 0.2 ? `x${i}: ` : ''}${this.field(field, depth)}`);
      }
    }
    if (isAbstractType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      const spread = this.pick(possible);
      if (depth < this.maxDepth)
        parts.push(`... on ${spread.name} { ${this.selection(spread, depth)} }`);
    }
    parts.push('__typename');
    return [...new Set(parts)].join(' ');
  }

  private value(
    arg: GraphQLArgument | { name: string },
    type: GraphQLInputType,
    depth: number,
  ): string {
    if (!isNonNullType(type) && this.random() < 0.05) return 'null';
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const items = this.int(4);
      return `[${Array.from({ length: items }, () => this.value(arg, nullable.ofType, depth + 1)).join(', ')}]`;
    }
    if (isEnumType(nullable)) {
      return this.random() < 0.03 ? 'NOT_A_VALUE' : this.pick(nullable.getValues()).name;
    }
    if (isInputObjectType(nullable)) {
      const fields = Object.values(nullable.getFields()).filter(
        (f) => isNonNullType(f.type) || this.random() < 0.5,
      );
      return `{ ${fields.map((f) => `${f.name}: ${this.value(f, f.type, depth + 1)}`).join(', ')} }`;
    }
    switch (nullable.name) {
      case 'Int':
        return String(this.pick(INTS));
      case 'Float':
        return String(this.pick([0, 0.5, -1, 1e308]));
      case 'Boolean':
        return this.random() < 0.5 ? 'true' : 'false';
      default:
        return JSON.stringify(this.text(arg.name));
    }
  }

  private text(argument: string): string {
    if (argument === 'after' || argument === 'before') return this.pick(CURSORS);
    const roll = this.random();
    if (argument !== 'text' && roll < 0.6) return this.pick(REAL_IDS);
    return this.pick(HOSTILE_TEXT);
  }

  private int(below: number): number {
    return Math.floor(this.random() * below);
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}
