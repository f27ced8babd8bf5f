import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the site's operations, from the committed public contract (schema.graphql). The output
// (src/gql) is not committed: npm runs this after install and before lint, typecheck and build:web.
const config: CodegenConfig = {
  schema: `${__dirname}/../../schema.graphql`,
  documents: [`${__dirname}/src/**/*.tsx`, `${__dirname}/src/**/*.ts`, `!${__dirname}/src/gql/**`],
  ignoreNoDocuments: true,
  generates: {
    [`${__dirname}/src/gql/`]: {
      preset: 'client',
      config: { documentMode: 'string', inlineFragmentTypes: 'combine', useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
