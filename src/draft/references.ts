import type { DocumentType } from '../vocabulary';
import { DOCUMENT_HEADS, compoundRuns, isGenericDocument } from './candidates';
import type { FoundDate } from './dates';
import type { Token } from './tokenizer';

/**
 * References to documents in one clause: dated instruments (「2006年7月15日付の…決議1695」,
 * several dates sharing one head: 「A付及びB付の…共同声明」), named instruments whose compound
 * noun ends in a document head (…覚書, …協定, 成果文書, …共同声明), and 「」-quoted documents
 * (passed in from the candidates). Spans are UTF-16 offsets in the clause.
 */

export interface FoundReference {
  /** How the document is named here (its mention). */
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  /** The words that cite it (the REFERENCES evidence). */
  readonly quoteStart: number;
  readonly quoteEnd: number;
  readonly documentType: DocumentType;
  readonly date?: FoundDate;
  readonly title: string;
  readonly rule: string;
  readonly confidence: number;
}

function headOf(text: string): DocumentType | undefined {
  const head = Object.keys(DOCUMENT_HEADS)
    .sort((a, b) => b.length - a.length)
    .find((h) => text.endsWith(h));
  return head ? DOCUMENT_HEADS[head] : undefined;
}

export function findReferences(
  clause: string,
  tokens: readonly Token[],
  dates: readonly FoundDate[],
): FoundReference[] {
  const out: FoundReference[] = [];
  const sentenceEnd = (at: number) => {
    const end = clause.indexOf('。', at);
    return end < 0 ? clause.length : end;
  };
  // Compound nouns that end in a document head, possibly followed by a number (決議1695).
  const heads: Array<{
    start: number;
    end: number;
    first: number;
    last: number;
    type: DocumentType;
  }> = [];
  for (const [first, last] of compoundRuns(tokens)) {
    let headEnd = last;
    while (headEnd > first && tokens[headEnd]!.pos1 === '数') headEnd -= 1;
    const text = clause.slice(tokens[first]!.start, tokens[headEnd]!.end);
    const type = headOf(text);
    if (!type) continue;
    if (clause[tokens[first]!.start - 1] === '」' || clause[tokens[last]!.end] === '」') continue; // quoted: a candidate
    heads.push({ start: tokens[first]!.start, end: tokens[last]!.end, first, last: headEnd, type });
  }
  const used = new Set<number>();
  // Dated instruments: every 「DATE付」 up to the next document head in its sentence.
  const dated = dates.filter((d) => clause[d.end] === '付');
  const groups = new Map<number, FoundDate[]>();
  for (const date of dated) {
    const head = heads.findIndex((h) => h.start > date.end && h.end <= sentenceEnd(date.end));
    if (head < 0) continue;
    groups.set(head, [...(groups.get(head) ?? []), date]);
  }
  for (const [index, group] of groups) {
    const head = heads[index]!;
    used.add(index);
    const headText = clause.slice(head.start, head.end);
    for (const date of group) {
      const shared = group.length > 1 || isGenericDocument(tokens, head.first, head.last);
      out.push({
        name: shared ? clause.slice(date.start, date.end + 1) : headText,
        nameStart: shared ? date.start : head.start,
        nameEnd: shared ? date.end + 1 : head.end,
        quoteStart: group[0]!.start,
        quoteEnd: head.end,
        documentType: head.type,
        date,
        title: shared ? `${date.exact}付${headText}` : headText,
        rule: shared ? 'dated-document-group' : 'dated-document',
        confidence: 0.85,
      });
    }
  }
  // Named instruments without a 付 date (a date with の just before still dates them).
  heads.forEach((head, index) => {
    if (used.has(index) || isGenericDocument(tokens, head.first, head.last)) return;
    if (clause[head.start - 1] === '同') return; // 同覚書: the one just named
    const text = clause.slice(head.start, head.end);
    const before = dates.find((d) => d.end + 1 === head.start && clause[d.end] === 'の');
    out.push({
      name: text,
      nameStart: head.start,
      nameEnd: head.end,
      quoteStart: before ? before.start : head.start,
      quoteEnd: head.end,
      documentType: head.type,
      date: before,
      title: text,
      rule: before ? 'dated-document' : 'document-head-noun',
      confidence: before ? 0.8 : 0.6,
    });
  });
  return out;
}
