export { createTestDatabase } from './test-database';
export type { TestDatabase } from './test-database';
export { DeciderSpecification } from './decider-spec';
export { member } from './actors';
export { freePort } from './free-port';
