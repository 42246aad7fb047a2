import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../local-neo4j/paths';
import type { AnnotatedEntity } from '../ingest/annotation.schema';

/**
 * What the drafter knows before it reads a statement: a curated general gazetteer (states and
 * their governments, intergovernmental organizations, regions and cities, common sectors and
 * issues, offices) in data/gazetteer/, plus the entities of annotations or a graph it is given.
 * Each known entity is a complete annotation entity, so a linked mention copies it as it is.
 */

export interface KnownEntity {
  readonly entity: AnnotatedEntity;
  /** Japanese names and aliases the text may use. */
  readonly names: readonly string[];
  readonly source: 'gazetteer' | 'known';
}

export interface Office {
  readonly ja: string;
  readonly en: string;
}

export interface Gazetteer {
  readonly entities: readonly KnownEntity[];
  readonly offices: readonly Office[];
  /** Ids of states, for actors (日本側, 双方). */
  readonly states: ReadonlyMap<string, KnownEntity>;
  /** State id → its government's id. */
  readonly governments: ReadonlyMap<string, string>;
}

export const GAZETTEER_DIR = path.join(PROJECT_ROOT, 'data', 'gazetteer');

interface Named {
  id: string;
  en: string;
  names: string[];
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(GAZETTEER_DIR, file), 'utf8')) as T;
}

export function loadGazetteer(extra: readonly AnnotatedEntity[] = []): Gazetteer {
  const entities: KnownEntity[] = [];
  const states = new Map<string, KnownEntity>();
  const governments = new Map<string, string>();
  const add = (entity: AnnotatedEntity, names: string[], source: KnownEntity['source']) => {
    const known = { entity, names, source };
    entities.push(known);
    return known;
  };
  const base = (n: Named) => ({
    id: n.id,
    name: { ja: n.names[0]!, en: n.en },
    aliases: n.names.slice(1),
  });

  for (const s of readJson<{ states: Array<Named & { iso3166: string; demonym: string }> }>(
    'states.json',
  ).states) {
    const state = add({ ...base(s), kind: 'State', iso3166: s.iso3166 }, s.names, 'gazetteer');
    states.set(s.id, state);
    const governmentId = `${s.demonym}-government`;
    governments.set(s.id, governmentId);
    add(
      {
        id: governmentId,
        kind: 'Organization',
        organizationType: 'government',
        name: { ja: `${s.names[0]}政府`, en: `Government of ${s.en}` },
        aliases: s.names.slice(1).map((n) => `${n}政府`),
      },
      s.names.map((n) => `${n}政府`),
      'gazetteer',
    );
  }
  type Org = Named & {
    organizationType: Extract<AnnotatedEntity, { kind: 'Organization' }>['organizationType'];
  };
  for (const o of readJson<{ organizations: Org[] }>('organizations.json').organizations) {
    add(
      { ...base(o), kind: 'Organization', organizationType: o.organizationType },
      o.names,
      'gazetteer',
    );
  }
  for (const p of readJson<{ places: Named[] }>('places.json').places) {
    add({ ...base(p), kind: 'Place' }, p.names, 'gazetteer');
  }
  for (const s of readJson<{ sectors: Named[] }>('sectors.json').sectors) {
    add({ ...base(s), kind: 'Sector' }, s.names, 'gazetteer');
  }
  for (const i of readJson<{ issues: Named[] }>('issues.json').issues) {
    add({ ...base(i), kind: 'Issue' }, i.names, 'gazetteer');
  }
  // Entities of loaded annotations or the graph win over the general gazetteer: same id, their words.
  for (const entity of extra) {
    if (entity.kind === 'CalendarDate') continue;
    const names = [entity.name.ja, ...entity.aliases].filter((n) => n.length > 1);
    const index = entities.findIndex((e) => e.entity.id === entity.id);
    const known = { entity, names, source: 'known' as const };
    if (index >= 0) entities[index] = known;
    else entities.push(known);
    if (entity.kind === 'State') states.set(entity.id, known);
  }
  const offices = readJson<{ offices: Office[] }>('offices.json').offices;
  return { entities, offices, states, governments };
}

export interface NameMatch {
  readonly known: KnownEntity;
  readonly name: string;
  /** UTF-16 span in the searched text. */
  readonly start: number;
  readonly end: number;
}

/** Every occurrence of every known name, longest first where they overlap. */
export function matchNames(gazetteer: Gazetteer, text: string): NameMatch[] {
  const all: NameMatch[] = [];
  for (const known of gazetteer.entities) {
    for (const name of known.names) {
      let at = text.indexOf(name);
      while (at >= 0) {
        all.push({ known, name, start: at, end: at + name.length });
        at = text.indexOf(name, at + 1);
      }
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NameMatch[] = [];
  for (const match of all) {
    // A name inside a longer known name at the same place is part of it (国連 in 国連安保理).
    // A name inside a longer known name is part of it (アジア in 中央アジア地域), except a Latin
    // abbreviation, which names an organization of its own (ASEAN in ASEAN地域フォーラム).
    const inside = kept.some((k) => match.start >= k.start && match.end <= k.end);
    if (inside && !/^[A-Z]{2,}$/.test(match.name)) continue;
    if (
      kept.some(
        (k) =>
          match.start < k.end &&
          match.end > k.start &&
          !(match.start >= k.start && match.end <= k.end),
      )
    )
      continue;
    kept.push(match);
  }
  return kept;
}
