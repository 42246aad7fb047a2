import {
  INVOLVEMENT_ROLES,
  RELATION_TYPES,
  cameoCodesOf,
  isRelationType,
  type NodeKind,
} from '../vocabulary';
import { annotationSchema, type Annotation, type AnnotatedRelation } from './annotation.schema';
import { CodePointText, codePointLength } from './code-points';

/**
 * Checks an annotation against its statement before anything is written. Every problem names the
 * file, the id, what is wrong and what was expected; all problems are reported at once.
 */

export interface Problem {
  readonly file: string;
  /** The id (or eId) of the offending item, or its JSON path when it has none. */
  readonly id: string;
  readonly message: string;
}

export class AnnotationError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(
      `Annotation refused (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file}: ${p.id}: ${p.message}`).join('\n'),
    );
    this.name = 'AnnotationError';
  }
}

/** Parses and checks; returns the typed annotation or throws AnnotationError. */
export function validateAnnotation(raw: unknown, statement: string, file: string): Annotation {
  return checkAnnotation(raw, statement, file).annotation;
}

/**
 * Like validateAnnotation, and also returns review warnings: what is well-formed but probably
 * incomplete (a government not linked to its state, a programme whose owner the text names but
 * the annotation does not). Warnings never refuse an annotation; a reviewer reads them.
 */
export function checkAnnotation(
  raw: unknown,
  statement: string,
  file: string,
): { annotation: Annotation; warnings: Problem[] } {
  const parsed = annotationSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AnnotationError(
      parsed.error.issues.map((issue) => ({
        file,
        id: describePath(raw, issue.path),
        message: `${issue.message}${describeValue(raw, issue.path)}${issue.path.length ? ` (at ${issue.path.join('.')})` : ''}`,
      })),
    );
  }
  const checker = new Checker(parsed.data, new CodePointText(statement), file);
  const problems = checker.run();
  if (problems.length) throw new AnnotationError(problems);
  return { annotation: parsed.data, warnings: reviewWarnings(parsed.data, file) };
}

/** Names the item an issue is in by its id where it has one: `relations[r-x]` beats `relations.12`. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  if (path.length < 2) return path.map(String).join('.') || '(root)';
  const [list, index] = path;
  const item = (raw as Record<string, unknown[]>)[String(list)]?.[Number(index)] as
    { id?: unknown; eId?: unknown } | undefined;
  const name = item?.id ?? item?.eId;
  return typeof name === 'string' ? name : `${String(list)}[${String(index)}]`;
}

/** `, got "LIKES"` for a refused primitive value, so the message shows what was written. */
function describeValue(raw: unknown, path: readonly PropertyKey[]): string {
  let value: unknown = raw;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return ['string', 'number', 'boolean'].includes(typeof value)
    ? `, got ${JSON.stringify(value)}`
    : '';
}

class Checker {
  private readonly problems: Problem[] = [];
  /** Kind of every id a relation may name: entity ids and clause eIds. */
  private readonly kinds = new Map<string, NodeKind>();
  private readonly clauseSpans = new Map<string, { start: number; end: number }>();

  constructor(
    private readonly annotation: Annotation,
    private readonly text: CodePointText,
    private readonly file: string,
  ) {}

  run(): Problem[] {
    this.checkUniqueIds();
    this.checkStructure();
    this.checkEntities();
    this.checkDocument();
    for (const relation of this.annotation.relations) this.checkRelation(relation);
    return this.problems;
  }

  private problem(id: string, message: string): void {
    this.problems.push({ file: this.file, id, message });
  }

  private checkUniqueIds(): void {
    const seen = new Map<string, string>();
    const claim = (id: string, what: string) => {
      const earlier = seen.get(id);
      if (earlier)
        this.problem(id, `duplicate id: used by ${earlier} and ${what} (expected each id once)`);
      else seen.set(id, what);
    };
    claim(this.annotation.document.id, 'the document');
    for (const s of this.annotation.sections) claim(s.eId, 'a section');
    for (const c of this.annotation.clauses) claim(c.eId, 'a clause');
    for (const e of this.annotation.entities) claim(e.id, `an entity (${e.kind})`);
    for (const r of this.annotation.relations) claim(r.id, `a relation (${r.type})`);
  }

  private checkStructure(): void {
    const sections = new Set(this.annotation.sections.map((s) => s.eId));
    let previousEnd = 0;
    for (const clause of this.annotation.clauses) {
      if (!sections.has(clause.section)) {
        this.problem(
          clause.eId,
          `unknown section "${clause.section}" (expected one of ${[...sections].join(', ')})`,
        );
      } else if (!clause.eId.startsWith(`${clause.section}__`)) {
        this.problem(clause.eId, `eId does not start with its section "${clause.section}__"`);
      }
      const end = clause.start + codePointLength(clause.text);
      const actual = this.text.slice(clause.start, end);
      if (actual !== clause.text) {
        const found = this.text.indexOf(clause.text);
        this.problem(
          clause.eId,
          found < 0
            ? 'text is not verbatim in the statement (expected an exact copy of one paragraph)'
            : `text is not at offset ${clause.start} (it is at ${found})`,
        );
      } else if (clause.start < previousEnd) {
        this.problem(
          clause.eId,
          `clause overlaps or precedes the previous clause (starts at ${clause.start}, expected ≥ ${previousEnd})`,
        );
      }
      previousEnd = Math.max(previousEnd, end);
      this.kinds.set(clause.eId, 'Clause');
      this.clauseSpans.set(clause.eId, { start: clause.start, end });
    }
    for (const section of this.annotation.sections) {
      if (section.headingText && this.text.indexOf(section.headingText) < 0) {
        this.problem(
          section.eId,
          `headingText "${section.headingText}" is not verbatim in the statement`,
        );
      }
    }
  }

  private checkEntities(): void {
    this.kinds.set(this.annotation.document.id, 'Document');
    for (const entity of this.annotation.entities) {
      this.kinds.set(entity.id, entity.kind);
      if (entity.kind === 'CalendarDate') {
        const problem = checkDate(entity.value, entity.precision);
        if (problem) this.problem(entity.id, problem);
      }
    }
    this.checkSectorHierarchy();
  }

  /** `broader` names sectors, and following it never leads back (SKOS broader is acyclic here). */
  private checkSectorHierarchy(): void {
    const broader = new Map<string, readonly string[]>();
    for (const entity of this.annotation.entities) {
      if (entity.kind !== 'Sector' || !entity.broader) continue;
      broader.set(entity.id, entity.broader);
      for (const id of entity.broader) {
        const kind = this.kinds.get(id);
        if (kind !== 'Sector')
          this.problem(
            entity.id,
            `broader "${id}" is ${kind ? `${article(kind)} ${kind}` : 'unknown'} (expected a Sector id)`,
          );
        else if (id === entity.id) this.problem(entity.id, 'broader names the sector itself');
      }
    }
    for (const start of broader.keys()) {
      const seen = new Set<string>();
      const queue = [...(broader.get(start) ?? [])];
      while (queue.length) {
        const next = queue.shift()!;
        if (next === start) {
          this.problem(start, 'broader leads back to the sector itself (expected no cycle)');
          break;
        }
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(...(broader.get(next) ?? []));
      }
    }
  }

  private checkDocument(): void {
    const { document } = this.annotation;
    const expectKind = (id: string, kind: NodeKind, field: string) => {
      const actual = this.kinds.get(id);
      if (actual !== kind) {
        this.problem(
          document.id,
          `${field} "${id}" is ${actual ? `a ${actual}` : 'unknown'} (expected a ${kind} id)`,
        );
      }
    };
    expectKind(document.signedOn, 'CalendarDate', 'signedOn');
    expectKind(document.signedAt, 'Place', 'signedAt');
    for (const id of document.signatories) expectKind(id, 'Person', 'signatories');
    for (const id of document.parties) expectKind(id, 'State', 'parties');
  }

  private checkRelation(relation: AnnotatedRelation): void {
    if (!isRelationType(relation.type)) return; // zod already refused it
    const info = RELATION_TYPES[relation.type];
    const fromIds = Array.isArray(relation.from) ? relation.from : [relation.from];
    if (new Set(fromIds).size !== fromIds.length) {
      this.problem(
        relation.id,
        `from names a party twice (${fromIds.join(', ')}); expected distinct ids`,
      );
    }
    for (const id of fromIds) this.checkEnd(relation, id, 'from', info.from);
    // A clause's own relations (MENTIONS, REFERENCES) are evidenced by its own words.
    for (const id of fromIds) {
      if (this.kinds.get(id) === 'Clause' && relation.evidence.clause !== id) {
        this.problem(
          relation.id,
          `evidence is in clause ${relation.evidence.clause} but the relation starts at clause ${id} (expected its own words)`,
        );
      }
    }
    this.checkEnd(relation, relation.to, 'to', info.to);
    if (relation.cameo !== undefined) {
      const allowed = cameoCodesOf(relation.type);
      if (!allowed.includes(relation.cameo)) {
        this.problem(
          relation.id,
          allowed.length
            ? `CAMEO ${relation.cameo} is not a code for ${relation.type} (expected one of ${allowed.join(', ')})`
            : `${relation.type} takes no CAMEO code (got ${relation.cameo})`,
        );
      }
    }
    const basis = relation.qualifiers?.basis;
    if (basis !== undefined && (typeof basis !== 'string' || !this.kinds.has(basis))) {
      this.problem(
        relation.id,
        `qualifiers.basis ${JSON.stringify(basis)} is not a known entity id (expected the premise the act rests on)`,
      );
    }
    if (relation.type === 'INVOLVES') {
      const role = relation.qualifiers?.role;
      if (typeof role !== 'string' || !(INVOLVEMENT_ROLES as readonly string[]).includes(role)) {
        this.problem(
          relation.id,
          `INVOLVES needs qualifiers.role, one of ${INVOLVEMENT_ROLES.join(', ')} (got ${JSON.stringify(role)})`,
        );
      }
    }
    if (!info.evidenced) {
      this.problem(
        relation.id,
        `${relation.type} is not read from a quote and must not be annotated (PART_OF comes from the layout, BROADER from a Sector's broader list)`,
      );
    }
    this.checkEvidence(relation);
  }

  private checkEnd(
    relation: AnnotatedRelation,
    id: string,
    end: 'from' | 'to',
    allowed: readonly NodeKind[] | 'any',
  ): void {
    const kind = this.kinds.get(id);
    if (!kind) {
      this.problem(relation.id, `${end} "${id}" is not a known entity id or clause eId`);
    } else if (allowed !== 'any' && !allowed.includes(kind)) {
      this.problem(
        relation.id,
        `${relation.type} cannot ${end === 'from' ? 'start at' : 'end at'} ${article(kind)} ${kind} ("${id}"); expected ${allowed.join(' or ')}`,
      );
    } else if (allowed === 'any' && kind === 'Clause' && end === 'to') {
      this.problem(relation.id, `${relation.type} cannot end at a clause ("${id}")`);
    }
  }

  private checkEvidence(relation: AnnotatedRelation): void {
    const { evidence } = relation;
    const where = `${relation.id}`;
    const span = this.clauseSpans.get(evidence.clause);
    if (!span) {
      this.problem(where, `evidence.clause "${evidence.clause}" is not a clause eId`);
      return;
    }
    const actual = this.text.slice(evidence.start, evidence.end);
    if (
      evidence.end - evidence.start !== codePointLength(evidence.exact) ||
      actual !== evidence.exact
    ) {
      this.problem(
        where,
        `evidence.exact "${evidence.exact}" is not at ${evidence.start}–${evidence.end} (the text there is "${actual}")`,
      );
      return;
    }
    if (evidence.start < span.start || evidence.end > span.end) {
      this.problem(
        where,
        `evidence ${evidence.start}–${evidence.end} is outside clause ${evidence.clause} (${span.start}–${span.end})`,
      );
    }
    const prefixLength = codePointLength(evidence.prefix);
    const prefix = this.text.slice(evidence.start - prefixLength, evidence.start);
    if (prefix !== evidence.prefix) {
      this.problem(
        where,
        `evidence.prefix "${evidence.prefix}" does not precede the quote (the text there is "${prefix}")`,
      );
    }
    const suffix = this.text.slice(evidence.end, evidence.end + codePointLength(evidence.suffix));
    if (suffix !== evidence.suffix) {
      this.problem(
        where,
        `evidence.suffix "${evidence.suffix}" does not follow the quote (the text there is "${suffix}")`,
      );
    }
  }
}

function article(word: string): 'a' | 'an' {
  return /^[AEIOU]/i.test(word) ? 'an' : 'a';
}

const DATE_FORMATS = {
  year: /^(\d{4})$/,
  month: /^(\d{4})-(\d{2})$/,
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
} as const;

/** A problem with an ISO value at a precision, or undefined when it is a real date. */
export function checkDate(value: string, precision: keyof typeof DATE_FORMATS): string | undefined {
  const match = DATE_FORMATS[precision].exec(value);
  const expected = { year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD' }[precision];
  if (!match) return `date "${value}" does not match precision ${precision} (expected ${expected})`;
  const [, year, month = '01', day = '01'] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const valid =
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day);
  return valid
    ? undefined
    : `date "${value}" is not a calendar date (expected ${expected} with a real month and day)`;
}

/** Organization types that belong to something larger, and the relation that says so. */
const BELONGS_BY: Record<string, 'GOVERNMENT_OF' | 'ORGAN_OF'> = {
  government: 'GOVERNMENT_OF',
  ministry: 'ORGAN_OF',
  international_organ: 'ORGAN_OF',
};

/**
 * Review warnings for an annotation that passed validation: things a reviewer should look at
 * because the text says more than the graph does.
 */
export function reviewWarnings(annotation: Annotation, file: string): Problem[] {
  const warnings: Problem[] = [];
  const warn = (id: string, message: string) => warnings.push({ file, id, message });
  const outgoing = new Map<string, Set<string>>();
  const incoming = new Map<string, Set<string>>();
  for (const r of annotation.relations) {
    for (const from of Array.isArray(r.from) ? r.from : [r.from]) {
      if (!outgoing.has(from)) outgoing.set(from, new Set());
      outgoing.get(from)!.add(r.type);
    }
    if (!incoming.has(r.to)) incoming.set(r.to, new Set());
    incoming.get(r.to)!.add(r.type);
  }
  for (const entity of annotation.entities) {
    if (entity.kind !== 'Organization') continue;
    const needed = BELONGS_BY[entity.organizationType];
    if (needed && !outgoing.get(entity.id)?.has(needed)) {
      warn(
        entity.id,
        `a ${entity.organizationType} with no ${needed} (expected the ${needed === 'GOVERNMENT_OF' ? 'state it governs' : 'government or organization it belongs to'})`,
      );
    }
  }
  const owners = annotation.entities.filter(
    (e) => e.kind === 'State' || e.kind === 'Person' || e.kind === 'Organization',
  );
  const ownerNames = owners.flatMap((o) =>
    [o.name.ja, ...o.aliases, ...(o.kind === 'Person' ? [o.office.ja] : [])]
      .filter((n) => n.length >= 2)
      .map((name) => ({ id: o.id, name })),
  );
  for (const entity of annotation.entities) {
    const owned =
      entity.kind === 'Programme' ||
      (entity.kind === 'Document' && entity.documentType === 'strategy');
    if (!owned || incoming.get(entity.id)?.has('RUNS')) continue;
    const owner = namedOwner(annotation, entity, ownerNames);
    if (owner)
      warn(
        entity.id,
        `the text names its owner ("${owner.text}") but no RUNS relation links ${owner.id} to it`,
      );
  }
  return warnings;
}

/** An owner the text names right before the programme: 「<owner>の<programme>」. */
function namedOwner(
  annotation: Annotation,
  entity: Annotation['entities'][number],
  ownerNames: ReadonlyArray<{ id: string; name: string }>,
): { id: string; text: string } | undefined {
  const names = [entity.name.ja, ...entity.aliases].filter((n) => n.length >= 2);
  for (const clause of annotation.clauses) {
    for (const name of names) {
      for (let at = clause.text.indexOf(name); at >= 0; at = clause.text.indexOf(name, at + 1)) {
        const before = clause.text.slice(0, at).replace(/「$/, '');
        const owner = ownerNames.find((o) => before.endsWith(`${o.name}の`));
        if (owner) return { id: owner.id, text: `${owner.name}の${name}` };
      }
    }
  }
  return undefined;
}
