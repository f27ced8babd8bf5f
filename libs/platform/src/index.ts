export { CONTEXTS, migrationsOf } from './features';
export type { Feature } from './features';
