import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { BuildSchemaOptions } from '@nestjs/graphql';
import type { AppConfig } from '@pfp/config';
import { StrictDateTime } from '@pfp/graphql';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type Source,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export const GRAPHQL_PATH = '/graphql';

/** Apollo's plugin type as Nest's driver sees it (its declarations resolve @apollo/server on their own). */
type ApolloServerPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/** Shared by the running app and `npm run schema`, so that both print the same SDL. */
export const BUILD_SCHEMA_OPTIONS: BuildSchemaOptions = {
  dateScalarMode: 'isoDate',
  numberScalarMode: 'float',
  noDuplicatedFields: true,
  // same name and description as Nest's DateTime, but a date-time that does not exist is refused
  scalarsMap: [{ type: Date, scalar: StrictDateTime }],
};

/**
 * What one operation may ask, on HTTP and graphql-ws alike (README "Query limits"). The site's
 * own operations stay well inside them (test/edge/query-cost-site.e2e.spec.ts): at most 133
 * tokens, depth 10, no alias, cost 3,819 (the partner picker's `first: 100`).
 * Depth counts a fragment spread as a level; cost is Armor's (object 2, scalar 1, each level
 * x1.5, a literal `first`/`last` multiplies its selection). Introspection (`__schema`) is left
 * out of depth and cost, as Armor does; graphql-js's own MaxIntrospectionDepthRule bounds it.
 */
export const QUERY_LIMITS = {
  maxTokens: 1000,
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 5000,
  maxDirectives: 50,
} as const;

export type QueryLimit = keyof typeof QUERY_LIMITS;

const LIMIT_TEXT: Record<QueryLimit, { reason: string; says: (max: number) => string }> = {
  maxTokens: { reason: 'QUERY.TOO_MANY_TOKENS', says: (max) => `at most ${max} tokens` },
  maxDepth: { reason: 'QUERY.TOO_DEEP', says: (max) => `at most ${max} levels deep` },
  maxAliases: { reason: 'QUERY.TOO_MANY_ALIASES', says: (max) => `at most ${max} aliases` },
  maxCost: { reason: 'QUERY.TOO_COSTLY', says: (max) => `a cost of at most ${max}` },
  maxDirectives: { reason: 'QUERY.TOO_MANY_DIRECTIVES', says: (max) => `at most ${max} directives` },
};

/**
 * A refusal for a query over one of QUERY_LIMITS: BAD_USER_INPUT (the client must send another
 * query, like any other bad input), the limit in `extensions.limit` and the `query` named in
 * `extensions.fields`, as every BAD_USER_INPUT names what to change.
 */
export function queryLimitError(limit: QueryLimit, found?: number): GraphQLError {
  const max = QUERY_LIMITS[limit];
  const { reason, says } = LIMIT_TEXT[limit];
  const foundText = found === undefined ? '' : ` (found ${Math.round(found * 100) / 100})`;
  return new GraphQLError(`The query is over the ${limit} limit: ${says(max)}${foundText}.`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      reason,
      limit: { name: limit, max, ...(found === undefined ? {} : { found }) },
      fields: { query: `${says(max)}${foundText}` },
    },
  });
}

/** Armor's rules report once per operation; ours replaces its message ("Syntax Error: …") and code. */
const reportAs =
  (limit: QueryLimit) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    // "… exceeded, found 5062.5." : the sentence's full stop is not part of the number (it made NaN)
    const found = /found (\d+(?:\.\d+)?)/.exec(error.message);
    context?.reportError(queryLimitError(limit, found ? Number(found[1]) : undefined));
  };

/** Depth, aliases, cost and directives as validation rules (GraphQL Armor); tokens are the parser's. */
export function queryLimitRules(): ValidationRule[] {
  const rule = (limit: QueryLimit) => ({ propagateOnRejection: false, onReject: [reportAs(limit)] });
  return new ApolloArmor({
    blockFieldSuggestion: { enabled: false }, // hideSuggestions: Armor's leaves "?" behind and misses enum values
    maxTokens: { enabled: false }, // parseOptions.maxTokens: the lexer stops there, no second parse
    maxDepth: { n: QUERY_LIMITS.maxDepth, ...rule('maxDepth') },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...rule('maxAliases') },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ...rule('maxCost') },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...rule('maxDirectives') },
  }).protect().validationRules;
}

export const QUERY_PARSE_OPTIONS: ParseOptions = { maxTokens: QUERY_LIMITS.maxTokens };

/** graphql-js: "Syntax Error: Document contains more that 1000 tokens. Parsing aborted." */
const isTokenLimitError = (message: string): boolean => /Document contains more th(?:at|an) \d+ tokens/.test(message);

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** "Cannot query field "titel" on type "Practice". Did you mean "title"?" without its last sentence. */
export const hideSuggestions = (message: string): string => message.replace(SUGGESTION, '');

/** Introspection is off in production, and then no error may suggest the schema's names either. */
export const introspectionEnabled = (config: AppConfig): boolean => config.env !== 'production';

const limitErrorOf = (error: GraphQLError): GraphQLError | null => (isTokenLimitError(error.message) ? queryLimitError('maxTokens') : null);

/**
 * Apollo wraps a validation rule's error in its own (code GRAPHQL_VALIDATION_FAILED) and a parse
 * error in GRAPHQL_PARSE_FAILED: this gives query-limit refusals back their BAD_USER_INPUT and
 * extensions, and, with introspection off, strips "Did you mean …" from every message.
 */
function queryLimitsPlugin(suggest: boolean): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ errors }) {
          for (const error of errors) {
            const extensions = error.extensions as Record<string, unknown>;
            const limited = extensions.limit !== undefined ? null : limitErrorOf(error);
            if (limited) {
              (error as { message: string }).message = limited.message;
              Object.assign(extensions, limited.extensions);
            }
            if (extensions.limit !== undefined) extensions.code = 'BAD_USER_INPUT';
            if (!suggest) (error as { message: string }).message = hideSuggestions(error.message);
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/** Answers are per reader and change with every event: no cache (browser or shared) may keep one. */
const noStorePlugin: ApolloServerPlugin = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ response }) => {
        response.http.headers.set('cache-control', 'no-store');
        return Promise.resolve();
      },
    }),
};

/** Spread into GraphQLModule.forRoot: the limits, introspection and suggestions for HTTP. */
export function queryLimitOptions(config: AppConfig): {
  introspection: boolean;
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  plugins: ApolloServerPlugin[];
} {
  const introspection = introspectionEnabled(config);
  // Apollo's cache-control plugin (on by default) wraps every field's resolver to gather hints no schema here gives
  // (10% of a search's CPU in bench:search's profile): off, and its one effect kept, `no-store` on every answer
  const plugins = [queryLimitsPlugin(introspection), ApolloServerPluginCacheControlDisabled() as unknown as ApolloServerPlugin, noStorePlugin];
  return { introspection, validationRules: queryLimitRules(), parseOptions: QUERY_PARSE_OPTIONS, plugins };
}

/**
 * The same for graphql-ws (spread into its options): a query sent over the socket meets the same
 * limits and gets the same refusal. graphql-ws closes the socket on any parse error, so a
 * document over the token limit parses as a stand-in that validation then refuses.
 */
export function wsQueryLimitOptions(config: AppConfig): {
  parse: (source: string | Source) => DocumentNode;
  validate: (schema: GraphQLSchema, document: DocumentNode) => readonly GraphQLError[];
  onError: (ctx: unknown, id: string, payload: unknown, errors: readonly GraphQLError[]) => GraphQLError[] | void;
} {
  const introspection = introspectionEnabled(config);
  const rules = [...specifiedRules, ...queryLimitRules(), ...(introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  const overTokenLimit = new WeakSet<DocumentNode>();
  return {
    parse: (source) => {
      try {
        return parse(source, QUERY_PARSE_OPTIONS);
      } catch (error) {
        if (!(error instanceof GraphQLError && isTokenLimitError(error.message))) throw error;
        const standIn = parse('{ __typename }');
        overTokenLimit.add(standIn);
        return standIn;
      }
    },
    validate: (schema, document) => (overTokenLimit.has(document) ? [queryLimitError('maxTokens')] : validate(schema, document, rules)),
    onError: (_ctx, _id, _payload, errors) =>
      introspection
        ? undefined
        : errors.map((error) => new GraphQLError(hideSuggestions(error.message), { nodes: error.nodes, path: error.path, extensions: error.extensions })),
  };
}
