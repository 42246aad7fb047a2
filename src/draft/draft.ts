import type { RelationType } from '../vocabulary';
import type { AnnotatedEntity, Annotation } from '../ingest/annotation.schema';
import { resolveActor, type ActorContext } from './actors';
import { chooseCameo } from './cameo-choice';
import { findCandidates, type Candidate } from './candidates';
import { dateId, findDates, type FoundDate } from './dates';
import { loadGazetteer, matchNames, type Gazetteer, type KnownEntity } from './gazetteer';
import { hashedId, slugOf } from './ids';
import { layOut, type LaidOutClause, type Layout } from './layout';
import { resolveOverlaps } from './overlaps';
import { PersonIds } from './person-ids';
import type { ClauseMention, DraftedLink } from './clause-mention';
import { concerns, fieldsOfActivity } from './fields-of-activity';
import { participantsOf } from './participants';
import { actsOfPremise, findPremises } from './premises';
import { DraftInputError } from './read-statement';
import { findReferences } from './references';
import { Selectors } from './selectors';
import { findActs, type ActorPhrase } from './speech-acts';
import { loadTokenizer, type Token } from './tokenizer';

/**
 * Drafts an annotation from a statement's text: layout → per clause (names the gazetteer knows,
 * persons, dates, new candidates, references, speech acts) → one annotation whose every item is
 * marked draft with its rule and confidence. Pure apart from reading the gazetteer; it never
 * touches a database.
 */

export interface KnownDocument {
  readonly id: string;
  readonly documentType: string;
  /** ISO date it was signed on. */
  readonly signedOn?: string;
}

export interface DraftOptions {
  /** Path of the statement relative to where the annotation will be written. */
  readonly textFile: string;
  readonly documentId?: string;
  /** Entities of annotations or a graph the drafter should link to. */
  readonly known?: readonly AnnotatedEntity[];
  readonly knownDocuments?: readonly KnownDocument[];
  /** Shown in the source note. */
  readonly sourceName?: string;
}

export interface DraftReport {
  readonly dropped: readonly string[];
  readonly counts: Record<string, number>;
}

type Marked<T> = T & { draft: true; confidence: number; rule: string };
export type DraftAnnotation = Annotation;

interface Mention {
  readonly eId: string;
  readonly start: number;
  readonly end: number;
  readonly entityId: string;
  readonly kind: string;
  readonly confidence: number;
  readonly rule: string;
}

const TRANSLATE = '(translation needed)';

interface DraftedAct {
  readonly relation: Marked<Annotation['relations'][number]>;
  readonly proposition: string;
  readonly speakers: readonly string[];
  /** Clause-local: where the act's content starts, and its predicate. */
  readonly targetStart: number;
  readonly predicateStart: number;
}

export async function draftStatement(
  text: string,
  options: DraftOptions,
): Promise<{ annotation: DraftAnnotation; report: DraftReport }> {
  const gazetteer = loadGazetteer(options.known ?? []);
  const layout = layOut(
    text,
    gazetteer.offices.map((o) => o.ja),
  );
  const tokenize = await loadTokenizer();
  return new Drafter(text, layout, gazetteer, tokenize, options).run();
}

class Drafter {
  private readonly selectors: Selectors;
  private readonly entities = new Map<string, Marked<AnnotatedEntity>>();
  private readonly relations: Array<Marked<Annotation['relations'][number]>> = [];
  private readonly mentions: Mention[] = [];
  /** Every kept mention of each clause (repeats included), clause-local, for the relation rules. */
  private readonly clauseMentions = new Map<string, ClauseMention[]>();
  private readonly relationIds = new Map<string, number>();
  private readonly persons = new Map<string, string | undefined>();
  private parties: string[] = [];
  private readonly personIds: PersonIds;
  private documentId = '';

  constructor(
    private readonly text: string,
    private readonly layout: Layout,
    private readonly gazetteer: Gazetteer,
    private readonly tokenize: (text: string) => Token[],
    private readonly options: DraftOptions,
  ) {
    this.selectors = new Selectors(text);
    this.personIds = new PersonIds(
      tokenize,
      (options.known ?? [])
        .filter((e) => e.kind === 'Person')
        .map((e) => ({ id: e.id, name: e.name.ja })),
    );
  }

  run(): { annotation: DraftAnnotation; report: DraftReport } {
    const title = this.layout.title.map((l) => l.text).join('');
    const signatures = this.layout.clauses.filter((c) => c.role === 'signature');
    this.collectSignatories(signatures);
    this.parties = this.findParties(title, signatures);
    const placeDate = this.layout.clauses.find((c) => c.role === 'place-date');
    const signedOn = this.signingDate(placeDate);
    this.documentId = this.options.documentId ?? this.defaultId(signedOn);
    const tokensOf = new Map(this.layout.clauses.map((c) => [c.eId, this.tokenize(c.text)]));
    this.collectPersons(tokensOf);

    let carried: ActorPhrase | undefined;
    let previousSection = '';
    for (const clause of this.layout.clauses) {
      const tokens = tokensOf.get(clause.eId)!;
      this.draftMentions(clause, tokens);
      if (clause.role !== 'paragraph') continue;
      // A subject carries through the preamble's participial clauses, never across sections.
      if (clause.section !== previousSection && clause.section !== 'preamble') carried = undefined;
      previousSection = clause.section;
      const drafted = this.draftActs(clause, tokens, carried);
      carried = drafted.subject;
      this.draftStructure(clause, drafted.acts);
    }
    const signedAt = this.signingPlace(placeDate);
    const signatories = this.draftSignatures(signatures, signedOn, signedAt, placeDate);
    this.addMentionRelations();

    const annotation = {
      document: {
        id: this.documentId,
        title: { ja: title, en: this.englishTitle(title) },
        documentType: 'joint_statement' as const,
        language: 'ja',
        textFile: this.options.textFile,
        source: {
          publisher: { ja: '(未確認)', en: '(to be confirmed)' },
          note: `Drafted by npm run draft from ${this.options.sourceName ?? this.options.textFile}; ${this.layout.dropped.length} navigation or footer lines dropped.`,
        },
        signedOn: signedOn.id,
        signedAt,
        signatories,
        parties: this.parties,
        draft: true,
        confidence: 0.7,
        rule: 'layout-metadata',
      },
      sections: this.layout.sections.map((s) => ({
        eId: s.eId,
        ...(s.number !== undefined ? { number: s.number } : {}),
        heading: {
          ja: s.heading,
          en: SECTION_EN[s.eId] ?? `Section ${s.number ?? ''} ${TRANSLATE}`.replace('  ', ' '),
        },
        ...(s.headingText ? { headingText: s.headingText } : {}),
        draft: true,
        confidence: 0.9,
        rule: s.number !== undefined ? 'numbered-heading' : 'layout-section',
      })),
      clauses: this.layout.clauses.map((c) => ({
        eId: c.eId,
        section: c.section,
        text: c.text,
        en: TRANSLATE,
        start: this.selectors.codePoint(c.start),
        draft: true,
        confidence: 0.9,
        rule: `layout-${c.role}`,
      })),
      entities: [...this.entities.values()],
      relations: this.relations,
    } as DraftAnnotation;
    const counts: Record<string, number> = {
      sections: annotation.sections.length,
      clauses: annotation.clauses.length,
      entities: annotation.entities.length,
      mentions: this.mentions.length,
    };
    for (const r of this.relations) counts[r.type] = (counts[r.type] ?? 0) + 1;
    return {
      annotation,
      report: { dropped: this.layout.dropped.map((l) => l.text), counts },
    };
  }

  // ── entities ────────────────────────────────────────────────────────────────────────────────

  private addEntity(entity: AnnotatedEntity, confidence: number, rule: string): string {
    if (!this.entities.has(entity.id))
      this.entities.set(entity.id, { ...entity, draft: true, confidence, rule });
    return entity.id;
  }

  private addKnown(known: KnownEntity): string {
    return this.addEntity(
      known.entity,
      known.source === 'known' ? 0.95 : 0.9,
      known.source === 'known' ? 'known-entity' : 'gazetteer',
    );
  }

  private addDate(date: FoundDate): string {
    const id = dateId(date.value);
    return this.addEntity(
      {
        id,
        kind: 'CalendarDate',
        value: date.value,
        precision: date.precision,
        name: { ja: date.exact, en: date.value },
        aliases: [],
      },
      0.95,
      date.rule,
    );
  }

  private addCandidate(candidate: Candidate): string {
    const known =
      this.knownByName(candidate.exact) ??
      (candidate.abbreviation ? this.knownByName(candidate.abbreviation) : undefined);
    if (known) return this.addKnown(known);
    const name = candidate.exact;
    const prefix = {
      Organization: 'org',
      Programme: 'prog',
      Event: 'event',
      Place: 'place',
      Sector: 'sector',
      Issue: 'issue',
      Document: 'doc',
      State: 'state',
      Person: 'person',
    }[candidate.kind];
    const id = (candidate.abbreviation && slugOf(candidate.abbreviation)) || hashedId(prefix, name);
    const base = {
      id,
      name: { ja: name, en: candidate.abbreviation ?? TRANSLATE },
      aliases: candidate.abbreviation ? [candidate.abbreviation] : [],
    };
    const existing = this.entities.get(id);
    if (existing) return existing.id;
    let entity: AnnotatedEntity;
    switch (candidate.kind) {
      case 'Organization':
        entity = {
          ...base,
          kind: 'Organization',
          organizationType: candidate.organizationType ?? 'government_agency',
        };
        break;
      case 'Document':
        entity = {
          ...base,
          kind: 'Document',
          documentType: candidate.documentType ?? 'joint_statement',
        };
        break;
      case 'State':
      case 'Person':
        throw new Error(`a ${candidate.kind} is never a new candidate`);
      default:
        entity = { ...base, kind: candidate.kind };
    }
    return this.addEntity(entity, candidate.confidence, candidate.rule);
  }

  /** Length of the longest state name `text` starts with (0 when none). */
  private knownPrefix(text: string): number {
    let best = 0;
    for (const known of this.gazetteer.states.values()) {
      for (const name of known.names) {
        if (name.length > best && text.startsWith(name)) best = name.length;
      }
    }
    return best;
  }

  private knownByName(name: string): KnownEntity | undefined {
    const bare = name.replace(/^「|」$/g, '');
    return this.gazetteer.entities.find((k) => k.names.includes(name) || k.names.includes(bare));
  }

  // ── metadata ────────────────────────────────────────────────────────────────────────────────

  private collectSignatories(signatures: readonly LaidOutClause[]): void {
    for (const clause of signatures) {
      const [office = '', name = ''] = clause.text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const state = matchNames(this.gazetteer, office).find((m) => m.known.entity.kind === 'State');
      this.persons.set(name, state?.known.entity.id);
    }
  }

  /** Leaders the analyser tags as personal names (小泉/純一郎) next to an office. */
  private collectPersons(tokensOf: ReadonlyMap<string, Token[]>): void {
    for (const [eId, tokens] of tokensOf) {
      const clause = this.layout.clauses.find((c) => c.eId === eId)!.text;
      for (let i = 0; i < tokens.length; i += 1) {
        if (tokens[i]!.pos2 !== '人名') continue;
        let j = i;
        while (j + 1 < tokens.length && tokens[j + 1]!.pos2 === '人名') j += 1;
        if (j > i) {
          const name = clause.slice(tokens[i]!.start, tokens[j]!.end);
          if (!this.persons.has(name)) {
            const after = clause.slice(tokens[j]!.end, tokens[j]!.end + 20);
            const state = matchNames(this.gazetteer, after).find(
              (m) => m.start === 0 && m.known.entity.kind === 'State',
            );
            this.persons.set(name, state?.known.entity.id);
          }
        }
        i = j;
      }
    }
  }

  private personId(name: string): string {
    const state = this.persons.get(name);
    const office = this.officeOf(name);
    return this.addEntity(
      {
        id: this.personIds.idFor(name),
        kind: 'Person',
        name: { ja: name, en: TRANSLATE },
        aliases: [],
        office: { ja: office?.ja ?? '(未確認)', en: office?.en ?? '(to be confirmed)' },
        ...(state ? { description: `holds office in ${state}` } : {}),
      },
      0.8,
      'person-name',
    );
  }

  /** The office printed next to a person (in a signature block or beside the name). */
  private officeOf(name: string): { ja: string; en: string } | undefined {
    for (const clause of this.layout.clauses) {
      const at = clause.text.indexOf(name);
      if (at < 0) continue;
      const around = clause.text.slice(Math.max(0, at - 30), at + name.length + 30);
      for (const office of [...this.gazetteer.offices].sort((a, b) => b.ja.length - a.ja.length)) {
        if (around.includes(office.ja)) {
          const state = this.persons.get(name);
          const stateName = state ? this.gazetteer.states.get(state)?.entity.name : undefined;
          return stateName
            ? { ja: `${stateName.ja}${office.ja}`, en: `${office.en} of ${stateName.en}` }
            : office;
        }
      }
    }
    return undefined;
  }

  private findParties(title: string, signatures: readonly LaidOutClause[]): string[] {
    const fromTitle = matchNames(this.gazetteer, title).filter(
      (m) => m.known.entity.kind === 'State',
    );
    const ids = fromTitle.map((m) => m.known.entity.id);
    for (const s of signatures) {
      for (const m of matchNames(this.gazetteer, s.text))
        if (m.known.entity.kind === 'State') ids.push(m.known.entity.id);
    }
    const unique = [...new Set(ids)];
    if (unique.length === 0) {
      throw new DraftInputError(
        'no recognisable statement: neither the title nor a signature names a state the gazetteer knows',
      );
    }
    for (const id of unique) this.addKnown(this.gazetteer.states.get(id)!);
    return unique;
  }

  private signingDate(placeDate: LaidOutClause | undefined): { id: string; date: FoundDate } {
    const dates = placeDate ? findDates(placeDate.text) : [];
    const date = dates[0] ?? this.layout.clauses.flatMap((c) => findDates(c.text))[0];
    if (!date)
      throw new DraftInputError(
        'no recognisable statement: no date (such as 2006年8月28日 or 平成18年8月28日) in the text',
      );
    return { id: this.addDate(date), date };
  }

  private signingPlace(placeDate: LaidOutClause | undefined): string {
    if (placeDate) {
      const known = matchNames(this.gazetteer, placeDate.text).find(
        (m) => m.known.entity.kind === 'Place',
      );
      if (known) return this.addKnown(known.known);
      const rest = placeDate.text
        .replace(findDates(placeDate.text)[0]?.exact ?? '', '')
        .replace(/[、,\s\u3000]|にて$|で$/g, '');
      if (rest)
        return this.addEntity(
          {
            id: hashedId('place', rest),
            kind: 'Place',
            name: { ja: rest, en: TRANSLATE },
            aliases: [],
          },
          0.7,
          'place-date-line',
        );
    }
    const place = this.mentions.find((m) => m.kind === 'Place');
    if (place) return place.entityId;
    throw new DraftInputError(
      'no recognisable statement: no place-and-date line (such as 「2006年8月28日、アスタナ」) and no place named',
    );
  }

  private defaultId(signedOn: { date: FoundDate }): string {
    const codes = this.parties.map(
      (p) => (this.gazetteer.states.get(p)?.entity as { iso3166?: string })?.iso3166 ?? p,
    );
    return (
      slugOf(`${codes.join('-')}-${signedOn.date.value.slice(0, 4)}`) ??
      hashedId('statement', this.text)
    );
  }

  private englishTitle(title: string): string {
    const head = /共同声明$/.test(title)
      ? 'Joint Statement'
      : /宣言$/.test(title)
        ? 'Declaration'
        : 'Statement';
    const names = this.parties.map((p) => this.gazetteer.states.get(p)?.entity.name.en ?? p);
    return `${head} between ${names.join(' and ')} ${TRANSLATE}`;
  }

  // ── mentions ────────────────────────────────────────────────────────────────────────────────

  private draftMentions(clause: LaidOutClause, tokens: readonly Token[]): void {
    const found: Array<Omit<Mention, 'eId'> & { priority: number }> = [];
    const at = (start: number, end: number) => ({
      start: clause.start + start,
      end: clause.start + end,
    });
    for (const m of matchNames(this.gazetteer, clause.text)) {
      const sideEnd =
        m.known.entity.kind === 'State' && clause.text[m.end] === '側' ? m.end + 1 : m.end;
      found.push({
        ...at(m.start, sideEnd),
        entityId: this.addKnown(m.known),
        kind: m.known.entity.kind,
        confidence: 0.9,
        rule: 'gazetteer',
        priority: 2,
      });
    }
    for (const [name] of this.persons) {
      const i = name ? clause.text.indexOf(name) : -1;
      if (i >= 0)
        found.push({
          ...at(i, i + name.length),
          entityId: this.personId(name),
          kind: 'Person',
          confidence: 0.8,
          rule: 'person-name',
          priority: 3,
        });
    }
    const dates = findDates(clause.text);
    for (const d of dates)
      found.push({
        ...at(d.start, d.end),
        entityId: this.addDate(d),
        kind: 'CalendarDate',
        confidence: 0.95,
        rule: d.rule,
        priority: 3,
      });
    const candidates = findCandidates(clause.text, tokens, (text) => this.knownPrefix(text));
    for (const c of candidates) {
      const id = this.addCandidate(c);
      found.push({
        ...at(c.start, c.end),
        entityId: id,
        kind: this.entities.get(id)!.kind,
        confidence: c.confidence,
        rule: c.rule,
        priority: c.rule.startsWith('abbreviation') ? 3 : 1,
      });
    }
    if (clause.role === 'paragraph') {
      for (const ref of findReferences(clause.text, tokens, dates)) {
        const id = this.documentFor(
          ref.title,
          ref.documentType,
          ref.date,
          ref.rule,
          ref.confidence,
        );
        found.push({
          ...at(ref.nameStart, ref.nameEnd),
          entityId: id,
          kind: 'Document',
          confidence: ref.confidence,
          rule: ref.rule,
          priority: 3,
        });
        this.relate(
          'REFERENCES',
          clause.eId,
          id,
          clause.eId,
          at(ref.quoteStart, ref.quoteEnd),
          ref.confidence,
          ref.rule,
        );
        if (ref.date) {
          this.relate(
            'SIGNED_ON',
            id,
            dateId(ref.date.value),
            clause.eId,
            at(ref.date.start, ref.date.end + (clause.text[ref.date.end] === '付' ? 1 : 0)),
            ref.confidence,
            ref.rule,
          );
        }
      }
      const cited = new Set<string>();
      for (const c of candidates.filter((x) => x.kind === 'Document')) {
        const id = this.addCandidate(c);
        if (cited.has(id)) continue;
        cited.add(id);
        this.relate(
          'REFERENCES',
          clause.eId,
          id,
          clause.eId,
          at(c.start, c.end),
          c.confidence,
          c.rule,
        );
      }
    }
    const kept = resolveOverlaps(found, clause.text, clause.start);
    this.clauseMentions.set(
      clause.eId,
      kept.map((m) => ({
        start: m.start - clause.start,
        end: m.end - clause.start,
        entityId: m.entityId,
        kind: m.kind,
      })),
    );
    const seen = new Set<string>();
    for (const m of kept) {
      if (seen.has(m.entityId)) continue;
      seen.add(m.entityId);
      this.mentions.push({
        eId: clause.eId,
        start: m.start,
        end: m.end,
        entityId: m.entityId,
        kind: m.kind,
        confidence: m.confidence,
        rule: m.rule,
      });
    }
  }

  /** A cited document: one the drafter knows (same date and type), or a new one. */
  private documentFor(
    title: string,
    documentType: string,
    date: FoundDate | undefined,
    rule: string,
    confidence: number,
  ): string {
    const known = this.options.knownDocuments?.find(
      (d) => date && d.signedOn === date.value && d.documentType === documentType,
    );
    if (known) {
      const entity = this.options.known?.find((e) => e.id === known.id);
      if (entity) return this.addEntity(entity, 0.9, 'known-document-by-date');
    }
    if (date) this.addDate(date);
    const id =
      date && documentType === 'joint_statement' ? `js-${date.value}` : hashedId('doc', title);
    return this.addEntity(
      {
        id,
        kind: 'Document',
        documentType: documentType as 'joint_statement',
        name: { ja: title, en: TRANSLATE },
        aliases: [],
      },
      confidence,
      rule,
    );
  }

  private addMentionRelations(): void {
    for (const m of this.mentions) {
      this.relate(
        'MENTIONS',
        m.eId,
        m.entityId,
        m.eId,
        { start: m.start, end: m.end },
        m.confidence,
        m.rule,
      );
    }
  }

  // ── speech acts ─────────────────────────────────────────────────────────────────────────────

  private draftActs(
    clause: LaidOutClause,
    tokens: readonly Token[],
    carried: ActorPhrase | undefined,
  ): { subject: ActorPhrase | undefined; acts: DraftedAct[] } {
    const drafted: DraftedAct[] = [];
    const context: ActorContext = {
      gazetteer: this.gazetteer,
      parties: this.parties,
      persons: this.persons,
      personId: (name) => this.personId(name),
    };
    const isActor = (phrase: string) => resolveActor(phrase, context).length > 0;
    // A phrase carried from an earlier clause has offsets in that clause; only its text is used.
    const { acts, subject } = findActs(clause.text, tokens, isActor, carried);
    acts.forEach((act) => {
      const actors = resolveActor(act.actor.text, context);
      const objectStart =
        act.actor.end <= act.predicateStart && act.spanStart === act.actor.start
          ? act.actor.end
          : act.spanStart;
      const target = clause.text
        .slice(objectStart, act.predicateStart)
        .replace(/^[、,\s]+/, '')
        .replace(/(ことを|ことに|ことへの|ことについて|について|を|に|と|の|との)$/, '')
        .trim();
      const propositionId =
        `${this.documentId}.${clause.eId}.p${this.relationIds.size + 1}`.replace(
          /[^a-z0-9:._-]/g,
          '-',
        );
      const proposition = this.addEntity(
        {
          id: propositionId,
          kind: 'Proposition',
          name: { ja: target || act.predicate, en: TRANSLATE },
          aliases: [],
        },
        act.confidence,
        act.rule,
      );
      const span = { start: clause.start + act.spanStart, end: clause.start + act.predicateEnd };
      const relation = this.relate(
        act.type,
        actors.length > 1 ? actors : actors[0]!,
        proposition,
        clause.eId,
        span,
        act.confidence,
        act.rule,
      );
      relation.qualifiers = {
        predicate: act.predicate.replace(/[、,]$/, ''),
        ...(act.confirmed ? { confirmed: true } : {}),
      };
      const cameo = chooseCameo(act.type, target, actors.length > 1);
      if (cameo) relation.cameo = cameo;
      drafted.push({
        relation,
        proposition,
        speakers: actors,
        targetStart: objectStart,
        predicateStart: act.predicateStart,
      });
    });
    return { subject, acts: drafted };
  }

  // ── relations between what a clause names ──────────────────────────────────────────────────

  /** INVOLVES, premises (basis, BASED_ON), ACTIVE_IN and CONCERNS of one paragraph. */
  private draftStructure(clause: LaidOutClause, acts: readonly DraftedAct[]): void {
    const mentions = this.clauseMentions.get(clause.eId) ?? [];
    const link = (type: RelationType, l: DraftedLink) => {
      const r = this.relate(
        type,
        l.from,
        l.to,
        clause.eId,
        { start: clause.start + l.start, end: clause.start + l.end },
        l.confidence,
        l.rule,
      );
      if (l.role) r.qualifiers = { role: l.role };
    };
    for (const act of acts) {
      const target = { start: act.targetStart, end: act.predicateStart };
      for (const p of participantsOf(act.proposition, target, act.speakers, clause.text, mentions))
        link('INVOLVES', p);
    }
    for (const premise of findPremises(clause.text, mentions)) {
      const applies = actsOfPremise(premise, clause.text, acts);
      if (applies.length === 0) continue;
      const basis =
        premise.entityId ??
        this.addEntity(
          {
            id: `${applies[0]!.proposition}-premise`,
            kind: 'Proposition',
            name: { ja: premise.content, en: TRANSLATE },
            aliases: [],
          },
          0.5,
          premise.rule,
        );
      for (const act of applies) {
        if (premise.kind === 'basis')
          act.relation.qualifiers = { ...act.relation.qualifiers, basis };
        link('BASED_ON', {
          from: act.proposition,
          to: basis,
          start: premise.start,
          end: premise.end,
          rule: premise.rule,
          confidence: 0.6,
        });
      }
    }
    const sectorsNamedIn = (name: string) =>
      matchNames(this.gazetteer, name)
        .filter((m) => m.known.entity.kind === 'Sector')
        .map((m) => this.addKnown(m.known));
    const knownIn = (name: string, kinds: readonly string[]) =>
      matchNames(this.gazetteer, name)
        .filter((m) => kinds.includes(m.known.entity.kind))
        .map((m) => this.addKnown(m.known));
    const fields = fieldsOfActivity(clause.text, mentions, sectorsNamedIn);
    const seen = new Set<string>();
    for (const [type, links] of [
      ['ACTIVE_IN', fields.activeIn],
      ['CONCERNS', [...fields.concerns, ...concerns(clause.text, mentions, knownIn)]],
    ] as const) {
      for (const l of links) {
        const key = `${type}|${l.from}|${l.to}`;
        if (seen.has(key)) continue;
        seen.add(key);
        link(type, l);
      }
    }
  }

  // ── signature block ─────────────────────────────────────────────────────────────────────────

  private draftSignatures(
    signatures: readonly LaidOutClause[],
    signedOn: { id: string; date: FoundDate },
    signedAt: string,
    placeDate: LaidOutClause | undefined,
  ): string[] {
    const ids: string[] = [];
    if (placeDate) {
      const d = signedOn.date;
      const dateAt = placeDate.text.indexOf(d.exact);
      if (dateAt >= 0)
        this.relate(
          'SIGNED_ON',
          this.documentId,
          signedOn.id,
          placeDate.eId,
          { start: placeDate.start + dateAt, end: placeDate.start + dateAt + d.exact.length },
          0.9,
          'place-date-line',
        );
      const place = this.entities.get(signedAt)!;
      const placeAt = placeDate.text.indexOf(place.name.ja);
      if (placeAt >= 0)
        this.relate(
          'SIGNED_AT',
          this.documentId,
          signedAt,
          placeDate.eId,
          {
            start: placeDate.start + placeAt,
            end: placeDate.start + placeAt + place.name.ja.length,
          },
          0.9,
          'place-date-line',
        );
    }
    for (const clause of signatures) {
      const [office = '', name = ''] = clause.text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const person = this.personId(name);
      ids.push(person);
      const whole = { start: clause.start, end: clause.start + clause.text.length };
      this.relate('SIGNED_BY', this.documentId, person, clause.eId, whole, 0.9, 'signature-block');
      const state = this.persons.get(name);
      if (state) {
        const r = this.relate(
          'HOLDS_OFFICE_IN',
          person,
          state,
          clause.eId,
          whole,
          0.85,
          'signature-block',
        );
        r.qualifiers = {
          office: (this.entities.get(person) as { office?: { en: string } }).office?.en ?? office,
        };
        this.relate(
          'PARTY_TO',
          state,
          this.documentId,
          clause.eId,
          { start: clause.start, end: clause.start + office.length },
          0.85,
          'signature-block',
        );
      }
    }
    if (ids.length === 0) {
      // No signature block: the leaders the text names act for the parties.
      for (const [name] of this.persons) ids.push(this.personId(name));
    }
    if (ids.length === 0)
      throw new DraftInputError(
        'no recognisable statement: no signature block (office line, name line) and no leader named',
      );
    return ids;
  }

  private relate(
    type: RelationType,
    from: string | string[],
    to: string,
    eId: string,
    span: { start: number; end: number },
    confidence: number,
    rule: string,
  ): Marked<Annotation['relations'][number]> {
    const base = `r-${eId}-${type.toLowerCase().replace(/_/g, '-')}`;
    const n = (this.relationIds.get(base) ?? 0) + 1;
    this.relationIds.set(base, n);
    const relation: Marked<Annotation['relations'][number]> = {
      id: `${base}-${n}`,
      type,
      from,
      to,
      evidence: this.selectors.evidence(eId, span.start, span.end),
      draft: true,
      confidence,
      rule,
    };
    this.relations.push(relation);
    return relation;
  }
}

const SECTION_EN: Record<string, string> = {
  preface: 'Preface',
  preamble: 'Preamble',
  conclusions: 'Conclusions',
};
