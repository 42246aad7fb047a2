import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { cypher } from '../../graph/projection/field-plan';
import { documentList } from '../../graph/filters';
import { findNode } from '../../graph/nodes.repository';
import { DOCUMENT_TYPES } from '../../vocabulary';
import { Connection } from '../common/connection';
import { nestedConnection } from '../common/nested-connection';
import { PageArgs } from '../common/pagination.args';
import { projected, ReadsProjection, selectionOf } from '../common/projected';
import { nodeConnection } from '../common/node-connection';
import type { GraphQLContext } from '../context';
import { unpagedListComplexity } from '../limits';
import { NestedConnectionArgs, NestedListArgs } from '../entity/entity.args';
import { PersonConnection } from '../entity/person-connection.type';
import { ClauseConnection } from '../clause/clause-connection.type';
import { Clause } from '../clause/clause.type';
import { RelationConnection } from '../relation/relation-connection.type';
import { DOCUMENT_LISTS, Document, Section } from './document.type';

export const DocumentConnection = Connection(
  'Document',
  () => Document,
  'Documents, ordered by id.',
);

@ArgsType()
class DocumentsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: `Only documents of this type: ${DOCUMENT_TYPES.join(', ')}.`,
  })
  documentType?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only loaded documents (with text); false: only cited ones.',
  })
  loaded?: boolean | null;
}

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, {
    nullable: true,
    description: 'A document by id (`jp-kz-2006`, `unsc-resolution-1695`); null when unknown.',
  })
  document(
    @Arg('id', () => ID) id: string,
    @Ctx() { db }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return findNode(db, selectionOf(info), id, 'Document');
  }

  @Query(() => DocumentConnection, { description: 'Loaded and cited documents, ordered by id.' })
  documents(
    @Args() args: DocumentsArgs,
    @Ctx() { db }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nodeConnection(db, info, args, documentList(args.documentType, args.loaded));
  }

  @FieldResolver(() => [Clause], { description: 'A loaded document’s clauses in reading order.' })
  @cypher(DOCUMENT_LISTS.clauses)
  @ReadsProjection()
  clauses(
    @Root() root: object,
    @Args() _args: NestedListArgs,
    @Info() info: GraphQLResolveInfo,
  ): Clause[] {
    return projected(root, info);
  }

  @FieldResolver(() => ClauseConnection, {
    description: '`clauses` paged: every one, in reading order, with totalCount and pageInfo.',
  })
  @cypher({ kind: 'connection', of: DOCUMENT_LISTS.clauses })
  clausesConnection(
    @Root() root: object,
    @Args() args: NestedConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedConnection(root, info, args);
  }

  @FieldResolver(() => PersonConnection, {
    description:
      '`signatories` paged (the plain list holds the first 25): every one, by English name.',
  })
  @cypher({ kind: 'connection', of: DOCUMENT_LISTS.signatories })
  signatoriesConnection(
    @Root() root: object,
    @Args() args: NestedConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedConnection(root, info, args);
  }

  @FieldResolver(() => RelationConnection, {
    description: '`parties` paged (the plain list holds the first 25): every one, by relation id.',
  })
  @cypher({ kind: 'connection', of: DOCUMENT_LISTS.parties })
  partiesConnection(
    @Root() root: object,
    @Args() args: NestedConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedConnection(root, info, args);
  }

  @FieldResolver(() => RelationConnection, {
    description:
      '`referencedBy` paged (the plain list holds the first 25): every citing clause’s relation, by id.',
  })
  @cypher({ kind: 'connection', of: DOCUMENT_LISTS.referencedBy })
  referencedByConnection(
    @Root() root: object,
    @Args() args: NestedConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedConnection(root, info, args);
  }
}

@Resolver(() => Section)
export class SectionResolver {
  @FieldResolver(() => [Clause], {
    description: 'Its clauses in reading order.',
    complexity: unpagedListComplexity,
  })
  @cypher({ kind: 'snippet', name: 'sectionClauses' })
  clauses(@Root() root: Record<string, unknown>): Clause[] {
    return root.clauses as Clause[];
  }
}
