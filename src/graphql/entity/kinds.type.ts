import { Field, Int, ObjectType } from 'type-graphql';
import { cypher } from '../../graph/projection/field-plan';
import { BilingualText } from '../common/bilingual.type';
import { DatePrecision } from '../common/enums';
import { Entity } from './entity.interface';

/** Kinds whose GraphQL types add few or no fields to Entity. */

@ObjectType({
  implements: Entity,
  description: 'A sovereign state: a party to the statement or a third state it names.',
})
export class State extends Entity {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code (JP, KZ, KP).' })
  iso3166!: string;
}

@ObjectType({
  implements: Entity,
  description: 'A person, with the office held at the time of the statement.',
})
export class Person extends Entity {
  @Field(() => BilingualText, {
    description: 'Office at the time (日本国内閣総理大臣 / Prime Minister of Japan).',
  })
  @cypher({ kind: 'bilingual', ja: 'officeJa', en: 'officeEn' })
  office!: BilingualText;
}

@ObjectType({
  implements: Entity,
  description: 'A programme, initiative, project or standing framework of cooperation.',
})
export class Programme extends Entity {}

@ObjectType({
  implements: Entity,
  description: 'A visit, meeting, conference, negotiation, launch or summit.',
})
export class Event extends Entity {}

@ObjectType({ implements: Entity, description: 'A city, region or geographic feature.' })
export class Place extends Entity {}

@ObjectType({ implements: Entity, description: 'A threat, problem or issue the text names.' })
export class Issue extends Entity {}

@ObjectType({
  implements: Entity,
  description:
    'A state of affairs a speech act is about that is not an entity by itself (Kazakhstan’s initiative to chair the OSCE in 2009); its `involves` relations name the entities it concerns.',
})
export class Proposition extends Entity {}

@ObjectType({
  implements: Entity,
  description:
    'A date as the text gives it: an ISO 8601 value at a precision (2006-08-28 day, 2005-11 month, 2007 year).',
})
export class CalendarDate extends Entity {
  @Field(() => String, { description: 'ISO 8601 at its precision: YYYY, YYYY-MM or YYYY-MM-DD.' })
  value!: string;

  @Field(() => DatePrecision)
  precision!: DatePrecision;

  @Field(() => Int, { description: 'Wikidata time precision: 9 year, 10 month, 11 day.' })
  @cypher({ kind: 'computed', needs: ['value', 'precision'] })
  wikidataPrecision!: number;

  @Field(() => String, { description: 'First day the date covers (2005-11 → 2005-11-01).' })
  @cypher({ kind: 'computed', needs: ['value', 'precision'] })
  earliest!: string;

  @Field(() => String, { description: 'Last day the date covers (2005-11 → 2005-11-30).' })
  @cypher({ kind: 'computed', needs: ['value', 'precision'] })
  latest!: string;
}
