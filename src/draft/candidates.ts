import type { DocumentType, NodeKind, OrganizationType } from '../vocabulary';
import { findSectorEnumerations } from './enumerations';
import {
  adjectiveStart,
  coordinationBefore,
  otherStart,
  restrictiveModifiersStart,
} from './noun-phrases';
import { policiesByContent } from './policies';
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
const ISSUE_HEADS = ['問題', '脅威', '課題', '懸念', 'テロリズム', '情勢', '紛争', 'モラトリアム'];
/**
 * Heads too general to name anything alone (協議, 課題): they name a programme or an issue only
 * with the restrictive modifiers before them (様々なレベルにおける協議, 21世紀の諸課題).
 */
const GENERIC_HEADS: Record<string, 'Programme' | 'Issue'> = {
  協議: 'Programme',
  研修: 'Programme',
  枠組み: 'Programme',
  枠組: 'Programme',
  仕組み: 'Programme',
  メカニズム: 'Programme',
  制度: 'Programme',
  問題: 'Issue',
  課題: 'Issue',
  懸念: 'Issue',
  モラトリアム: 'Issue',
};
/** A site (a field, a mine, a peninsula, a sea) stays a place inside the name of a project on it. */
export const SITE = /(油田|ガス田|鉱山|鉱床|半島|海|湖|川|島)$/;
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
      const quotedBefore = start < tokens[first]!.start;
      // The head alone or after a plural prefix (諸課題): generic unless modified.
      const generic =
        isLast &&
        !quotedBefore &&
        GENERIC_HEADS[head] &&
        (single || (end === first + 1 && /^[諸各]$/.test(tokens[first]!.surface)));
      if (generic) {
        const modified = restrictiveModifiersStart(tokens, first);
        // 「中央アジア+日本」対話の枠組み is that dialogue, already named by its quote.
        const ofQuoted = clause[tokens[modified]!.start - 1] === '」';
        if (modified < first && !ofQuoted)
          out.push({
            kind: GENERIC_HEADS[head]!,
            exact: clause.slice(tokens[modified]!.start, tokens[end]!.end),
            start: tokens[modified]!.start,
            end: tokens[end]!.end,
            rule: 'modified-generic-head',
            confidence: 0.45,
          });
        continue;
      }
      const runHead = span(last, last);
      const aboutSite =
        endsWithHead(runHead, PROGRAMME_HEADS) || endsWithHead(runHead, ISSUE_HEADS);
      if (!isLast && aboutSite && SITE.test(text) && (!single || tokens[end]!.pos2 === '地域')) {
        // カシャガン油田開発プロジェクト names the field it develops.
        out.push({
          kind: 'Place',
          exact,
          start,
          end: tokens[end]!.end,
          rule: 'site-in-name',
          confidence: 0.5,
        });
      }
      if (!isLast && !(head in ORG_HEADS)) continue;
      // 定期的な政治対話: a relational adjective restricts a programme or issue; その他の国際機関.
      const led = quotedBefore ? start : tokens[adjectiveStart(tokens, first)]!.start;
      const other = quotedBefore ? start : tokens[otherStart(tokens, first)]!.start;
      if (ORG_HEADS[head] && !single && /\p{Script=Han}|\p{Script=Katakana}/u.test(text)) {
        // 日本の民間企業: a generic head (企業, 機関) keeps the place that owns it.
        const owned =
          (head === '企業' || head === '機関') &&
          tokens[first - 1]?.surface === 'の' &&
          tokens[first - 2]?.pos2 === '地域';
        const ownerStart = owned ? tokens[first - 2]!.start : other;
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
          exact: clause.slice(led, tokens[end]!.end),
          start: led,
          end: tokens[end]!.end,
          rule: 'compound-programme-head',
          confidence: 0.5,
        });
      } else if (!single && isLast && endsWithHead(text, ISSUE_HEADS)) {
        const shared = sharedHeadStart(tokens, first, end);
        out.push({
          kind: 'Issue',
          exact: clause.slice(shared ?? led, tokens[end]!.end),
          start: shared ?? led,
          end: tokens[end]!.end,
          rule: 'compound-issue-head',
          confidence: 0.5,
        });
      } else if (isLast && head === '改革' && tokens[end - 1]?.pos2 === '組織') {
        // 安保理改革, 国連改革: the reform of a named institution is an issue of its own.
        out.push({
          kind: 'Issue',
          exact,
          start,
          end: tokens[end]!.end,
          rule: 'institution-reform',
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
      } else if (
        !single &&
        isLast &&
        /(油田|ガス田|鉱山|海|湖|州|市|地方|域内|域内全体)$/.test(text)
      ) {
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

  // 4. Fields named by an enumeration before 分野 or as the objectives of an effort.
  for (const item of findSectorEnumerations(clause, tokens)) {
    if (inQuotes(item.start)) continue;
    out.push({
      kind: 'Sector',
      ...item,
      confidence: item.rule === 'objective-enumeration' ? 0.5 : 0.7,
    });
  }

  // 5. A policy stated by its content: 「…を受け入れるとの方針」.
  out.push(...policiesByContent(clause, tokens));
  return out;
}

/**
 * 「エネルギー、環境及び社会問題」: a head after a coordination of bare nouns is shared by all of
 * them (energy, environmental and social problems), and the modifiers of the whole come before
 * it (地域共通の). The start of the whole, or undefined when the compound is not such a tail.
 */
function sharedHeadStart(tokens: readonly Token[], first: number, end: number): number | undefined {
  if (end !== first + 1 || !['及び', 'および'].includes(tokens[first - 1]?.surface ?? ''))
    return undefined;
  const items = coordinationBefore(tokens, first - 2, () => false);
  if (items.length === 0 || items.some((x) => x.first !== x.last)) return undefined;
  return tokens[restrictiveModifiersStart(tokens, items[items.length - 1]!.first)]!.start;
}

export function isGenericDocument(tokens: readonly Token[], first: number, last: number): boolean {
  if (first === last) return true;
  return tokens.slice(first, last).every((t) => GENERIC_MODIFIERS.has(t.surface));
}
