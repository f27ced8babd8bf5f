import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PlainResolver = GraphQLFieldResolver<any, unknown, any>;

const PLAIN = new Map<string, PlainResolver>();

/**
 * A field resolver that is a pure function of its parent and arguments (a facet count's label),
 * run as graphql-js runs a resolver rather than through Nest's per-call pipeline (parameter
 * factories, pipes, interceptors, a promise), which costs more than the field: a page of search
 * results names about 140 facet values, and those labels took more CPU than the search itself
 * (bench:search, BENCH_QUERY=site). The field is still declared by its @ResolveField, arguments
 * and all; `withPlainResolvers` swaps its resolver when the schema is built. What it throws is
 * worded by formatGraphQLError as the exception filter words a resolver's errors.
 */
export function plainResolver(type: string, field: string, resolve: PlainResolver): void {
  PLAIN.set(`${type}.${field}`, resolve);
}

/**
 * GraphQLModule's transformSchema: every plainResolver in place of Nest's, where the schema has
 * the field (an app built without the context that declares it has not); */
export function withPlainResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const [name, resolve] of PLAIN) {
    const [typeName, fieldName] = name.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (field) field.resolve = resolve;
  }
  return schema;
}
