import { graphql, GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { plainResolver, withPlainResolvers } from './plain-resolvers';

const schema = () =>
  new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        count: {
          type: new GraphQLObjectType({
            name: 'Count',
            fields: {
              value: { type: GraphQLString },
              label: { type: GraphQLString, args: { language: { type: GraphQLString, defaultValue: 'en' } }, resolve: () => 'from Nest' },
            },
          }),
          resolve: () => ({ value: '013', n: 1 }),
        },
        other: { type: GraphQLInt, resolve: () => 1 },
      },
    }),
  });

describe('plain resolvers', () => {
  it('answers a registered field with its plain resolver, arguments and defaults as graphql-js passes them', async () => {
    plainResolver('Count', 'label', (parent: { value: string }, args: { language: string }) => `${parent.value} in ${args.language}`);
    const swapped = withPlainResolvers(schema());
    expect(await graphql({ schema: swapped, source: '{ count { value en: label fr: label(language: "fr") } other }' })).toEqual({
      data: { count: { value: '013', en: '013 in en', fr: '013 in fr' }, other: 1 },
    });
  });

  it('passes over a type or field that this app leaves out (a context it is built without)', async () => {
    plainResolver('Tool', 'label', () => null);
    plainResolver('Count', 'name', () => null);
    const swapped = withPlainResolvers(schema());
    expect(await graphql({ schema: swapped, source: '{ other }' })).toEqual({ data: { other: 1 } });
  });
});
