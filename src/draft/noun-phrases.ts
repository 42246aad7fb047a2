import { isCompoundPart, type Token } from './tokenizer';

/**
 * The noun-phrase grammar the candidate rules share, on kuromoji tokens (indices into one
 * clause's token list). Japanese puts every modifier before its head, so each function walks
 * left from a head:
 * - a compound noun is a run of nouns and prefixes (石油天然ガス・金属鉱物資源機構);
 * - a restrictive modifier narrows which thing is meant and belongs to its name: a relational
 *   adjective (定期的な), a complement in の (石油関係技術者の研修), a purpose in のための, a setting
 *   in における, and the left edge (その)他の "other" that makes a set of the rest;
 * - a coordination joins items with 、, 及び and 並びに (officialese uses 及び inside and 並びに
 *   between groups, so 「A及びBの推進並びにC」 is [A and B]'s promotion, and C).
 */

const COORDINATORS = new Set(['、', '及び', '並びに', 'および', 'ならびに']);
/** "Other": the left edge of a phrase naming the rest of a set (その他の国際機関). */
const OTHER = new Set(['その他', '他', 'ほか']);
/** な-adjectives that restrict rather than praise: 様々なレベル, not 重要な協議. */
const QUANTIFYING = new Set(['様々', '多様', '種々', '各種']);

export const isOf = (t: Token | undefined): boolean =>
  t !== undefined && t.surface === 'の' && t.pos === '助詞';

export const isCoordinator = (t: Token | undefined): boolean =>
  t !== undefined && COORDINATORS.has(t.surface);

/** First token of the compound noun that ends at `last`. */
export function runStart(tokens: readonly Token[], last: number): number {
  let first = last;
  while (first > 0 && isCompoundPart(tokens[first - 1]!)) first -= 1;
  return first;
}

/**
 * `X的な` (always restrictive) or, with `quantifying`, `様々な` just before `start`: the index
 * the phrase then starts at, else `start`.
 */
export function adjectiveStart(
  tokens: readonly Token[],
  start: number,
  quantifying = false,
): number {
  const na = tokens[start - 1];
  const stem = tokens[start - 2];
  if (na?.surface !== 'な' || na.pos !== '助動詞' || !stem) return start;
  if (stem.surface === '的' && stem.pos2 === '形容動詞語幹') return runStart(tokens, start - 2);
  if (quantifying && QUANTIFYING.has(stem.surface)) return start - 2;
  return start;
}

/** `その他の` / `他の` just before `start`: where the phrase then starts, else `start`. */
export function otherStart(tokens: readonly Token[], start: number): number {
  const other = tokens[start - 2];
  if (isOf(tokens[start - 1]) && other && OTHER.has(other.surface)) return start - 2;
  return start;
}

/**
 * A coordination by 及び of compound nouns ending at `last` (情報提供及び仲介, 安全保障上及び人道上),
 * each possibly led by 様々な: its first token, or undefined when `last` ends no noun.
 */
function coordinatedNounsStart(tokens: readonly Token[], last: number): number | undefined {
  if (!tokens[last] || !isCompoundPart(tokens[last])) return undefined;
  let first = adjectiveStart(tokens, runStart(tokens, last), true);
  // Only 及び joins words inside one modifier; 並びに and 、 join larger groups.
  while (tokens[first - 1]?.surface === '及び' || tokens[first - 1]?.surface === 'および') {
    const before = first - 2;
    if (!tokens[before] || !isCompoundPart(tokens[before])) break;
    first = adjectiveStart(tokens, runStart(tokens, before), true);
  }
  return first;
}

/**
 * Where a head noun starting at `first` begins once its restrictive modifiers are added: any
 * number of 〜の, 〜のための and 〜における complements and 〜的な adjectives, closed on the left
 * by (その)他の. Returns `first` when nothing modifies it.
 */
export function restrictiveModifiersStart(tokens: readonly Token[], first: number): number {
  let start = first;
  for (;;) {
    const adjective = adjectiveStart(tokens, start);
    if (adjective < start) {
      start = adjective;
      continue;
    }
    const other = otherStart(tokens, start);
    if (other < start) return other;
    const link = tokens[start - 1];
    let last: number;
    if (isOf(link)) {
      // 〜のための: a purpose.
      last =
        tokens[start - 2]?.surface === 'ため' && isOf(tokens[start - 3]) ? start - 4 : start - 2;
    } else if (link?.surface === 'における' || link?.surface === 'での') {
      last = start - 2;
    } else {
      return start;
    }
    const modifier = coordinatedNounsStart(tokens, last);
    // 今後の, 今回の are when, not which.
    if (modifier === undefined || tokens[last]!.pos1 === '副詞可能') return start;
    start = modifier;
  }
}

export interface CoordinatedItem {
  /** Token indices, inclusive. */
  readonly first: number;
  readonly last: number;
  /** The coordinator before the item (undefined for the first item). */
  readonly joinedBy?: string;
}

/**
 * Items of a coordination that ends at token `last`, right to left. An item is a compound noun
 * (led by 〜的な and (その)他の where present); `ofPhrase(index)` says whether the item found at
 * that position (0 = the rightmost) may take one complement in の (対話の促進).
 */
export function coordinationBefore(
  tokens: readonly Token[],
  last: number,
  ofPhrase: (index: number, first: number, last: number) => boolean,
  isItemPart: (t: Token) => boolean = isCompoundPart,
): CoordinatedItem[] {
  const items: Array<{ first: number; last: number; joinedBy?: string }> = [];
  let end = last;
  while (end >= 0 && tokens[end] && isItemPart(tokens[end]!)) {
    let first = end;
    while (first > 0 && isItemPart(tokens[first - 1]!)) first -= 1;
    first = adjectiveStart(tokens, first);
    if (
      ofPhrase(items.length, first, end) &&
      isOf(tokens[first - 1]) &&
      tokens[first - 2] &&
      isItemPart(tokens[first - 2]!) &&
      !OTHER.has(tokens[first - 2]!.surface)
    ) {
      first = runStart(tokens, first - 2);
    }
    first = otherStart(tokens, first);
    const separator = tokens[first - 1];
    items.push({ first, last: end });
    if (!isCoordinator(separator)) break;
    items[items.length - 1]!.joinedBy = separator!.surface;
    end = first - 2;
  }
  return items;
}
