import type { BuildSchemaOptions } from '@nestjs/graphql';

export const GRAPHQL_PATH = '/graphql';

/** Shared by the running app and `npm run schema`, so that both print the same SDL. */
export const BUILD_SCHEMA_OPTIONS: BuildSchemaOptions = {
  dateScalarMode: 'isoDate',
  numberScalarMode: 'float',
  noDuplicatedFields: true,
};
