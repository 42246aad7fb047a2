import type { DocumentType, NodeKind, OrganizationType } from '../vocabulary';
import { isCompoundPart, type Token } from './tokenizer';

/**
 * New entity candidates in one clause, found from the analyser's compound nouns and their head
 * nouns (the last noun of a Japanese compound names what it is: …機構 an organization, …会議 a
 * meeting, …問題 an issue), parenthesised abbreviations, 「」-quoted names and enumerations of
 * fields before 分野. Spans are UTF-16 offsets in the clause.
 */

export interface Candidate {
  readonly kind: Exclude<NodeKind, 'Section' | 'Clause' | 'CalendarDate' | 'Proposition'>;
  readonly exact: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly confidence: number;
  readonly organizationType?: OrganizationType;
  readonly documentType?: DocumentType;
  /** An abbreviation printed in parentheses (JOGMEC), which makes a readable id. */
  readonly abbreviation?: string;
}

const ORG_HEADS: Record<string, OrganizationType> = {
  機構: 'government_agency',
  機関: 'government_agency',
  庁: 'government_agency',
  省: 'government',
  公社: 'government_agency',
  事業団: 'government_agency',
  委員会: 'government_agency',
  銀行: 'financial_institution',
  保険: 'financial_institution',
  基金: 'financial_institution',
  センター: 'training_centre',
  研究所: 'training_centre',
  大学: 'training_centre',
  フォーラム: 'regional_forum',
  連合: 'intergovernmental_organization',
  共同体: 'intergovernmental_organization',
  理事会: 'intergovernmental_organization',
  議会: 'parliament',
  企業: 'company_group',
  協会: 'government_agency',
};
const EVENT_HEADS = ['会議', '会合', '総会', 'サミット', '訪問', '会談', '交渉', '発射', '選挙'];
const PROGRAMME_HEADS = [
  'プロジェクト',
  'プログラム',
  '構想',
  'イニシアティブ',
  '対話',
  '研修',
  '援助',
  '枠組み',
  'パートナーシップ',
];
const ISSUE_HEADS = ['問題', '脅威', '課題', '懸念', 'テロリズム', '情勢', '紛争'];
export const DOCUMENT_HEADS: Record<string, DocumentType> = {
  共同声明: 'joint_statement',
  声明: 'joint_statement',
  宣言: 'joint_statement',
  コミュニケ: 'joint_statement',
  覚書: 'memorandum',
  協定: 'agreement',
  条約: 'agreement',
  議定書: 'agreement',
  取極: 'agreement',
  決議: 'resolution',
  成果文書: 'outcome_document',
  文書: 'outcome_document',
  行動計画: 'action_plan',
  計画: 'action_plan',
  戦略: 'strategy',
  ロードマップ: 'action_plan',
  憲章: 'agreement',
};
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
/** Words after a closing 」 that join the next item rather than name the quoted one. */
const QUOTE_STOP = new Set(['並び', '及び', '等', 'など', '間', '内', '中', '上', '下']);
/** Titles in 「」 that are complete formal titles are quoted without their brackets. */
const FORMAL_TITLE_END = /(覚書|協定|条約|声明|宣言|議定書)$/;
/** Modifiers that leave a document head generic (国際条約, 国内法令): not a reference. */
const GENERIC_MODIFIERS = new Set([
  '国際',
  '国内',
  '二国間',
  '多国間',
  '関連',
  '既存',
  '同',
  '本',
  '両国',
]);

/** Runs of tokens that form compound nouns: [first, last] token indices. */
export function compoundRuns(tokens: readonly Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCompoundPart(tokens[i]!)) {
      i += 1;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && isCompoundPart(tokens[j + 1]!)) j += 1;
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

function endsWithHead(text: string, heads: readonly string[]): string | undefined {
  return heads.find((h) => text.endsWith(h));
}

/**
 * `knownPrefix(text)`: the length of a known state or place name that `text` starts with, or 0;
 * such a name modifies an event (カザフスタン共和国訪問 is a visit to Kazakhstan, named 訪問).
 */
export function findCandidates(
  clause: string,
  tokens: readonly Token[],
  knownPrefix: (text: string) => number = () => 0,
): Candidate[] {
  const out: Candidate[] = [];
  const span = (a: number, b: number) => clause.slice(tokens[a]!.start, tokens[b]!.end);

  // 1. Organization or programme with a parenthesised abbreviation: 国際協力銀行(JBIC).
  for (const m of clause.matchAll(/[((]([A-Z][A-Za-z]{1,11})[))]/g)) {
    const open = m.index;
    const last = tokens.findIndex((t) => t.end === open);
    if (last < 0 || !isCompoundPart(tokens[last]!)) continue;
    let first = last;
    while (first > 0 && isCompoundPart(tokens[first - 1]!)) first -= 1;
    const name = span(first, last);
    const programme = endsWithHead(name, PROGRAMME_HEADS);
    const orgHead = Object.keys(ORG_HEADS).find((h) => name.endsWith(h));
    out.push({
      kind: programme ? 'Programme' : 'Organization',
      exact: clause.slice(tokens[first]!.start, open + m[0].length),
      start: tokens[first]!.start,
      end: open + m[0].length,
      rule: 'abbreviation-in-parentheses',
      confidence: 0.9,
      organizationType: programme
        ? undefined
        : /会議$/.test(name)
          ? 'regional_forum'
          : orgHead
            ? ORG_HEADS[orgHead]
            : 'government_agency',
      abbreviation: m[1],
    });
  }

  // 2. 「」-quoted programmes, documents and strategies, with the words that name their kind.
  for (const m of clause.matchAll(/「([^」]{1,80})」/g)) {
    let start = m.index;
    let end = start + m[0].length;
    const inner = m[1]!;
    const after = tokens.findIndex((t) => t.start === end);
    if (after >= 0) {
      let j = after;
      while (
        j < tokens.length &&
        isCompoundPart(tokens[j]!) &&
        tokens[j]!.pos !== '接頭詞' &&
        !QUOTE_STOP.has(tokens[j]!.surface)
      ) {
        j += 1;
      }
      if (j > after) end = tokens[j - 1]!.end;
    }
    const before = tokens.findIndex((t) => t.end === start);
    if (
      before >= 0 &&
      /(プログラム|計画|戦略|構想|イニシアティブ|政策)$/.test(tokens[before]!.surface)
    ) {
      let first = before;
      while (first > 0 && isCompoundPart(tokens[first - 1]!)) first -= 1;
      start = tokens[first]!.start;
    }
    const whole = clause.slice(start, end);
    const named = whole.replace(/」$/, '');
    const docHead = Object.keys(DOCUMENT_HEADS).find((h) => named.endsWith(h));
    const isDocument = docHead !== undefined && !endsWithHead(named, PROGRAMME_HEADS);
    if (isDocument && FORMAL_TITLE_END.test(inner) && whole === m[0]) {
      start += 1;
      end -= 1;
    }
    out.push({
      kind: isDocument ? 'Document' : 'Programme',
      exact: clause.slice(start, end),
      start,
      end,
      rule: isDocument ? 'quoted-document' : 'quoted-programme',
      confidence: isDocument ? 0.85 : 0.75,
      documentType: isDocument ? DOCUMENT_HEADS[docHead] : undefined,
    });
  }

  // 3. Compound nouns by their head noun (not inside quotes: a quoted name is one name).
  const quoted = [...clause.matchAll(/「[^」]*」/g)].map((m) => [m.index, m.index + m[0].length]);
  const inQuotes = (at: number) => quoted.some(([a, b]) => at > a! && at < b!);
  for (const [first, last] of compoundRuns(tokens)) {
    if (inQuotes(tokens[first]!.start)) continue;
    for (let end = first; end <= last; end += 1) {
      const head = tokens[end]!.surface;
      const text = span(first, end);
      const single = first === end;
      let start = tokens[first]!.start;
      // 「中央アジア+日本」対話第2回外相会合: a meeting of a quoted dialogue keeps the quote.
      if (clause[start - 1] === '」') start = clause.lastIndexOf('「', start);
      const exact = clause.slice(start, tokens[end]!.end);
      // 同会議, 本協定: a pronoun-like prefix names something already named.
      if (/^[同本当]/.test(text) && tokens[first]!.pos === '接頭詞') continue;
      const next = tokens[end + 1];
      const isLast = end === last || next?.pos === '接頭詞';
      if (!isLast && !(head in ORG_HEADS)) continue;
      if (ORG_HEADS[head] && !single && /\p{Script=Han}|\p{Script=Katakana}/u.test(text)) {
        // 日本の民間企業: a generic head (企業, 機関) keeps the place that owns it.
        const owned =
          (head === '企業' || head === '機関') &&
          tokens[first - 1]?.surface === 'の' &&
          tokens[first - 2]?.pos2 === '地域';
        const ownerStart = owned ? tokens[first - 2]!.start : start;
        out.push({
          kind: 'Organization',
          exact: clause.slice(ownerStart, tokens[end]!.end),
          start: ownerStart,
          end: tokens[end]!.end,
          rule: 'compound-organization-head',
          confidence: 0.6,
          organizationType: ORG_HEADS[head],
        });
      } else if (EVENT_HEADS.includes(head) && isLast) {
        const after = tokens[end + 1];
        const before = tokens[first - 1];
        // 会談する is a verb; この会議, 同会議 point back to one already named.
        if (
          single &&
          (after?.basic === 'する' || /^(この|その|同|本|当該)$/.test(before?.surface ?? ''))
        ) {
          continue;
        }
        let eventStart = start;
        const prefix = knownPrefix(exact);
        if (prefix > 0 && prefix < exact.length) eventStart = start + prefix;
        // 弾道ミサイルの発射, 両国間の交渉: a single event noun takes the noun phrase it is of.
        if (
          single &&
          before?.surface === 'の' &&
          tokens[first - 2] &&
          isCompoundPart(tokens[first - 2]!)
        ) {
          let ofFirst = first - 2;
          while (ofFirst > 0 && isCompoundPart(tokens[ofFirst - 1]!)) ofFirst -= 1;
          eventStart = tokens[ofFirst]!.start;
        }
        out.push({
          kind: 'Event',
          exact: clause.slice(eventStart, tokens[end]!.end),
          start: eventStart,
          end: tokens[end]!.end,
          rule: single ? 'event-noun' : 'compound-event-head',
          confidence: single ? 0.4 : 0.6,
        });
      } else if (!single && isLast && endsWithHead(text, PROGRAMME_HEADS)) {
        out.push({
          kind: 'Programme',
          exact,
          start,
          end: tokens[end]!.end,
          rule: 'compound-programme-head',
          confidence: 0.5,
        });
      } else if (!single && isLast && endsWithHead(text, ISSUE_HEADS)) {
        out.push({
          kind: 'Issue',
          exact,
          start,
          end: tokens[end]!.end,
          rule: 'compound-issue-head',
          confidence: 0.5,
        });
      } else if (isLast && tokens[end]!.pos2 === '地域' && single) {
        out.push({
          kind: 'Place',
          exact,
          start,
          end: tokens[end]!.end,
          rule: 'proper-noun-place',
          confidence: 0.5,
        });
      } else if (!single && isLast && /(油田|ガス田|鉱山|海|湖|州|市|地方)$/.test(text)) {
        out.push({
          kind: 'Place',
          exact,
          start,
          end: tokens[end]!.end,
          rule: 'compound-place-head',
          confidence: 0.5,
        });
      }
    }
  }

  // 4. Fields of an enumeration before 分野: 「エネルギー、輸送及び金融分野」「政治、経済及び投資の分野」.
  // A list made mostly of single verbal nouns (探鉱、開発及び加工分野) lists activities, whose
  // verbal nouns are not fields; a single prefix (諸) or adverbial noun (種々) never is one.
  tokens.forEach((token, i) => {
    if (token.surface !== '分野' || inQuotes(token.start)) return;
    const items: Array<{ first: number; last: number; verbal: boolean; empty: boolean }> = [];
    const part = (t: Token | undefined) =>
      t !== undefined && isCompoundPart(t) && t.surface !== '分野';
    let j = i - 1;
    if (tokens[j]?.surface === 'の') j -= 1;
    while (j >= 0 && part(tokens[j])) {
      let first = j;
      while (first > 0 && part(tokens[first - 1])) first -= 1;
      const single = first === j;
      items.push({
        first,
        last: j,
        verbal: single && tokens[j]!.pos1 === 'サ変接続',
        empty:
          single &&
          (tokens[j]!.pos === '接頭詞' ||
            tokens[j]!.pos1 === '副詞可能' ||
            VARIETY.has(tokens[j]!.surface)),
      });
      const separator = tokens[first - 1];
      if (!separator || !['、', '及び', '並びに', 'および'].includes(separator.surface)) break;
      j = first - 2;
    }
    const activities = items.filter((x) => x.verbal).length * 2 > items.length;
    for (const item of items) {
      if (item.empty || (activities && item.first === item.last)) continue;
      out.push({
        kind: 'Sector',
        exact: span(item.first, item.last),
        start: tokens[item.first]!.start,
        end: tokens[item.last]!.end,
        rule: 'enumeration-before-分野',
        confidence: 0.7,
      });
    }
  });
  return out;
}

export function isGenericDocument(tokens: readonly Token[], first: number, last: number): boolean {
  if (first === last) return true;
  return tokens.slice(first, last).every((t) => GENERIC_MODIFIERS.has(t.surface));
}
