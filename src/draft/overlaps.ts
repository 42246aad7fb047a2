import { SITE } from './candidates';

/**
 * Which of a clause's overlapping mentions stay. A name inside a longer name is usually part of
 * it and is dropped: a state, sector or place modifies the longer name (日本 in
 * 日本人材開発センター, アジア in アジア防災センター), and a candidate that ends where a known name
 * ends is that name (…会議 of アジア信頼醸成措置会議). Some inner names are constituents the
 * longer name is about, and stay:
 * - any name inside a document's title (its parties and organs);
 * - a site inside the project or issue on it (カシャガン油田 in カシャガン油田開発プロジェクト,
 *   朝鮮半島 in 朝鮮半島問題);
 * - a known organization that opens the name of its own forum or meeting (ASEAN in
 *   ASEAN地域フォーラム, 国連 in 国連首脳会合);
 * - a programme that opens the name of a meeting held within it (「中央アジア+日本」対話 in
 *   「中央アジア+日本」対話第2回外相会合).
 */

export interface Found {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly rule: string;
  /** Higher wins between equal spans: dates, persons and abbreviations 3, known names 2, candidates 1. */
  readonly priority: number;
}

function isConstituent(outer: Found, inner: Found, text: string): boolean {
  if (outer.kind === 'Document') return true;
  const innerText = text.slice(inner.start, inner.end);
  if (inner.kind === 'Place' && (outer.kind === 'Programme' || outer.kind === 'Issue'))
    return SITE.test(innerText);
  const opens = inner.start === outer.start;
  if (inner.kind === 'Organization' && inner.rule === 'gazetteer' && opens)
    return outer.kind === 'Organization' || outer.kind === 'Event';
  if (inner.kind === 'Programme' && outer.kind === 'Event' && opens) return true;
  return false;
}

/** The mentions that stay, in text order (`text` is the clause the offsets are in). */
export function resolveOverlaps<T extends Found>(
  found: readonly T[],
  text: string,
  offset = 0,
): T[] {
  const local = (f: Found): Found => ({ ...f, start: f.start - offset, end: f.end - offset });
  const kept = found.filter((m, mi) => {
    if (m.kind === 'CalendarDate') return true;
    return !found.some((o, oi) => {
      if (o === m || !(o.start <= m.start && o.end >= m.end)) return false;
      if (o.start === m.start && o.end === m.end)
        return o.priority > m.priority || (o.priority === m.priority && oi < mi);
      if (isConstituent(local(o), local(m), text)) return false;
      if (o.rule === 'quoted-programme') return true; // 「中央アジア+日本」対話 is one name
      if (m.kind === 'State' || m.kind === 'Sector' || m.kind === 'Place') return true;
      if (o.kind === m.kind && o.end === m.end) return true;
      return (o.end === m.end || o.start === m.start) && o.priority >= m.priority;
    });
  });
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
