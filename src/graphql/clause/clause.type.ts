import { Field, ID, Int, ObjectType } from 'type-graphql';
import { cypher } from '../../graph/projection/field-plan';
import { BilingualText } from '../common/bilingual.type';
import { Document, Section } from '../document/document.type';
import { Entity } from '../entity/entity.interface';

@ObjectType({
  implements: Entity,
  description:
    'One paragraph of a loaded document, verbatim, with its Akoma Ntoso eId and its English translation. Its id is `<document>#<eId>`.',
})
export class Clause extends Entity {
  @Field(() => String, {
    description: 'Akoma Ntoso eId within the document: preamble__para_2, sec_2__para_3.',
  })
  eId!: string;

  @Field(() => Int, { description: 'Position in the document, from 0.' })
  order!: number;

  @Field(() => BilingualText, {
    description: 'The paragraph verbatim in Japanese, and this project’s English translation.',
  })
  @cypher({ kind: 'bilingual', ja: 'text', en: 'textEn' })
  text!: BilingualText;

  @Field(() => Int, { description: 'Offset of its first code point in the document text.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past its last code point.' })
  end!: number;

  @Field(() => ID, { description: 'The document it belongs to.' })
  documentId!: string;

  @Field(() => Section, { description: 'The section that holds it.' })
  @cypher({ kind: 'snippet', name: 'clauseSection' })
  section!: Section;

  @Field(() => Document, { description: 'The document it belongs to.' })
  @cypher({ kind: 'snippet', name: 'clauseDocument' })
  document!: Document;

  @Field(() => Clause, { nullable: true, description: 'The clause before it in reading order.' })
  @cypher({ kind: 'snippet', name: 'previousClause' })
  previous?: Clause | null;

  @Field(() => Clause, { nullable: true, description: 'The clause after it in reading order.' })
  @cypher({ kind: 'snippet', name: 'nextClause' })
  next?: Clause | null;
}
