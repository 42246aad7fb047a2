import { Field, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.interface';

@ObjectType({
  implements: Entity,
  description:
    'An organization or international body: government, agency, financial institution (JBIC, NEXI), intergovernmental organization (OSCE), forum (CICA, ARF), parliament, company group.',
})
export class Organization extends Entity {
  @Field(() => String, {
    description:
      'government, government_agency, financial_institution, intergovernmental_organization, regional_forum, parliament, company_group or training_centre.',
  })
  organizationType!: string;
}

@ObjectType({
  implements: Entity,
  description: 'A sector or field of cooperation (energy, oil, uranium, disaster prevention …).',
})
export class Sector extends Entity {}
