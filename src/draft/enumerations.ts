import { coordinationBefore, isOf, type CoordinatedItem } from './noun-phrases';
import { isCompoundPart, type Token } from './tokenizer';

/**
 * Sectors from the two enumerations joint statements name fields with:
 * - fields before 分野 (「エネルギー、輸送及び金融分野」「…等の諸分野」「…及び青年団体間の交流の
 *   分野」); a list of activities (探鉱、開発及び加工の分野) names no field itself, but the list in
 *   の before it does (「石油、ウラン及びその他の天然資源の探鉱、開発及び加工の分野」);
 * - the objectives of an effort or a body: 「Aに向けた努力」「Aを目的とし」, where A may be
 *   「社会の民主化及び市場経済化の推進並びに人権擁護」 — the promotion after 「X及びY」 is
 *   shared by X and Y, so the fields are X and Y.
 * Offsets are UTF-16 indices in the clause.
 */

export interface SectorItem {
  readonly exact: string;
  readonly start: number;
  readonly end: number;
  readonly rule: 'enumeration-before-分野' | 'objective-enumeration';
}

/** Words that say how many or how varied the fields are, not which (種々の分野). */
const VARIETY = new Set([
  '種々',
  '各種',
  '多様',
  '諸',
  '各',
  '全',
  '全て',
  '幅広',
  '多く',
  '他',
  'その他',
]);
/** Heads of a promotion shared by a coordination before it (A及びBの推進). */
const SHARED_ACTION = new Set(['推進', '促進', '強化', '実現']);

const itemPart = (t: Token) => isCompoundPart(t) && t.surface !== '分野' && t.surface !== '等';
const isEmpty = (t: Token) => t.pos === '接頭詞' || t.pos1 === '副詞可能' || VARIETY.has(t.surface);

/** An item joined inside by ・ splits into its parts (貿易・投資) unless its head is shared (テロ・麻薬対策). */
function splitAtDots(tokens: readonly Token[], item: CoordinatedItem): CoordinatedItem[] {
  const dots: number[] = [];
  for (let k = item.first; k <= item.last; k += 1) if (tokens[k]!.surface === '・') dots.push(k);
  if (dots.length === 0 || item.last - dots[dots.length - 1]! > 1) return [item];
  const parts: CoordinatedItem[] = [];
  let first = item.first;
  for (const dot of [...dots, item.last + 1]) {
    if (dot > first) parts.push({ first, last: dot - 1 });
    first = dot + 1;
  }
  return parts;
}

export function findSectorEnumerations(clause: string, tokens: readonly Token[]): SectorItem[] {
  const out: SectorItem[] = [];
  const quoted = [...clause.matchAll(/「[^」]*」/g)].map((m) => [m.index, m.index + m[0].length]);
  const inQuotes = (at: number) => quoted.some(([a, b]) => at > a! && at < b!);
  const push = (first: number, last: number, rule: SectorItem['rule']) => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    out.push({ exact: clause.slice(start, end), start, end, rule });
  };

  tokens.forEach((token, i) => {
    if (token.surface !== '分野' || inQuotes(token.start)) return;
    let j = i - 1;
    if (tokens[j]?.pos === '接頭詞') j -= 1; // 諸分野, 各分野
    if (isOf(tokens[j])) j -= 1;
    if (tokens[j]?.surface === '等' || tokens[j]?.surface === 'など') j -= 1;
    // The field next to 分野 may be a verbal noun with its complement (青年団体間の交流).
    const items = coordinationBefore(
      tokens,
      j,
      (index, first, last) => index === 0 && first === last && tokens[last]!.pos1 === 'サ変接続',
      itemPart,
    );
    const single = (x: CoordinatedItem) => x.first === x.last;
    const verbal = items.filter((x) => single(x) && tokens[x.first]!.pos1 === 'サ変接続');
    if (verbal.length * 2 > items.length) {
      // Activities: the fields are the list in の before them.
      const first = items[items.length - 1]!.first;
      if (!isOf(tokens[first - 1])) return;
      for (const item of coordinationBefore(tokens, first - 2, () => false, itemPart)) {
        if (!(single(item) && isEmpty(tokens[item.first]!)))
          push(item.first, item.last, 'enumeration-before-分野');
      }
      return;
    }
    for (const item of items.flatMap((x) => splitAtDots(tokens, x))) {
      if (single(item) && isEmpty(tokens[item.first]!)) continue;
      // 「安全保障の強化の分野」: strengthening is no field; what is strengthened is.
      const action = SHARED_ACTION.has(tokens[item.last]!.surface) && isOf(tokens[item.last - 1]);
      push(item.first, action ? item.last - 2 : item.last, 'enumeration-before-分野');
    }
  });

  tokens.forEach((token, i) => {
    // 「…に向けた」 (adnominal: the aim of what follows) and 「…を目的と(する|し)」.
    const towards =
      token.basic === '向ける' &&
      tokens[i - 1]?.surface === 'に' &&
      tokens[i + 1]?.surface === 'た';
    const aim =
      token.surface === '目的' &&
      tokens[i - 1]?.surface === 'を' &&
      tokens[i + 1]?.surface === 'と';
    if (!towards && !aim) return;
    const items = coordinationBefore(tokens, i - 2, () => true);
    for (const item of items) {
      let last = item.last;
      // 「A及びBの推進」: the promotion is shared, the fields are A and B.
      if (
        item.joinedBy === '及び' &&
        SHARED_ACTION.has(tokens[last]!.surface) &&
        item.first < last - 1 &&
        isOf(tokens[last - 1])
      ) {
        last -= 2;
      }
      if (item.first === last && isEmpty(tokens[last]!)) continue;
      push(item.first, last, 'objective-enumeration');
    }
  });
  return out;
}
