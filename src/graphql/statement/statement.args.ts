import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../common/pagination.args';
import { RelationType } from '../common/enums';
import { StatementCategory } from './statement.type';

@InputType({ description: 'Which speech acts to return; all given conditions apply.' })
export class StatementFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Only acts of this party (japan, kazakhstan, a person, an organization).',
  })
  actor?: string | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description:
      'With `actor`: also the acts of those who speak for it: its leader (HOLDS_OFFICE_IN), its government (GOVERNMENT_OF) and their organs (ORGAN_OF).',
  })
  includeOfficials: boolean = true;

  @Field(() => StatementCategory, {
    nullable: true,
    description: 'Only acts of this category (commitment, appreciation, criticism …).',
  })
  category?: StatementCategory | null;

  @Field(() => [RelationType], {
    nullable: true,
    description: 'Only these speech-act types (WELCOMES, CONDEMNS …).',
  })
  types?: RelationType[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only acts about this node: their target, or an entity the target involves.',
  })
  target?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only acts of this document.' })
  documentId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only acts both sides make together (双方); false: only one side’s.',
  })
  jointly?: boolean | null;
}

@ArgsType()
export class StatementsArgs extends PageArgs {
  @Field(() => StatementFilter, { nullable: true })
  filter?: StatementFilter | null;
}
