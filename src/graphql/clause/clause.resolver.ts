import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { cypher } from '../../graph/projection/field-plan';
import { relType } from '../../graph/projection/cypher-builder';
import { findNode, type Condition } from '../../graph/nodes.repository';
import { Connection } from '../common/connection';
import { projected, selectionOf } from '../common/projected';
import { nodeConnection } from '../common/node-connection';
import type { GraphQLContext } from '../context';
import { AssertedArgs, NestedListArgs } from '../entity/entity.args';
import { BadUserInputError } from '../errors';
import { Relation } from '../relation/relation.type';
import { ClausesArgs, type ClauseFilter } from './clause.args';
import { Clause } from './clause.type';

export const ClauseConnection = Connection(
  'Clause',
  () => Clause,
  'Clauses in reading order (document id, then position).',
);

const SECTION_EID = /^(preface|preamble|conclusions|sec_[1-9][0-9]*)$/;

/** WHERE conditions for a clause filter; every value a parameter. */
function clauseConditions(filter: ClauseFilter): Condition[] {
  const conditions: Condition[] = [];
  const { documentId, section, relationType, mentions, text } = filter;
  if (documentId) conditions.push((n, p) => `${n}.documentId = ${p.builder.param(documentId)}`);
  if (section) {
    if (!SECTION_EID.test(section)) {
      throw new BadUserInputError(
        'filter.section',
        `"${section}" is not a section eId (preface, preamble, sec_1 …, conclusions)`,
      );
    }
    conditions.push(
      (n, p) => `${n}.sectionId = ${n}.documentId + '#' + ${p.builder.param(section)}`,
    );
  }
  if (relationType) {
    conditions.push(
      (n, p) =>
        `EXISTS { MATCH ()-[r]->() WHERE r.clauseId = ${n}.id AND type(r) = ${p.builder.param(relationType)} }`,
    );
  }
  if (mentions) {
    conditions.push(
      (n, p) =>
        `EXISTS { MATCH (${n})-[:${relType('MENTIONS')}]->(:Entity {id: ${p.builder.param(mentions)}}) }`,
    );
  }
  if (text) {
    conditions.push((n, p) => {
      const value = p.builder.param(text);
      return `(${n}.text CONTAINS ${value} OR toLower(${n}.textEn) CONTAINS toLower(${value}))`;
    });
  }
  return conditions;
}

@Resolver(() => Clause)
export class ClauseResolver {
  @Query(() => Clause, {
    nullable: true,
    description: 'A clause by id (`jp-kz-2006#preamble__para_2`); null when unknown.',
  })
  clause(
    @Arg('id', () => ID) id: string,
    @Ctx() { db }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return findNode(db, selectionOf(info), id, 'Clause');
  }

  @Query(() => ClauseConnection, {
    description:
      'Clauses matching a filter, in reading order. A filter naming an unknown document or entity is NOT_FOUND.',
  })
  clauses(
    @Args() args: ClausesArgs,
    @Ctx() { db }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const filter = args.filter ?? {};
    return nodeConnection(db, info, args, {
      kind: 'Clause',
      conditions: clauseConditions(filter),
      orderBy: ['documentId', 'order'],
      referencedIds: [
        ...(filter.documentId ? [{ argument: 'filter.documentId', id: filter.documentId }] : []),
        ...(filter.mentions ? [{ argument: 'filter.mentions', id: filter.mentions }] : []),
      ],
    });
  }

  @FieldResolver(() => [Relation], {
    description: 'The documents and agreements it cites (REFERENCES), each with the quote.',
  })
  @cypher({ kind: 'relations', direction: 'OUT', types: ['REFERENCES'] })
  references(
    @Root() root: object,
    @Args() _args: NestedListArgs,
    @Info() info: GraphQLResolveInfo,
  ): Relation[] {
    return projected(root, info);
  }

  @FieldResolver(() => [Relation], {
    description: 'The entities it names (MENTIONS), each with the name as written.',
  })
  @cypher({ kind: 'relations', direction: 'OUT', types: ['MENTIONS'] })
  mentions(
    @Root() root: object,
    @Args() _args: NestedListArgs,
    @Info() info: GraphQLResolveInfo,
  ): Relation[] {
    return projected(root, info);
  }

  @FieldResolver(() => [Relation], {
    description:
      'Every relation whose evidence lies in this clause: what its words assert (speech acts, references, dates …), in text order.',
  })
  @cypher({ kind: 'snippet', name: 'assertedRelations' })
  asserts(
    @Root() root: object,
    @Args() _args: AssertedArgs,
    @Info() info: GraphQLResolveInfo,
  ): Relation[] {
    return projected(root, info);
  }
}
