import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { cypher } from '../../graph/projection/field-plan';
import { BilingualText } from '../common/bilingual.type';
import { RelationType } from '../common/enums';
import { Clause } from '../clause/clause.type';
import { Entity } from '../entity/entity.interface';

@ObjectType({
  description: 'A CAMEO event code (Schrodt, CAMEO 1.1b3), as GDELT and ICEWS use them.',
})
export class CameoCode {
  @Field(() => String, { description: 'The code, e.g. "051".' })
  code!: string;

  @Field(() => String, { description: 'Its name, e.g. "Praise or endorse".' })
  name!: string;
}

@ObjectType({
  description:
    'The words of the statement that assert a relation: a W3C Web Annotation TextQuoteSelector (quote, prefix, suffix) and TextPositionSelector (start, end in Unicode code points of the statement text).',
})
export class Evidence {
  @Field(() => ID, { description: 'The clause that holds the quote.' })
  clauseId!: string;

  @Field(() => String, { description: 'The exact words, verbatim.' })
  quote!: string;

  @Field(() => String, { description: 'Up to 16 code points of the text just before the quote.' })
  prefix!: string;

  @Field(() => String, { description: 'Up to 16 code points of the text just after the quote.' })
  suffix!: string;

  @Field(() => Int, {
    description: 'Offset of the quote’s first code point in the statement text.',
  })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the quote’s last code point.' })
  end!: number;

  @Field(() => Clause, { nullable: true, description: 'The clause that holds the quote.' })
  clause?: Clause | null;
}

@ObjectType({
  description:
    'A relationship of the graph: a speech act of a party (WELCOMES, SUPPORTS, CONDEMNS …) or a structural fact (REFERENCES, SIGNED_ON, ACTIVE_IN …), with the words that assert it.',
})
export class Relation {
  @Field(() => ID, {
    description:
      'Stable id from the annotation; a joint act (双方) has one edge per party, id `<act>/<party>`.',
  })
  id!: string;

  @Field(() => RelationType)
  type!: RelationType;

  @Field(() => BilingualText, { description: 'The type’s label (歓迎する / welcomes).' })
  @cypher({ kind: 'computed' })
  label!: BilingualText;

  @Field(() => String, { description: '`speech_act` or `structural`.' })
  @cypher({ kind: 'computed' })
  category!: string;

  @Field(() => CameoCode, {
    nullable: true,
    description:
      'This act’s own CAMEO event code (an intent may be 031, 033 or 036; a signing 057); null for relations that are no event.',
  })
  @cypher({ kind: 'computed' })
  cameo?: CameoCode | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the text says both parties act together (双方).',
  })
  jointly?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The annotated act this edge belongs to (shared by both edges of a joint act).',
  })
  actId?: string | null;

  @Field(() => ID, { description: 'The document whose annotation states this relation.' })
  source!: string;

  @Field(() => Entity, { description: 'Where the relation starts (the agent of a speech act).' })
  from!: Entity;

  @Field(() => Entity, { description: 'Where the relation ends (what is welcomed, referenced …).' })
  to!: Entity;

  @Field(() => Evidence, {
    nullable: true,
    description: 'The words that assert it; null only for PART_OF, which the layout gives.',
  })
  evidence?: Evidence | null;

  @Field(() => GraphQLJSONObject, {
    description:
      'Qualifiers the text gives: {"quantity": 2000, "approximate": true}, {"bound": "start"}, {"role": "agent"} …',
  })
  @cypher({ kind: 'snippet', name: 'qualifiers' })
  qualifiers!: Record<string, unknown>;
}
