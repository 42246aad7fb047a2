import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A text in Japanese (as the statement writes it) and in English.' })
export class BilingualText {
  @Field(() => String, { description: 'Japanese, as written in the statement where it names it.' })
  ja!: string;

  @Field(() => String, { description: 'English (translations are this project’s).' })
  en!: string;
}
