import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../common/pagination.args';

@InputType({ description: 'Conditions an organization must meet; all given ones apply.' })
export class OrganizationFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these organizations.' })
  ids?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only organizations of this type (financial_institution, regional_forum …).',
  })
  organizationType?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only organizations ACTIVE_IN this sector (by id: oil, uranium …).',
  })
  sector?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only organizations whose name or an alias contains this text (English case-insensitive).',
  })
  name?: string | null;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  filter?: OrganizationFilter | null;
}
