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
    description:
      'Only organizations ACTIVE_IN this sector (by id: oil, uranium …) or, by default, a narrower one (energy finds those active in oil and uranium).',
  })
  sector?: string | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description:
      'With `sector`: also organizations active in its narrower sectors (BROADER, followed to any depth). false: that sector only.',
  })
  includeNarrowerSectors?: boolean | null;

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
