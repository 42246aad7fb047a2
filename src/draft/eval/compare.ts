import { RELATION_TYPES, type RelationInfo, type RelationType } from '../../vocabulary';
import type { Annotation } from '../../ingest/annotation.schema';

/**
 * Agreement of a draft with a hand annotation, per layer, as precision, recall and F1 over sets
 * of comparable keys. Each layer says what makes two items the same: a clause is its eId, start
 * and text; a mention its clause and words; a speech act its clause, type and actors.
 */

export interface LayerScore {
  readonly layer: string;
  readonly drafted: number;
  readonly gold: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function score(
  layer: string,
  drafted: Iterable<string>,
  gold: Iterable<string>,
): LayerScore {
  const d = new Set(drafted);
  const g = new Set(gold);
  const matched = [...d].filter((k) => g.has(k)).length;
  return scoreCounts(layer, d.size, g.size, matched);
}

function scoreCounts(layer: string, drafted: number, gold: number, matched: number): LayerScore {
  const precision = drafted ? matched / drafted : gold ? 0 : 1;
  const recall = gold ? matched / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { layer, drafted, gold, matched, precision, recall, f1 };
}

type Relation = Annotation['relations'][number];

const isSpeechAct = (r: Relation) =>
  RELATION_TYPES[r.type as RelationType]?.category === 'speech_act';
/**
 * Actors by name, so that a drafted person (its id read from the name) and an annotated one
 * (koizumi-junichiro) with the same name are the same actor.
 */
const actorsOf = (a: Annotation) => {
  const names = new Map(a.entities.map((e) => [e.id, e.name.ja]));
  return (r: Relation) =>
    (Array.isArray(r.from) ? r.from : [r.from])
      .map((id) => names.get(id) ?? id)
      .sort()
      .join('+');
};
/** The act's own CAMEO code where the annotation records one, else its type's. */
const cameo = (r: Relation) =>
  r.cameo ?? (RELATION_TYPES[r.type as RelationType] as RelationInfo).cameo?.code ?? '';

function entityKinds(a: Annotation): Map<string, string> {
  return new Map(a.entities.map((e) => [e.id, e.kind]));
}

function mentions(a: Annotation, filter: (entityId: string, kind: string) => boolean): Relation[] {
  const kinds = entityKinds(a);
  return a.relations.filter((r) => r.type === 'MENTIONS' && filter(r.to, kinds.get(r.to) ?? ''));
}

function metadataKeys(a: Annotation): string[] {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const date = byId.get(a.document.signedOn);
  const place = byId.get(a.document.signedAt);
  return [
    `title:${a.document.title.ja}`,
    `documentType:${a.document.documentType}`,
    `signedOn:${date?.kind === 'CalendarDate' ? `${date.value}/${date.precision}` : '?'}`,
    `signedAt:${place?.name.ja ?? '?'}`,
    ...a.document.parties.map((p) => `party:${p}`),
    ...a.document.signatories.map((s) => {
      const person = byId.get(s);
      return `signatory:${person?.name.ja}/${person?.kind === 'Person' ? person.office.ja : '?'}`;
    }),
  ];
}

/** References match on clause and cited date, or on clause and overlapping name. */
function referenceScore(draft: Annotation, gold: Annotation): LayerScore {
  const describe = (a: Annotation) => {
    const dates = new Map(
      a.entities.flatMap((e) => (e.kind === 'CalendarDate' ? [[e.id, e.value] as const] : [])),
    );
    const signed = new Map(
      a.relations
        .filter((r) => r.type === 'SIGNED_ON')
        .map((r) => [r.from as string, dates.get(r.to)]),
    );
    return a.relations
      .filter((r) => r.type === 'REFERENCES')
      .map((r) => {
        const names = a.relations
          .filter(
            (m) =>
              m.type === 'MENTIONS' && m.to === r.to && m.evidence.clause === r.evidence.clause,
          )
          .map((m) => m.evidence.exact.replace(/[「」]|付$/g, ''));
        return { clause: r.evidence.clause, date: signed.get(r.to), names };
      });
  };
  const d = describe(draft);
  const g = describe(gold);
  const used = new Set<number>();
  let matched = 0;
  for (const item of d) {
    const i = g.findIndex((x, n) => {
      if (used.has(n) || x.clause !== item.clause) return false;
      if (x.date && item.date) return x.date === item.date;
      return x.names.some((a) => item.names.some((b) => a.includes(b) || b.includes(a)));
    });
    if (i >= 0) {
      used.add(i);
      matched += 1;
    }
  }
  return scoreCounts('references', d.length, g.length, matched);
}

/** `linkable`: ids the drafter could know beforehand (its gazetteer). */
export function compareAnnotations(
  draft: Annotation,
  gold: Annotation,
  linkable: ReadonlySet<string>,
): LayerScore[] {
  const notDate = (_: string, kind: string) => kind !== 'CalendarDate';
  const mentionKey = (r: Relation) => `${r.evidence.clause}|${r.evidence.exact}`;
  const draftKinds = entityKinds(draft);
  const draftActors = actorsOf(draft);
  const goldActors = actorsOf(gold);
  const goldKinds = entityKinds(gold);
  const dateKey = (_kinds: Map<string, string>) => (r: Relation) => `${r.evidence.clause}|${r.to}`;
  return [
    score(
      'clauses',
      draft.clauses.map((c) => `${c.eId}|${c.start}|${c.text}`),
      gold.clauses.map((c) => `${c.eId}|${c.start}|${c.text}`),
    ),
    score('document metadata', metadataKeys(draft), metadataKeys(gold)),
    score(
      'dates',
      mentions(draft, (_, k) => k === 'CalendarDate').map(dateKey(draftKinds)),
      mentions(gold, (_, k) => k === 'CalendarDate').map(dateKey(goldKinds)),
    ),
    referenceScore(draft, gold),
    score(
      'entity mentions (all)',
      mentions(draft, notDate).map(mentionKey),
      mentions(gold, notDate).map(mentionKey),
    ),
    score(
      'mentions linked to known entities',
      mentions(draft, (id) => linkable.has(id)).map((r) => `${r.evidence.clause}|${r.to}`),
      mentions(gold, (id) => linkable.has(id)).map((r) => `${r.evidence.clause}|${r.to}`),
    ),
    score(
      'mentions of new entities',
      mentions(draft, (id, kind) => !linkable.has(id) && kind !== 'CalendarDate').map(mentionKey),
      mentions(gold, (id, kind) => !linkable.has(id) && kind !== 'CalendarDate').map(mentionKey),
    ),
    score(
      'speech acts (actor+type+clause)',
      draft.relations
        .filter(isSpeechAct)
        .map((r) => `${r.evidence.clause}|${r.type}|${draftActors(r)}`),
      gold.relations
        .filter(isSpeechAct)
        .map((r) => `${r.evidence.clause}|${r.type}|${goldActors(r)}`),
    ),
    score(
      'CAMEO codes (actor+code+clause)',
      draft.relations
        .filter(isSpeechAct)
        .map((r) => `${r.evidence.clause}|${cameo(r)}|${draftActors(r)}`),
      gold.relations
        .filter(isSpeechAct)
        .map((r) => `${r.evidence.clause}|${cameo(r)}|${goldActors(r)}`),
    ),
  ];
}

/** An entity by its Japanese name without brackets or abbreviation (drafted and annotated ids differ). */
const namesOf = (a: Annotation) => {
  const names = new Map(
    a.entities.map((e) => [e.id, e.name.ja.replace(/[「」]/g, '').replace(/[((][^))]*[))]$/, '')]),
  );
  return (id: string) => names.get(id) ?? id;
};

const ofType = (a: Annotation, type: string) => a.relations.filter((r) => r.type === type);

/**
 * The relation layers between what the text names. Drafted propositions are not the annotator's
 * propositions, so a layer whose one end is a proposition is keyed by what can be compared: the
 * participant's quote (INVOLVES), the end of the premise phrase (BASED_ON), the act (basis).
 */
export function compareRelationLayers(draft: Annotation, gold: Annotation): LayerScore[] {
  // Each end as the clause writes it (its mention there), else by name.
  const fact = (a: Annotation, type: string) => {
    const name = namesOf(a);
    const quoted = new Map<string, string>();
    for (const m of ofType(a, 'MENTIONS')) {
      const key = `${m.evidence.clause}|${m.to}`;
      if (!quoted.has(key)) quoted.set(key, m.evidence.exact.replace(/[「」]/g, ''));
    }
    const end = (clause: string, id: string) => quoted.get(`${clause}|${id}`) ?? name(id);
    return ofType(a, type).map(
      (r) =>
        `${r.evidence.clause}|${end(r.evidence.clause, r.from as string)}|${end(r.evidence.clause, r.to)}`,
    );
  };
  const involves = (a: Annotation, withRole: boolean) =>
    ofType(a, 'INVOLVES').map(
      (r) =>
        `${r.evidence.clause}|${r.evidence.exact}${withRole ? `|${String(r.qualifiers?.role)}` : ''}`,
    );
  const basis = (a: Annotation) => {
    const actors = actorsOf(a);
    return a.relations
      .filter((r) => isSpeechAct(r) && r.qualifiers?.basis !== undefined)
      .map((r) => `${r.evidence.clause}|${r.type}|${actors(r)}`);
  };
  return [
    score('ACTIVE_IN (clause+body+sector)', fact(draft, 'ACTIVE_IN'), fact(gold, 'ACTIVE_IN')),
    score('CONCERNS (clause+subject+object)', fact(draft, 'CONCERNS'), fact(gold, 'CONCERNS')),
    score('INVOLVES (clause+participant quote)', involves(draft, false), involves(gold, false)),
    score('INVOLVES with role', involves(draft, true), involves(gold, true)),
    score(
      'BASED_ON (clause+premise end)',
      ofType(draft, 'BASED_ON').map((r) => `${r.evidence.clause}|${r.evidence.end}`),
      ofType(gold, 'BASED_ON').map((r) => `${r.evidence.clause}|${r.evidence.end}`),
    ),
    score('acts with a basis (clause+type+actor)', basis(draft), basis(gold)),
  ];
}

export function formatTable(scores: readonly LayerScore[]): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const lines = [
    `| ${'layer'.padEnd(38)} | drafted |  gold | matched | precision |  recall |      F1 |`,
    `| ${'-'.repeat(38)} | ------: | ----: | ------: | --------: | ------: | ------: |`,
  ];
  for (const s of scores) {
    lines.push(
      `| ${s.layer.padEnd(38)} | ${String(s.drafted).padStart(7)} | ${String(s.gold).padStart(5)} | ${String(s.matched).padStart(7)} | ${pct(s.precision).padStart(9)} | ${pct(s.recall)} | ${pct(s.f1)} |`,
    );
  }
  return lines.join('\n');
}
