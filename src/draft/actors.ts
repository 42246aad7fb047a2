import type { Gazetteer } from './gazetteer';

/**
 * Who a topic phrase names: 双方/両国/両首脳 the parties, 「日本側」「日本は」 a state, 「日本国政府」
 * its government, a named leader that leader, an office alone (カザフスタン共和国大統領) the state,
 * 「AとBは」 both.
 */
export interface ActorContext {
  readonly gazetteer: Gazetteer;
  readonly parties: readonly string[];
  /** Person names → the state they hold office in. */
  readonly persons: ReadonlyMap<string, string | undefined>;
  /** The id of a named person; leaders named as the subject act themselves (the preamble's 両首脳). */
  readonly personId?: (name: string) => string;
}

const BOTH = /^(双方|両国|両首脳|両国首脳|両者|両大臣|両外相)$/;
const BOTH_GOVERNMENTS = /^(両政府|両国政府)$/;

export function resolveActor(phrase: string, context: ActorContext): string[] {
  const text = phrase.replace(/^(また|更に|さらに|これに対し|この関連で|他方)[、,]?/, '').trim();
  if (text.length === 0 || text.length > 60) return [];
  if (BOTH.test(text)) return [...context.parties];
  if (BOTH_GOVERNMENTS.test(text)) {
    return context.parties.map((p) => context.gazetteer.governments.get(p) ?? p);
  }
  const ids: string[] = [];
  for (const part of text.split(/と(?!もに)|及び|並びに/)) {
    const id = resolveOne(part, context);
    if (!id) return [];
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

function resolveOne(part: string, context: ActorContext): string | undefined {
  for (const [name, state] of context.persons) {
    if (name && part.includes(name)) return context.personId?.(name) ?? state;
  }
  let best: { id: string; length: number; government: boolean } | undefined;
  for (const [id, known] of context.gazetteer.states) {
    for (const name of known.names) {
      if (!part.startsWith(name) && !part.includes(name)) continue;
      const rest = part.slice(part.indexOf(name) + name.length);
      // 日本側, 日本, 日本国政府, カザフスタン共和国大統領 — not 日本の企業.
      const government = /^政府$/.test(rest);
      const ok =
        rest === '' ||
        rest === '側' ||
        government ||
        context.gazetteer.offices.some((o) => rest === o.ja || rest.endsWith(o.ja));
      if (ok && (!best || name.length > best.length))
        best = { id, length: name.length, government };
    }
  }
  if (!best) return undefined;
  return best.government ? context.gazetteer.governments.get(best.id) : best.id;
}
