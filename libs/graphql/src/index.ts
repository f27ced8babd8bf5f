export {
  ConnectionArgs,
  PageInfo,
  Paginated,
  connectionFromRows,
  cursorToOffset,
  decodeCursor,
  encodeCursor,
  offsetToCursor,
  pageWindow,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
} from './pagination';
export type { Connection, Edge } from './pagination';
export { formatGlobalId, newGlobalId, parseGlobalId } from './global-id';
export type { GlobalId } from './global-id';
export { GraphQLErrorFilter, createValidationPipe, formatGraphQLError, toGraphQLError, validationFields } from './errors';
export { graphqlEnum } from './enums';
export { GlobalIdField, globalIdPattern } from './global-id-field';
export type { GlobalIdFieldOptions } from './global-id-field';
export { DateTimeArg, IsDateTime, IsoDate, StrictDateTime, Text, TextArg } from './input-validators';
export type { TextOptions } from './input-validators';
export { plainResolver, withPlainResolvers } from './plain-resolvers';
