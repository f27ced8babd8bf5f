import { join } from 'node:path';
import { type DynamicModule, type ForwardReference, type Provider, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { GRAPHQL_MODULES } from './app.module';
import { BUILD_SCHEMA_OPTIONS } from './graphql-options';

export const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'schema.graphql');

const HEADER = '# Generated from the code-first resolvers by `npm run schema`: do not edit by hand.\n\n';

type ModuleRef = Type<unknown> | DynamicModule | ForwardReference | Promise<DynamicModule>;

/** The SDL as committed: sorted, so that a diff shows only real changes. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}

/**
 * Builds the schema the app would serve without instantiating anything: the provider
 * classes of the GraphQL modules (walked through their imports) go to the same schema
 * factory Nest's GraphQLModule uses, so no database is needed.
 */
export async function generateSchema(): Promise<GraphQLSchema> {
  const classes = await providerClasses(GRAPHQL_MODULES);
  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    return await context.get(GraphQLSchemaFactory).create(classes, BUILD_SCHEMA_OPTIONS);
  } finally {
    await context.close();
  }
}

async function providerClasses(roots: ModuleRef[]): Promise<Type<unknown>[]> {
  const seen = new Set<unknown>();
  const classes = new Set<Type<unknown>>();
  const visit = async (ref: ModuleRef | undefined): Promise<void> => {
    if (!ref) return;
    const resolved = await ref;
    const module = 'forwardRef' in resolved ? (resolved.forwardRef() as Type<unknown>) : resolved;
    if (seen.has(module)) return;
    seen.add(module);
    const dynamic = 'module' in module ? (module as DynamicModule) : undefined;
    const type = dynamic ? dynamic.module : (module as Type<unknown>);
    const imports: ModuleRef[] = [...(Reflect.getMetadata('imports', type) ?? []), ...(dynamic?.imports ?? [])];
    const providers: Provider[] = [...(Reflect.getMetadata('providers', type) ?? []), ...(dynamic?.providers ?? [])];
    for (const provider of providers) {
      if (typeof provider === 'function') classes.add(provider);
      else if ('useClass' in provider) classes.add(provider.useClass);
    }
    for (const child of imports) await visit(child);
  };
  for (const root of roots) await visit(root);
  return [...classes];
}
