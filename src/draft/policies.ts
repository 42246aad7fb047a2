import type { Candidate } from './candidates';
import { isOf } from './noun-phrases';
import type { Token } from './tokenizer';

/**
 * A policy, plan or goal stated by its content: 「中央アジア地域から…研修員を受け入れるとの方針」.
 * The quotative と before の ends the content; the content starts after the nearest boundary to
 * its left: a comma, the topic or subject particle of the clause (日本側は), or the end of a
 * relative clause that modifies the whole (「2004年8月に表明した」 — a past-tense た before a noun).
 */

const POLICY_HEADS: Record<string, string> = {
  方針: 'policy',
  政策: 'policy',
  構想: 'initiative',
  計画: 'plan',
  目標: 'goal',
  考え: 'idea',
};

function contentStart(tokens: readonly Token[], quote: number): number | undefined {
  let k = quote - 1;
  while (k >= 0) {
    const t = tokens[k]!;
    if (t.pos === '記号' || t.pos1 === '係助詞' || (t.surface === 'が' && t.pos === '助詞')) break;
    if (t.surface === 'た' && t.pos === '助動詞' && tokens[k + 1]?.pos === '名詞') break;
    k -= 1;
  }
  const start = k + 1;
  // Content with a verb of its own (受け入れる), at least two words.
  const content = tokens.slice(start, quote);
  if (content.length < 2 || !content.some((t) => t.pos === '動詞')) return undefined;
  return start;
}

export function policiesByContent(clause: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((token, i) => {
    if (token.surface !== 'と' || token.pos2 !== '引用' || !isOf(tokens[i + 1])) return;
    const head = tokens[i + 2];
    if (!head || !(head.surface in POLICY_HEADS)) return;
    const first = contentStart(tokens, i);
    if (first === undefined) return;
    out.push({
      kind: 'Programme',
      exact: clause.slice(tokens[first]!.start, head.end),
      start: tokens[first]!.start,
      end: head.end,
      rule: 'policy-by-content',
      confidence: 0.4,
    });
  });
  return out;
}
