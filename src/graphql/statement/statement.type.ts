import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  STATEMENT_CATEGORIES,
  type StatementCategory as VocabularyCategory,
} from '../../vocabulary';
import { BilingualText } from '../common/bilingual.type';
import { Connection } from '../common/connection';
import { DatePrecision, NodeKind, RelationType } from '../common/enums';
import { CameoCode } from '../relation/relation.type';

export const StatementCategory = Object.fromEntries(
  Object.keys(STATEMENT_CATEGORIES).map((k) => [k, k]),
) as Record<VocabularyCategory, VocabularyCategory>;
export type StatementCategory = VocabularyCategory;
registerEnumType(StatementCategory, {
  name: 'StatementCategory',
  description: 'What a speech act does, as an analyst groups them (from the vocabulary).',
  valuesConfig: Object.fromEntries(
    Object.entries(STATEMENT_CATEGORIES).map(([k, info]) => [
      k,
      { description: `${info.label.en} (${info.label.ja}): ${info.description}` },
    ]),
  ),
});

@ObjectType({
  description: 'A node a statement names: a speaker, a participant, a place, a premise.',
})
export class StatementParty {
  @Field(() => ID)
  id!: string;

  @Field(() => NodeKind)
  kind!: NodeKind;

  @Field(() => BilingualText)
  name!: BilingualText;

  @Field(() => String, {
    nullable: true,
    description:
      'For a participant its role (agent, object, beneficiary, partner); for a place the relation (HELD_IN, INVOLVES …).',
  })
  role?: string | null;
}

@ObjectType({ description: 'A date of what a statement is about, and how it dates it.' })
export class StatementDate {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'ISO 8601 at its precision: 2007, 2005-11, 2006-08-28.' })
  value!: string;

  @Field(() => DatePrecision)
  precision!: DatePrecision;

  @Field(() => RelationType, { description: 'HELD_ON, SIGNED_ON, INVOLVES (role time) …' })
  relation!: RelationType;

  @Field(() => String, { nullable: true, description: 'time, or start / end of a range.' })
  role?: string | null;
}

@ObjectType({
  description:
    'What a statement is about: a proposition (or an event, document, organization …) with its participants, dates and places one level down.',
})
export class StatementTarget extends StatementParty {
  @Field(() => BilingualText, {
    description:
      'A readable one-line summary of the proposition (its name), in Japanese and English.',
  })
  summary!: BilingualText;

  @Field(() => [StatementParty], { description: 'Who or what it involves, with their role.' })
  participants!: StatementParty[];

  @Field(() => [StatementDate], { description: 'When it happens or happened.' })
  dates!: StatementDate[];

  @Field(() => [StatementParty], { description: 'Where it happens.' })
  places!: StatementParty[];
}

@ObjectType({ description: 'The words that make the statement, as W3C Web Annotation selectors.' })
export class StatementEvidence {
  @Field(() => ID)
  documentId!: string;

  @Field(() => ID)
  clauseId!: string;

  @Field(() => String)
  quote!: string;

  @Field(() => String)
  prefix!: string;

  @Field(() => String)
  suffix!: string;

  @Field(() => Int, { description: 'Code-point offset of the quote in the document text.' })
  start!: number;

  @Field(() => Int)
  end!: number;
}

@ObjectType({
  description:
    'One speech act: who says it (a joint act of 双方 is one statement with both actors), what it does, about what, on which premise, in which words.',
})
export class Statement {
  @Field(() => ID, { description: 'The act id (shared by the edges of a joint act).' })
  id!: string;

  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => StatementCategory)
  category!: StatementCategory;

  @Field(() => BilingualText, { description: 'The act’s label (歓迎する / welcomes).' })
  label!: BilingualText;

  @Field(() => CameoCode, { description: 'This act’s own CAMEO code.' })
  cameo!: CameoCode;

  @Field(() => Boolean, { description: 'True when the text says the parties act together (双方).' })
  jointly!: boolean;

  @Field(() => [StatementParty], {
    description: 'Who says it, as the text names them: a state, a leader, a government.',
  })
  actors!: StatementParty[];

  @Field(() => StatementTarget)
  target!: StatementTarget;

  @Field(() => [StatementParty], {
    description: 'The premises it rests on (…に立脚しつつ, …を踏まえ, …に基づき).',
  })
  basis!: StatementParty[];

  @Field(() => GraphQLJSONObject, {
    description: 'The act’s qualifiers (confirmed, quantity, period …).',
  })
  qualifiers!: Record<string, unknown>;

  @Field(() => BilingualText, { description: 'One line: who, which act, about what.' })
  sentence!: BilingualText;

  @Field(() => StatementEvidence)
  evidence!: StatementEvidence;
}

export const StatementConnection = Connection(
  'Statement',
  () => Statement,
  'Speech acts in reading order: by document, clause, then position in the clause.',
);
