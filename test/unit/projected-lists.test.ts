import { isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { readProjection, readsProjection } from '../../src/graphql/common/projected';
import { buildGraphQLSchema } from '../../src/graphql/schema';

/**
 * A nested list below a root field comes from the root field's projection. Its resolver is the
 * read of that value and nothing more: no arguments object is built for each parent.
 */
describe('nested lists read from the projection', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphQLSchema();
  });

  const marked = () =>
    Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter(readsProjection)
          .map((field) => ({ type: type.name, field })),
      );

  it('are the plain lists of relations, on every kind that has them', () => {
    const names = marked().map(({ type, field }) => `${type}.${field.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'Organization.sectors',
        'Sector.organizations',
        'Proposition.involves',
        'Clause.references',
        'Clause.mentions',
        'Clause.asserts',
        'Document.clauses',
        'State.relations',
        'Person.relations',
      ]),
    );
    // Connections page, cut and encode cursors: they keep their resolvers.
    expect(names.filter((name) => name.endsWith('Connection'))).toStrictEqual([]);
  });

  it('resolve to the value the projection stored under the field’s name and alias', () => {
    for (const { field } of marked()) {
      expect(field.resolve).toBe(readProjection);
    }
    const sectors = [{ to: { id: 'energy' } }];
    const info = { fieldName: 'sectors', path: { key: 'mainSectors' } } as GraphQLResolveInfo;
    expect(readProjection({ 'sectors@mainSectors': sectors }, { first: 1 }, {}, info)).toBe(
      sectors,
    );
  });
});
