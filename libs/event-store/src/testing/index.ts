export { eventStoreContract } from './contract';
export type { ContractHarness, HarnessFactory, HeldAppend } from './contract';
