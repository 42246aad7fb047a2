import type { ClauseMention } from './clause-mention';

/**
 * Premises: the phrase an act rests on is no act of its own (model: BASED_ON and `basis`).
 * - A participial premise (「…に立脚しつつ」「…を踏まえ」) opens the sentence's reasoning: every
 *   act of the sentence after it names it as its `basis`, and its content is BASED_ON it.
 * - An instrument (「…に基づき」「…に基づく」「…に従い」) governs the content of the next act
 *   only: that content is BASED_ON it, the act has no basis.
 * What the premise is: the document or named thing that ends where the marker starts (成果文書を
 * 踏まえ, 「行動計画」に基づく), a 同+head pointing back to one already named (同覚書に基づき), or
 * else the premise's own content (…ことを踏まえ), drafted as a proposition.
 */

export interface Premise {
  readonly kind: 'basis' | 'instrument';
  /** Clause-local span of the whole premise phrase, marker included (the BASED_ON quote). */
  readonly start: number;
  readonly end: number;
  /** The named entity it rests on, or undefined when it is a content to draft as a proposition. */
  readonly entityId?: string;
  /** The content when there is no named entity (start of the phrase to the marker). */
  readonly content: string;
  readonly rule: string;
}

const MARKERS: ReadonlyArray<{ pattern: RegExp; kind: Premise['kind']; rule: string }> = [
  { pattern: /に立脚し(?:つつ|て)?/g, kind: 'basis', rule: 'premise-立脚しつつ' },
  { pattern: /を踏まえ(?:つつ|て)?/g, kind: 'basis', rule: 'premise-踏まえ' },
  { pattern: /に基づ(?:き|いて|く)/g, kind: 'instrument', rule: 'instrument-基づき' },
  { pattern: /に従(?:い|って)/g, kind: 'instrument', rule: 'instrument-従い' },
];
/** Where a premise phrase starts at the latest: after the subject (双方は、), a sentence or a comma. */
const PHRASE_START = /(?:は、|。|、)(?=[^、。]*$)/;

export function findPremises(clause: string, mentions: readonly ClauseMention[]): Premise[] {
  const out: Premise[] = [];
  for (const { pattern, kind, rule } of MARKERS) {
    for (const m of clause.matchAll(pattern)) {
      const at = m.index;
      const named = [...mentions]
        .filter((x) => x.end === at && x.kind !== 'CalendarDate')
        .sort((a, b) => a.start - b.start)[0];
      const pointer = /同([^\s、。同]{1,4})$/.exec(clause.slice(Math.max(0, at - 5), at));
      const pointedAt = pointer
        ? mentions
            .filter(
              (x) =>
                x.kind === 'Document' &&
                x.end <= at - pointer[0].length &&
                clause.slice(x.start, x.end).replace(/[」]$/, '').endsWith(pointer[1]!),
            )
            .pop()
        : undefined;
      const before = clause.slice(0, at);
      const boundary = PHRASE_START.exec(before);
      const phraseStart = named
        ? named.start
        : pointer
          ? at - pointer[0].length
          : boundary
            ? boundary.index + boundary[0].length
            : 0;
      out.push({
        kind,
        start: phraseStart,
        end: at + m[0].length,
        entityId: named?.entityId ?? pointedAt?.entityId,
        content: clause.slice(phraseStart, at).trim(),
        rule,
      });
    }
  }
  return out.filter((p) => p.entityId !== undefined || p.content.length > 0);
}

/** The acts a premise applies to: acts are given in text order with their predicate offsets. */
export function actsOfPremise<A extends { predicateStart: number }>(
  premise: Premise,
  clause: string,
  acts: readonly A[],
): A[] {
  const sentenceEnd = clause.indexOf('。', premise.end);
  const inSentence = acts.filter(
    (a) => a.predicateStart >= premise.end && (sentenceEnd < 0 || a.predicateStart < sentenceEnd),
  );
  return premise.kind === 'basis' ? inSentence : inSentence.slice(0, 1);
}
