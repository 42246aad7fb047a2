import type { ClauseMention, DraftedLink } from './clause-mention';

/**
 * INVOLVES: who and what an act's content names. Every mention inside the act's target (between
 * its subject and its predicate) is a participant of the proposition, with a role read from the
 * words around it: a date is the time, a place the place; a state or organization is an agent
 * when it acts in the content (日本側の支援, 北朝鮮が), a partner when the content is between two
 * (日本国とカザフスタン共和国との間の), else what the content is about (object). The subject is
 * outside the content, and a speaker acting in its own content is not repeated as its agent.
 */

const ACTOR_KINDS = new Set(['State', 'Organization', 'Person']);

function roleOf(m: ClauseMention, clause: string, all: readonly ClauseMention[]): string {
  if (m.kind === 'CalendarDate') return 'time';
  if (m.kind === 'Place') return 'place';
  if (!ACTOR_KINDS.has(m.kind)) return 'object';
  const after = clause.slice(m.end, m.end + 4);
  if (/^(側の|側が|側は|が|による)/.test(after)) return 'agent';
  const startsAt = (at: number) =>
    all.some((o) => o !== m && ACTOR_KINDS.has(o.kind) && o.start === at);
  const endsAt = (at: number) =>
    all.some((o) => o !== m && ACTOR_KINDS.has(o.kind) && o.end === at);
  // 「AとBとの間の」「AとBとの協力」: both are partners.
  if (after.startsWith('と') && startsAt(m.end + 1)) return 'partner';
  if (after.startsWith('との') && clause[m.start - 1] === 'と' && endsAt(m.start - 1))
    return 'partner';
  return 'object';
}

export function participantsOf(
  proposition: string,
  target: { start: number; end: number },
  speakers: readonly string[],
  clause: string,
  mentions: readonly ClauseMention[],
): DraftedLink[] {
  const seen = new Set<string>();
  const out: DraftedLink[] = [];
  for (const m of mentions) {
    if (m.start < target.start || m.end > target.end) continue;
    if (m.kind === 'Proposition' || seen.has(m.entityId)) continue;
    const role = roleOf(m, clause, mentions);
    // The speaker acting in its own content only repeats the subject.
    if (role === 'agent' && speakers.includes(m.entityId)) continue;
    seen.add(m.entityId);
    out.push({
      from: proposition,
      to: m.entityId,
      start: m.start,
      end: m.end,
      rule: 'mention-in-target',
      confidence: 0.6,
      role,
    });
  }
  return out;
}
