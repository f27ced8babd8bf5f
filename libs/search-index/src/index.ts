export { Bitset } from './bitset';
export { matchable, parseTsQuery, rankedTerms } from './query';
export type { Query } from './query';
export { SearchIndex } from './search-index';
export type { Filter, IndexAnswer, IndexedDocument, IndexSearch, Order } from './search-index';
