import { Field, Int, ObjectType } from 'type-graphql';
import { cypher, type ListPlan } from '../../graph/projection/field-plan';
import { DOCUMENT_DATE_BASES, type DocumentDateBasis } from '../../vocabulary';
import { BilingualText } from '../common/bilingual.type';
import { DatePrecision } from '../common/enums';
import { unpagedListComplexity } from '../limits';
import { Entity } from '../entity/entity.interface';
import { CalendarDate, Person, Place } from '../entity/kinds.type';
import { Relation } from '../relation/relation.type';

@ObjectType({ description: 'A document’s one date and where it comes from.' })
export class DocumentDate {
  @Field(() => String, { description: 'ISO 8601 at its precision: 2006, 2006-06, 2006-07-15.' })
  value!: string;

  @Field(() => DatePrecision)
  precision!: DatePrecision;

  @Field(() => String, {
    description: `Where the date comes from: ${Object.entries(DOCUMENT_DATE_BASES)
      .map(([basis, meaning]) => `${basis} (${meaning})`)
      .join('; ')}.`,
  })
  basis!: DocumentDateBasis;
}

/** Lists of a document that a connection field pages too (document.resolver.ts). */
export const DOCUMENT_LISTS = {
  clauses: { kind: 'snippet', name: 'documentClauses' },
  signatories: { kind: 'related', direction: 'OUT', types: ['SIGNED_BY'], orderBy: 'nameEn' },
  parties: { kind: 'relations', direction: 'IN', types: ['PARTY_TO'] },
  referencedBy: { kind: 'relations', direction: 'IN', types: ['REFERENCES'] },
} as const satisfies Record<string, ListPlan>;

@ObjectType({
  implements: Entity,
  description:
    'A written instrument: a loaded statement (with its text, sections and clauses) or a document it cites (earlier joint statements, memoranda, agreements, resolutions, action plans, strategies).',
})
export class Document extends Entity {
  @Field(() => String, {
    description:
      'joint_statement, memorandum, agreement, resolution, action_plan, outcome_document or strategy.',
  })
  documentType!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The number printed with it (resolution 1695).',
  })
  number?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 639-1 language of a loaded document’s text.',
  })
  language?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The verbatim text of a loaded document; evidence offsets index it in code points.',
  })
  text?: string | null;

  @Field(() => BilingualText, {
    nullable: true,
    description: 'Who published the text the graph was made from.',
  })
  @cypher({ kind: 'bilingual', ja: 'publisherJa', en: 'publisherEn' })
  publisher?: BilingualText | null;

  @Field(() => [Section], {
    description:
      'A loaded document’s sections in reading order: preface, preamble, 1–6, conclusions.',
    complexity: unpagedListComplexity,
  })
  @cypher({ kind: 'snippet', name: 'documentSections' })
  sections!: Section[];

  @Field(() => DocumentDate, {
    nullable: true,
    description:
      'Its one date, from the best source the graph has: signed, adopted, the adopting meeting, entry into force, announcement, or (basis cited_by) no later than the document citing it. Null only for a document nothing dates or cites.',
  })
  @cypher({ kind: 'snippet', name: 'documentDate' })
  date?: DocumentDate | null;

  @Field(() => CalendarDate, { nullable: true, description: 'When it was signed or dated (…付).' })
  @cypher({ kind: 'related', direction: 'OUT', types: ['SIGNED_ON'], single: true })
  signedOn?: CalendarDate | null;

  @Field(() => Place, { nullable: true, description: 'Where it was signed.' })
  @cypher({ kind: 'related', direction: 'OUT', types: ['SIGNED_AT'], single: true })
  signedAt?: Place | null;

  @Field(() => [Person], { description: 'Who signed it.', complexity: unpagedListComplexity })
  @cypher(DOCUMENT_LISTS.signatories)
  signatories!: Person[];

  @Field(() => CalendarDate, { nullable: true, description: 'When it entered into force.' })
  @cypher({ kind: 'related', direction: 'OUT', types: ['ENTERED_INTO_FORCE_ON'], single: true })
  enteredIntoForceOn?: CalendarDate | null;

  @Field(() => [Relation], {
    description: 'PARTY_TO relations into it: its parties, with the words that say so.',
    complexity: unpagedListComplexity,
  })
  @cypher(DOCUMENT_LISTS.parties)
  parties!: Relation[];

  @Field(() => [Relation], {
    description: 'The clauses that cite it (REFERENCES), with their quotes.',
    complexity: unpagedListComplexity,
  })
  @cypher(DOCUMENT_LISTS.referencedBy)
  referencedBy!: Relation[];
}

@ObjectType({
  implements: Entity,
  description:
    'A division of a loaded document: preface, preamble, a numbered section, conclusions.',
})
export class Section extends Entity {
  @Field(() => String, {
    description: 'Akoma Ntoso eId within the document: preamble, sec_2, conclusions.',
  })
  eId!: string;

  @Field(() => Int, { nullable: true, description: 'The number printed before its heading (1–6).' })
  number?: number | null;

  @Field(() => Int, { description: 'Position in the document, from 0.' })
  order!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The heading line verbatim (「2.経済関係」).',
  })
  headingText?: string | null;

  @Field(() => Document, { description: 'The document it divides.' })
  @cypher({ kind: 'snippet', name: 'clauseDocument' })
  document!: Document;
}
