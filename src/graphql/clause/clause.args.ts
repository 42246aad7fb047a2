import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../common/pagination.args';
import { RelationType } from '../common/enums';

@InputType({ description: 'Conditions a clause must meet; all given ones apply.' })
export class ClauseFilter {
  @Field(() => ID, { nullable: true, description: 'Only clauses of this document.' })
  documentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only clauses of this section, by eId: preface, preamble, sec_1 … sec_6, conclusions.',
  })
  section?: string | null;

  @Field(() => RelationType, {
    nullable: true,
    description: 'Only clauses whose words assert a relation of this type (WELCOMES, CONDEMNS …).',
  })
  relationType?: RelationType | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only clauses that mention this entity (by id).',
  })
  mentions?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only clauses whose Japanese text or English translation contains this text (English case-insensitive).',
  })
  text?: string | null;
}

@ArgsType()
export class ClausesArgs extends PageArgs {
  @Field(() => ClauseFilter, { nullable: true })
  filter?: ClauseFilter | null;
}
