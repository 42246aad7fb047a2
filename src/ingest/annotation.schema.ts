import { z } from 'zod';
import {
  DATE_PRECISIONS,
  DOCUMENT_TYPES,
  ORGANIZATION_TYPES,
  RELATION_TYPE_NAMES,
} from '../vocabulary';

/**
 * The shape of an annotation file (fixtures/<document>/annotation.json). zod checks the shape;
 * validate-annotation.ts then checks what a shape cannot: quotes at their offsets, ids that
 * resolve, kinds allowed at each end of a relation.
 *
 * Offsets are in Unicode code points of the statement text (statement.txt), as the W3C Web
 * Annotation TextPositionSelector defines them, not UTF-16 units.
 */

/** Lowercase slug ids (`jogmec`, `date:2006-08-28`); clause and section refs are eIds. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9:._-]*$/;
/** Akoma Ntoso eId: `preamble__para_2`, `sec_2__para_3`, `conclusions__signature_1`. */
export const EID_PATTERN =
  /^(preface|preamble|conclusions|sec_[1-9][0-9]*)(__[a-z]+_[1-9][0-9]*)?$/;

const id = z.string().regex(ID_PATTERN, 'an id of lowercase letters, digits and : . _ -');
const eId = z.string().regex(EID_PATTERN, 'an Akoma Ntoso eId such as sec_2__para_3');
const nonEmpty = z.string().trim().min(1, 'a non-empty string');
const bilingual = z.object({ ja: nonEmpty, en: nonEmpty }).strict();

/**
 * Marks of an item `npm run draft` wrote and a reviewer has not yet checked: the confidence of
 * the rule that produced it, and the rule's name. The loader ignores them.
 */
const draftMark = {
  draft: z.boolean().optional(),
  confidence: z.number().min(0).max(1).optional(),
  rule: nonEmpty.optional(),
};

const documentMetadata = z
  .object({
    id,
    title: bilingual,
    documentType: z.enum(DOCUMENT_TYPES),
    language: z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as ja'),
    /** The verbatim text, relative to the annotation file. */
    textFile: nonEmpty,
    source: z
      .object({
        publisher: bilingual,
        note: nonEmpty,
        originalFile: nonEmpty.optional(),
      })
      .strict(),
    /** Entity ids, for readers of the metadata; the evidenced facts are in `relations`. */
    signedOn: id,
    signedAt: id,
    signatories: z.array(id).min(1),
    parties: z.array(id).min(1),
    ...draftMark,
  })
  .strict();

const section = z
  .object({
    eId,
    /** The section number as printed (1–6); absent for preface, preamble and conclusions. */
    number: z.number().int().positive().optional(),
    heading: bilingual,
    /** The heading line verbatim, where the text prints one ("1.二国間政治関係"). */
    headingText: nonEmpty.optional(),
    ...draftMark,
  })
  .strict();

const clause = z
  .object({
    eId,
    section: eId,
    /** Verbatim Japanese text of the paragraph. */
    text: nonEmpty,
    /** English translation written for this project. */
    en: nonEmpty,
    /** Code-point offset of `text` in the statement. */
    start: z.number().int().nonnegative(),
    ...draftMark,
  })
  .strict();

const baseEntity = {
  id,
  name: bilingual,
  aliases: z.array(nonEmpty).default([]),
  description: nonEmpty.optional(),
  ...draftMark,
};

const entity = z.discriminatedUnion('kind', [
  z
    .object({
      ...baseEntity,
      kind: z.literal('Document'),
      documentType: z.enum(DOCUMENT_TYPES),
      number: nonEmpty.optional(),
    })
    .strict(),
  z
    .object({ ...baseEntity, kind: z.literal('State'), iso3166: z.string().regex(/^[A-Z]{2}$/) })
    .strict(),
  z.object({ ...baseEntity, kind: z.literal('Person'), office: bilingual }).strict(),
  z
    .object({
      ...baseEntity,
      kind: z.literal('Organization'),
      organizationType: z.enum(ORGANIZATION_TYPES),
    })
    .strict(),
  z.object({ ...baseEntity, kind: z.literal('Programme') }).strict(),
  z.object({ ...baseEntity, kind: z.literal('Event') }).strict(),
  z.object({ ...baseEntity, kind: z.literal('Place') }).strict(),
  z
    .object({
      ...baseEntity,
      kind: z.literal('Sector'),
      /** SKOS broader: the ids of the sectors this one is a narrower field of (uranium → energy-resources). */
      broader: z.array(id).optional(),
    })
    .strict(),
  z.object({ ...baseEntity, kind: z.literal('Issue') }).strict(),
  z.object({ ...baseEntity, kind: z.literal('Proposition') }).strict(),
  z
    .object({
      ...baseEntity,
      kind: z.literal('CalendarDate'),
      /** ISO 8601 at the stated precision: 2007, 2005-11, 2006-08-28. */
      value: nonEmpty,
      precision: z.enum(Object.keys(DATE_PRECISIONS) as [keyof typeof DATE_PRECISIONS]),
    })
    .strict(),
]);

/** W3C Web Annotation TextQuoteSelector + TextPositionSelector, plus the clause that holds it. */
const evidence = z
  .object({
    clause: eId,
    exact: nonEmpty,
    prefix: z.string(),
    suffix: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .strict();

const qualifierValue = z.union([z.string(), z.number(), z.boolean()]);

const relation = z
  .object({
    id,
    type: z.enum(RELATION_TYPE_NAMES as [string, ...string[]]),
    /** One id, or several when the text says the parties act together (双方). */
    from: z.union([id, eId, z.array(id).min(2)]),
    to: z.union([id, eId]),
    evidence,
    /** The CAMEO code of this act (one of its type's codes); absent: the type's default. */
    cameo: z
      .string()
      .regex(/^[0-9]{3,4}$/, 'a CAMEO code of three or four digits')
      .optional(),
    qualifiers: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), qualifierValue).optional(),
    ...draftMark,
  })
  .strict();

export const annotationSchema = z
  .object({
    document: documentMetadata,
    sections: z.array(section).min(1),
    clauses: z.array(clause).min(1),
    entities: z.array(entity).min(1),
    relations: z.array(relation).min(1),
  })
  .strict();

export type Annotation = z.infer<typeof annotationSchema>;
export type AnnotatedEntity = Annotation['entities'][number];
export type AnnotatedRelation = Annotation['relations'][number];
export type AnnotatedClause = Annotation['clauses'][number];
export type Evidence = AnnotatedRelation['evidence'];

/** Prefix and suffix length (code points) the anchoring tool writes. */
export const CONTEXT_LENGTH = 16;
