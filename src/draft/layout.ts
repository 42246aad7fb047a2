import { DraftInputError } from './read-statement';

/**
 * The layout of a joint statement as printed: navigation lines a web page puts above it, the
 * title (sometimes broken over lines), the preface and preamble, numbered sections, a closing
 * paragraph, the place-and-date line, signature blocks (office line, name line), and the page
 * footer. Offsets are UTF-16 indices into the whole statement text.
 */

export interface Line {
  /** The line without surrounding spaces (ASCII or ideographic). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface LaidOutSection {
  readonly eId: string;
  readonly number?: number;
  readonly heading: string;
  readonly headingText?: string;
}

export interface LaidOutClause {
  readonly eId: string;
  readonly section: string;
  readonly text: string;
  readonly start: number;
  readonly role: 'paragraph' | 'place-date' | 'signature';
}

export interface Layout {
  readonly title: Line[];
  readonly sections: LaidOutSection[];
  readonly clauses: LaidOutClause[];
  /** Lines around the statement that are not part of it, dropped from the draft. */
  readonly dropped: Line[];
}

const TITLE_END = /(共同声明|共同宣言|声明|宣言|コミュニケ|覚書|行動計画|協定)$/;
const TITLE_CONTINUES = /(の|と|、|及び|並びに|における|に関する|との間の|・|並びに|及)$/;
const NAVIGATION = /[>＞›»|｜]/;
const HEADING = /^([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[.．、]\s*(\S.*)$/;
const DATE_TEXT =
  '(?:[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日|(?:令和|平成|昭和)(?:元|[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日)';
const PLACE_DATE = new RegExp(
  `^(?:${DATE_TEXT}[、,\u3000\\s]*\\S{1,15}?(?:にて|で)?|\\S{1,15}?(?:にて|で)[、,\u3000\\s]*${DATE_TEXT})$`,
);
const CLOSING = /以上の|本(共同)?(声明|宣言|文書)|正文|署名した|作成された/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.replace(/^[\s\u3000\uFEFF]+/, '').length;
    const trimmed = raw.trim().replace(/^\uFEFF/, '');
    const start = offset + lead;
    lines.push({ text: trimmed, start, end: start + trimmed.length });
    offset += raw.length + 1;
  }
  return lines.filter((line) => line.text.length > 0);
}

function findTitle(lines: Line[]): { first: number; last: number } {
  const limit = Math.min(lines.length, 40);
  for (let i = 0; i < limit; i += 1) {
    const line = lines[i]!;
    // Breadcrumbs (ホーム > 外交 > 声明) end in 声明 too; a title has no separators.
    if (!TITLE_END.test(line.text) || line.text.includes('。') || NAVIGATION.test(line.text))
      continue;
    let first = i;
    while (first > 0) {
      const previous = lines[first - 1]!.text;
      if (previous.includes('。') || !TITLE_CONTINUES.test(previous)) break;
      first -= 1;
    }
    return { first, last: i };
  }
  throw new DraftInputError(
    'no recognisable statement: no title line ending in 共同声明, 声明, 宣言 or similar in the first 40 lines',
  );
}

/** A signature block is an office line followed by a name line. */
function isOfficeLine(text: string, offices: readonly string[]): boolean {
  return !text.includes('。') && text.length <= 40 && offices.some((o) => text.endsWith(o));
}

export function layOut(text: string, offices: readonly string[]): Layout {
  const lines = splitLines(text);
  const { first, last } = findTitle(lines);
  const dropped: Line[] = lines.slice(0, first);
  const title = lines.slice(first, last + 1);
  const body = lines.slice(last + 1);

  let placeDate = -1;
  for (let i = body.length - 1; i >= 0; i -= 1) {
    if (PLACE_DATE.test(body[i]!.text)) {
      placeDate = i;
      break;
    }
  }
  // The body ends at the place-date line, or else at the last sentence.
  let bodyEnd = placeDate;
  if (bodyEnd < 0) {
    bodyEnd = body.length;
    while (bodyEnd > 0 && !body[bodyEnd - 1]!.text.includes('。')) bodyEnd -= 1;
  }
  const tail = body.slice(placeDate < 0 ? bodyEnd : bodyEnd + 1);
  const signatures: Line[][] = [];
  let t = 0;
  while (t + 1 < tail.length && isOfficeLine(tail[t]!.text, offices)) {
    signatures.push([tail[t]!, tail[t + 1]!]);
    t += 2;
  }
  dropped.push(...tail.slice(t));

  const paragraphs = body.slice(0, bodyEnd);
  if (!paragraphs.some((line) => line.text.includes('。'))) {
    throw new DraftInputError(
      'no recognisable statement: no sentence (ending in 。) after the title',
    );
  }

  const sections: LaidOutSection[] = [];
  const clauses: LaidOutClause[] = [];
  const counters = new Map<string, number>();
  const add = (
    section: string,
    line: { text: string; start: number },
    role: LaidOutClause['role'],
  ) => {
    const kind = role === 'signature' ? 'signature' : 'para';
    const key = `${section}/${kind}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    clauses.push({
      eId: `${section}__${kind}_${n}`,
      section,
      text: line.text,
      start: line.start,
      role,
    });
  };

  const firstHeading = paragraphs.findIndex((line) => isHeading(line.text));
  const intro = firstHeading < 0 ? paragraphs : paragraphs.slice(0, firstHeading);
  const main = firstHeading < 0 ? [] : paragraphs.slice(firstHeading);

  // The preamble opens with its subject (「…は、」) or its first participial clause (「…し、」).
  let preambleStart = intro.findIndex((line) => /は[、,]$/.test(line.text));
  if (preambleStart < 0) preambleStart = intro.findIndex((line) => /[、,]$/.test(line.text));
  if (preambleStart < 0) preambleStart = firstHeading < 0 ? Math.min(1, intro.length) : 0;
  const preface = intro.slice(0, preambleStart);
  const preamble = intro.slice(preambleStart);

  // Closing paragraphs (「以上の諸事項…」) belong to the conclusions.
  const closing: Line[] = [];
  const bodyParagraphs = firstHeading < 0 ? [] : main;
  while (bodyParagraphs.length && CLOSING.test(bodyParagraphs[bodyParagraphs.length - 1]!.text)) {
    closing.unshift(bodyParagraphs.pop()!);
  }

  if (preface.length) {
    sections.push({ eId: 'preface', heading: '前置き' });
    for (const line of preface) add('preface', line, 'paragraph');
  }
  if (preamble.length) {
    sections.push({ eId: 'preamble', heading: '前文' });
    for (const line of preamble) add('preamble', line, 'paragraph');
  }
  let current: string | undefined;
  for (const line of bodyParagraphs) {
    const heading = HEADING.exec(line.text);
    if (heading && !line.text.includes('。')) {
      const number = sections.filter((s) => s.number !== undefined).length + 1;
      current = `sec_${number}`;
      sections.push({ eId: current, number, heading: heading[2]!, headingText: line.text });
      continue;
    }
    add(current!, line, 'paragraph');
  }
  if (closing.length || placeDate >= 0 || signatures.length) {
    sections.push({ eId: 'conclusions', heading: '結び' });
    for (const line of closing) add('conclusions', line, 'paragraph');
    if (placeDate >= 0) add('conclusions', body[placeDate]!, 'place-date');
    for (const [office, name] of signatures) {
      add(
        'conclusions',
        { text: text.slice(office!.start, name!.end), start: office!.start },
        'signature',
      );
    }
  }
  // A section whose heading is printed but has no paragraph cannot hold clauses; drop it.
  const used = new Set(clauses.map((c) => c.section));
  return { title, sections: sections.filter((s) => used.has(s.eId)), clauses, dropped };
}

function isHeading(text: string): boolean {
  return HEADING.test(text) && !text.includes('。');
}
