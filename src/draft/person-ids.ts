import { hashedId, slugOf } from './ids';
import { romanize } from './romaji';
import type { Tokenize } from './tokenizer';

/**
 * Readable ids for drafted persons, from the name's reading: 小泉純一郎 → koizumi-junichiro
 * (family name, then given name, from the analyser's readings), ヌルスルタン・ナザルバーエフ →
 * nurusurutan-nazarubaefu (each part of a katakana name). The same name gives the same id in
 * every draft; a name the analyser cannot read falls back to a hash.
 */

const KATAKANA = /^[\u30a0-\u30ff]+$/u;

export function readablePersonId(name: string, tokenize: Tokenize): string | undefined {
  if (/^[A-Za-z][A-Za-z .'-]*$/.test(name)) return slugOf(name); // printed in Latin letters
  const parts: string[] = [];
  for (const segment of name.split(/[・=＝\s]+/u).filter(Boolean)) {
    if (KATAKANA.test(segment)) {
      const latin = romanize(segment);
      if (!latin) return undefined;
      parts.push(latin);
      continue;
    }
    // Family name (the first word), then the given name (the rest, read as one).
    const words = tokenize(segment).map((t) => (KATAKANA.test(t.surface) ? t.surface : t.reading));
    if (words.some((w) => w === undefined)) return undefined;
    const latin = words.map((w) => romanize(w!));
    if (latin.some((w) => !w)) return undefined;
    parts.push(latin[0]!, ...(latin.length > 1 ? [latin.slice(1).join('')] : []));
  }
  return slugOf(parts.join('-'));
}

/**
 * Hands out person ids in one draft: readable where possible, never the same id for two names
 * (the second of two homophones, or a name whose reading a known person already has, gets a
 * short hash of its own name after the reading).
 */
export class PersonIds {
  private readonly byId = new Map<string, string>();

  constructor(
    private readonly tokenize: Tokenize,
    known: Iterable<{ id: string; name: string }> = [],
  ) {
    for (const k of known) this.byId.set(k.id, k.name);
  }

  idFor(name: string): string {
    const readable = readablePersonId(name, this.tokenize);
    if (!readable) return hashedId('person', name);
    const holder = this.byId.get(readable);
    if (holder === undefined || holder === name) {
      this.byId.set(readable, name);
      return readable;
    }
    const distinct = `${readable}-${hashedId('', name).slice(1, 7)}`;
    this.byId.set(distinct, name);
    return distinct;
  }
}
