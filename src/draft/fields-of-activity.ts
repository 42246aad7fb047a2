import type { ClauseMention, DraftedLink } from './clause-mention';

/**
 * ACTIVE_IN and CONCERNS from the phrases joint statements tie a body or a text to its fields with:
 * - 「A、B及びC分野における X、Y及びZ(の関与)」: each organization X, Y, Z named right after
 *   分野における is active in each field of the enumeration before it; a programme named there
 *   concerns them (the vocabulary keeps ACTIVE_IN for those who act);
 * - 「A及びBを目的とし、… X」: the body X the sentence goes on to name is active in its aims;
 * - a programme named for a field concerns it (国際教育プログラム「ボラシャク」: education);
 * - 「Aに関する X」: the document, event, programme or issue X is about what A names;
 * - 「Dに盛り込まれた A、B…」: the document D concerns the items listed after it;
 * - an issue named after a site, region or body it is about (朝鮮半島問題, アジア地域情勢), a
 *   document or meeting named for its field (技術協力協定, アジア防災会議).
 * Spans are UTF-16 offsets local to the clause.
 */

const ACTORS = new Set(['Organization', 'Programme']);
const SUBJECTS = new Set(['Document', 'Event', 'Programme', 'Issue', 'Organization']);
const JOINER = /^(?:、|及び|並びに|および|と)$/;

/** Start of the phrase that ends at `at`: after the last case particle, comma or sentence end. */
function phraseStart(clause: string, at: number, stop = /[、。をがは]/): number {
  let i = at - 1;
  while (i >= 0 && !stop.test(clause[i]!)) i -= 1;
  return i + 1;
}

const within = (mentions: readonly ClauseMention[], a: number, b: number, kinds: Set<string>) =>
  mentions.filter((m) => m.start >= a && m.end <= b && kinds.has(m.kind));

/** Mentions of `kinds` coordinated from `at` on (X、Y及びZ), modifiers like 日本の kept with them. */
function coordinatedFrom(
  clause: string,
  at: number,
  mentions: readonly ClauseMention[],
  kinds: Set<string>,
): ClauseMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ClauseMention[] = [];
  let cursor = at;
  for (const m of sorted) {
    if (m.start < cursor) continue;
    const gap = clause.slice(cursor, m.start);
    if (out.length === 0 ? gap.length > 0 : !JOINER.test(gap)) break;
    if (!kinds.has(m.kind)) break;
    out.push(m);
    cursor = m.end;
  }
  return out;
}

const SECTOR = new Set(['Sector']);
const ABOUT = new Set(['Sector', 'Issue', 'Organization', 'Programme', 'Place', 'Document']);

/** The fields of activity a clause names, by relation: organizations' ACTIVE_IN, programmes' CONCERNS. */
export function fieldsOfActivity(
  clause: string,
  mentions: readonly ClauseMention[],
  sectorsNamedIn: (name: string) => string[],
): { readonly activeIn: DraftedLink[]; readonly concerns: DraftedLink[] } {
  const kindOf = new Map(mentions.map((m) => [m.entityId, m.kind]));
  const links = fieldLinks(clause, mentions, sectorsNamedIn);
  return {
    activeIn: links.filter((l) => kindOf.get(l.from) !== 'Programme'),
    concerns: links.filter((l) => kindOf.get(l.from) === 'Programme'),
  };
}

/** A body or programme and the fields the clause ties it to, whatever the relation's type. */
function fieldLinks(
  clause: string,
  mentions: readonly ClauseMention[],
  sectorsNamedIn: (name: string) => string[],
): DraftedLink[] {
  const out: DraftedLink[] = [];
  for (const m of clause.matchAll(/分野における/g)) {
    const fields = within(mentions, phraseStart(clause, m.index, /[。をがは]/), m.index, SECTOR);
    const bodies = coordinatedFrom(clause, m.index + m[0].length, mentions, ACTORS);
    for (const body of bodies)
      for (const field of fields)
        out.push({
          from: body.entityId,
          to: field.entityId,
          start: Math.min(field.start, body.start),
          end: Math.max(field.end, body.end),
          rule: 'fields-before-分野における',
          confidence: 0.6,
        });
  }
  for (const m of clause.matchAll(/を目的と(?:し|する)/g)) {
    const aims = within(mentions, phraseStart(clause, m.index, /[。をがは]/), m.index, SECTOR);
    const sentenceEnd = clause.indexOf('。', m.index);
    const body = mentions
      .filter(
        (x) =>
          x.kind === 'Organization' &&
          x.start > m.index &&
          (sentenceEnd < 0 || x.start < sentenceEnd),
      )
      .sort((a, b) => a.start - b.start)[0];
    if (!body) continue;
    for (const aim of aims)
      out.push({
        from: body.entityId,
        to: aim.entityId,
        start: aim.start,
        end: body.end,
        rule: 'aims-を目的とし',
        confidence: 0.5,
      });
  }
  for (const programme of mentions.filter((x) => x.kind === 'Programme')) {
    for (const sector of sectorsNamedIn(clause.slice(programme.start, programme.end)))
      out.push({
        from: programme.entityId,
        to: sector,
        start: programme.start,
        end: programme.end,
        rule: 'programme-named-for-field',
        confidence: 0.5,
      });
  }
  return out;
}

/**
 * `knownIn(name)`: ids of the known entities (of the given kinds) a name contains: a document or
 * meeting named for its field (技術協力協定, アジア防災会議), an issue named for a region
 * (アジア地域情勢).
 */
export function concerns(
  clause: string,
  mentions: readonly ClauseMention[],
  knownIn: (name: string, kinds: readonly string[]) => string[],
): DraftedLink[] {
  const out: DraftedLink[] = [];
  const link = (
    from: ClauseMention,
    to: ClauseMention,
    start: number,
    end: number,
    rule: string,
  ) => {
    if (from.entityId !== to.entityId)
      out.push({ from: from.entityId, to: to.entityId, start, end, rule, confidence: 0.5 });
  };
  for (const m of clause.matchAll(/に関する/g)) {
    const after = m.index + m[0].length;
    // What the phrase is about: the name right after it, or a title the phrase sits inside.
    const container = mentions
      .filter((x) => x.kind === 'Document' && x.start < m.index && x.end > after)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    const subject =
      container ??
      mentions
        .filter((x) => SUBJECTS.has(x.kind) && x.start >= after && x.start <= after + 1)
        .sort((a, b) => b.end - a.end)[0];
    if (!subject) continue;
    const from = Math.max(phraseStart(clause, m.index), container?.start ?? 0);
    for (const about of within(mentions, from, m.index, ABOUT))
      link(subject, about, about.start, container ? container.end : subject.end, 'に関する');
  }
  for (const m of clause.matchAll(/に(?:盛り込まれた|含まれる|規定された|掲げられた)/g)) {
    const document = mentions.find((x) => x.kind === 'Document' && x.end === m.index);
    if (!document) continue;
    const rest = clause.slice(m.index + m[0].length);
    const stop = /分野|[をがは。]|に/.exec(rest);
    const end = m.index + m[0].length + (stop ? stop.index : rest.length);
    for (const item of within(mentions, m.index, end, new Set(['Sector', 'Issue'])))
      link(document, item, document.start, item.end, 'listed-in-document');
  }
  for (const named of mentions) {
    const kinds =
      named.kind === 'Issue'
        ? ['Place', 'Organization']
        : named.kind === 'Document' || named.kind === 'Event'
          ? ['Sector']
          : [];
    if (kinds.length === 0) continue;
    for (const id of knownIn(clause.slice(named.start, named.end), kinds))
      if (id !== named.entityId)
        out.push({
          from: named.entityId,
          to: id,
          start: named.start,
          end: named.end,
          rule: 'named-for',
          confidence: 0.5,
        });
  }
  for (const issue of mentions.filter((x) => x.kind === 'Issue')) {
    for (const inner of mentions)
      if (inner !== issue && inner.start >= issue.start && inner.end <= issue.end)
        if (inner.kind === 'Place' || inner.kind === 'Organization')
          link(issue, inner, issue.start, issue.end, 'issue-named-after');
  }
  return out;
}
