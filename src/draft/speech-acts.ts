import type { RelationType } from '../vocabulary';
import type { Token } from './tokenizer';

/**
 * Speech acts from the predicates of a joint statement: the predicate (歓迎する, …する用意が
 * ある, 謝意を表明する, a plain 「…を強化する。」) gives the act, the topic phrase before は
 * (双方は, 日本側は, 両首脳は, a government, a named leader) gives the actor. A predicate inside
 * a clause with its own subject (「北朝鮮が…を再確認し…こと」) is what that subject does, not an
 * act of the statement's parties, and is skipped.
 */

interface Predicate {
  readonly type: RelationType;
  readonly pattern: RegExp;
  readonly confidence: number;
  readonly rule: string;
}

const V = '(?:する|し(?:つつ|、|て)?|した)';
/** Longer patterns first: 検討する用意がある before 用意がある, 支持を再確認 before 確認. */
const PREDICATES: readonly Predicate[] = [
  {
    type: 'IS_READY_TO_CONSIDER',
    pattern: /検討する用意が(?:ある|あり)/g,
    confidence: 0.9,
    rule: 'predicate-検討する用意がある',
  },
  {
    type: 'IS_READY_TO',
    pattern: /用意が(?:ある|あり)/g,
    confidence: 0.9,
    rule: 'predicate-用意がある',
  },
  {
    type: 'EXPRESSES_GRATITUDE',
    pattern: new RegExp(`(?:謝意|感謝の意)を表(?:明)?${V}|感謝${V}`, 'g'),
    confidence: 0.9,
    rule: 'predicate-謝意を表明する',
  },
  {
    type: 'EXPRESSES_INTEREST',
    pattern: new RegExp(`関心を(?:表明|有)${V}`, 'g'),
    confidence: 0.85,
    rule: 'predicate-関心を表明する',
  },
  {
    type: 'SUPPORTS',
    pattern: new RegExp(`支持(?:を(?:表明|再確認|確認|再表明)${V}|${V})`, 'g'),
    confidence: 0.9,
    rule: 'predicate-支持する',
  },
  {
    type: 'CONDEMNS',
    pattern: new RegExp(`非難${V}`, 'g'),
    confidence: 0.9,
    rule: 'predicate-非難する',
  },
  {
    type: 'WELCOMES',
    pattern: new RegExp(`歓迎${V}`, 'g'),
    confidence: 0.9,
    rule: 'predicate-歓迎する',
  },
  {
    type: 'SHARES_VIEW',
    pattern: new RegExp(
      `(?:認識|意見|見解)を共有${V}|認識${V}|みな(?:す|し)|意見の一致を見た|一致${V}`,
      'g',
    ),
    confidence: 0.8,
    rule: 'predicate-認識を共有する',
  },
  {
    type: 'INTENDS',
    pattern: new RegExp(`(?:意向|決意|意思)を(?:有|表明|共有|再確認)${V}|志向${V}|意図${V}`, 'g'),
    confidence: 0.85,
    rule: 'predicate-意向を有する',
  },
  {
    type: 'EXPECTS',
    pattern: new RegExp(`(?:期待|希望)(?:を表明${V}|${V})`, 'g'),
    confidence: 0.85,
    rule: 'predicate-期待する',
  },
  {
    type: 'APPRECIATES',
    pattern: new RegExp(`評価${V}`, 'g'),
    confidence: 0.85,
    rule: 'predicate-評価する',
  },
  {
    type: 'CONFIRMS',
    pattern: new RegExp(`(?:再)?確認${V}`, 'g'),
    confidence: 0.85,
    rule: 'predicate-確認する',
  },
  {
    type: 'STRESSES',
    pattern: new RegExp(`強調${V}|重視${V}`, 'g'),
    confidence: 0.8,
    rule: 'predicate-強調する',
  },
  {
    type: 'IS_CONVINCED',
    pattern: new RegExp(`確信${V}`, 'g'),
    confidence: 0.85,
    rule: 'predicate-確信する',
  },
  // 立脚しつつ, 踏まえ state the basis of the next act, not an act of their own.
  {
    type: 'NOTES',
    pattern: new RegExp(`指摘${V}|留意${V}`, 'g'),
    confidence: 0.8,
    rule: 'predicate-指摘する',
  },
];

/** Modal predicates whose scope covers coordinated verbs before them (…し、…すると共に…する用意がある). */
const SCOPING: readonly RelationType[] = ['IS_READY_TO', 'IS_READY_TO_CONSIDER', 'INTENDS'];
/** Acts a following 「ことを確認する」 confirms. */
const CONFIRMABLE: readonly RelationType[] = ['IS_READY_TO', 'IS_READY_TO_CONSIDER', 'INTENDS'];
/** Framing verbs that are not acts in themselves. */
const NOT_ACTS = /^(声明|表明|ある|有する|なる|いる|できる)$/;

export interface ActorPhrase {
  readonly text: string;
  /** UTF-16 span in the clause. */
  readonly start: number;
  readonly end: number;
}

export interface FoundAct {
  readonly type: RelationType;
  readonly actor: ActorPhrase;
  /** Predicate span in the clause (UTF-16). */
  readonly predicateStart: number;
  readonly predicateEnd: number;
  readonly predicate: string;
  /** Where the act's words begin: its subject, or its sentence when the subject is carried. */
  readonly spanStart: number;
  readonly confidence: number;
  readonly rule: string;
  /** 「…する用意があることを確認する」: the readiness is confirmed, one act, not two. */
  confirmed?: boolean;
}

/** Whether a topic phrase names an actor; the caller resolves it to ids. */
export type IsActor = (phrase: string) => boolean;

/**
 * Finds the acts of one clause. `carried` is the subject a previous clause left open (the
 * preamble's 「両首脳は、」); the returned `subject` is the one this clause leaves open.
 */
export function findActs(
  clause: string,
  tokens: readonly Token[],
  isActor: IsActor,
  carried: ActorPhrase | undefined,
): { acts: FoundAct[]; subject: ActorPhrase | undefined } {
  const acts: FoundAct[] = [];
  let subject = carried;
  let sentenceStart = 0;
  for (const sentenceEnd of sentenceEnds(clause)) {
    const topics = topicPhrases(clause, tokens, sentenceStart, sentenceEnd, isActor);
    const embedded = embeddedSpans(clause, tokens, sentenceStart, sentenceEnd);
    const found = predicatesIn(clause, sentenceStart, sentenceEnd);
    const finalVerb = commitment(clause, tokens, sentenceStart, sentenceEnd, found);
    const all = [...found, ...finalVerb].sort((a, b) => a.start - b.start);
    for (const p of all) {
      const topic = [...topics].reverse().find((t) => t.end <= p.start);
      if (topic) subject = topic;
      if (!subject) continue;
      if (
        embedded.some(([a, b]) => p.start >= a && p.start < b && a >= (topic?.end ?? sentenceStart))
      )
        continue;
      // 「…用意があることを確認する」「…志向することを確認し」: the confirmation is of the act
      // just stated by the same actor; it marks that act confirmed rather than adding one.
      const previous = acts[acts.length - 1];
      if (
        p.type === 'CONFIRMS' &&
        previous &&
        previous.actor === subject &&
        CONFIRMABLE.includes(previous.type) &&
        /^(?:すること|ること|こと)を$/.test(clause.slice(previous.predicateEnd, p.start))
      ) {
        previous.confirmed = true;
        continue;
      }
      acts.push({
        type: p.type,
        actor: subject,
        predicateStart: p.start,
        predicateEnd: p.end,
        predicate: clause.slice(p.start, p.end),
        spanStart: topic ? topic.start : sentenceStart,
        confidence: topic ? p.confidence : p.confidence * 0.8,
        rule: topic ? p.rule : `${p.rule}+carried-subject`,
      });
    }
    const lastTopic = topics[topics.length - 1];
    if (lastTopic) subject = lastTopic;
    sentenceStart = sentenceEnd;
  }
  return { acts, subject };
}

function sentenceEnds(clause: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < clause.length; i += 1) if (clause[i] === '。') ends.push(i + 1);
  if (!ends.length || ends[ends.length - 1]! < clause.length) ends.push(clause.length);
  return ends;
}

interface PredicateMatch {
  type: RelationType;
  start: number;
  end: number;
  confidence: number;
  rule: string;
}

function predicatesIn(clause: string, from: number, to: number): PredicateMatch[] {
  const sentence = clause.slice(from, to);
  const matches: PredicateMatch[] = [];
  for (const p of PREDICATES) {
    for (const m of sentence.matchAll(p.pattern)) {
      const start = from + m.index;
      const end = start + m[0].replace(/[、]$/, '').length;
      if (matches.some((x) => start < x.end && end > x.start)) continue;
      matches.push({ type: p.type, start, end, confidence: p.confidence, rule: p.rule });
    }
  }
  return matches;
}

/**
 * 「…を強化する。」: a sentence that ends in a plain verb, with no act predicate, commits its
 * subject to do it; so does a verb coordinated by と共に, unless a modal after it (用意がある,
 * 意向を有する) takes it into its scope.
 */
function commitment(
  clause: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  found: readonly PredicateMatch[],
): PredicateMatch[] {
  const inSentence = tokens.filter((t) => t.start >= from && t.end <= to);
  const out: PredicateMatch[] = [];
  inSentence.forEach((token, i) => {
    if (token.pos !== '動詞' || token.conjugation !== '基本形') return;
    const next = inSentence[i + 1];
    const final = !next || next.surface === '。';
    const coordinated = next && /^(と共に|とともに)$/.test(next.surface);
    if (!final && !coordinated) return;
    let start = token.start;
    const stem = inSentence[i - 1];
    if (token.basic === 'する' && stem?.pos1 === 'サ変接続') start = stem.start;
    const word = token.basic === 'する' && stem?.pos1 === 'サ変接続' ? stem.surface : token.basic;
    if (NOT_ACTS.test(word)) return;
    if (found.some((f) => start < f.end && token.end > f.start)) return;
    if (coordinated && found.some((f) => f.start > token.end && SCOPING.includes(f.type))) return;
    // 「…を払う」「…をとる」: the object noun belongs to the commitment's words.
    out.push({
      type: 'COMMITS_TO',
      start,
      end: token.end,
      confidence: final ? 0.7 : 0.6,
      rule: final ? 'sentence-final-verb' : 'coordinated-verb-と共に',
    });
  });
  return out;
}

/** Topic phrases that name actors: 「双方は、」「この関連でカザフスタン側は、」「AとBは、」. */
function topicPhrases(
  clause: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  isActor: IsActor,
): ActorPhrase[] {
  const phrases: ActorPhrase[] = [];
  tokens.forEach((token, i) => {
    if (token.start < from || token.end > to) return;
    if (token.surface !== 'は' || token.pos1 !== '係助詞') return;
    // The phrase runs back to the previous punctuation or a connective (また、これに対し、この関連で).
    let first = i - 1;
    while (first >= 0 && tokens[first]!.start >= from) {
      const t = tokens[first]!;
      if (t.pos === '記号' || t.pos === '接続詞') break;
      if (t.surface === 'で' || t.surface === 'し' || t.surface === 'て') break;
      first -= 1;
    }
    const start = tokens[first + 1]?.start ?? token.start;
    const text = clause.slice(start, token.start);
    if (text && isActor(text)) phrases.push({ text, start, end: token.end });
  });
  return phrases;
}

/** Spans opened by a subject marked が and closed by こと/との/という/ように. */
function embeddedSpans(
  _clause: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open: number | undefined;
  let previous: Token | undefined;
  for (const token of tokens) {
    if (token.start < from || token.end > to) continue;
    // 「日本政府が…実施してきた政府開発援助」: a verb that modifies a noun ends the embedded clause.
    if (
      open !== undefined &&
      token.pos === '名詞' &&
      (previous?.pos === '動詞' || previous?.pos === '助動詞')
    ) {
      spans.push([open, token.start]);
      open = undefined;
    }
    previous = token;
    if (open === undefined && token.surface === 'が' && token.pos1 === '格助詞') open = token.start;
    else if (open !== undefined && /^(こと|との|という|ように|ことが)$/.test(token.surface)) {
      spans.push([open, token.start]);
      open = undefined;
    } else if (open !== undefined && token.surface === 'と' && token.pos1 === '格助詞') {
      spans.push([open, token.start]);
      open = undefined;
    }
  }
  if (open !== undefined) spans.push([open, to]);
  return spans;
}
