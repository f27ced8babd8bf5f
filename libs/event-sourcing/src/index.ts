export { handleCommand } from './command-handler';
export type { CommandResult, HandleCommandOptions } from './command-handler';
export { EventSourcingModule } from './nest/event-sourcing.module';
export { Projections, ReadModelLagError } from './nest/projections';
export type { Projection } from './nest/projections';
export { EVENT_STORE, EVENT_SOURCING_OPTIONS } from './nest/tokens';
export type { EventSourcingOptions } from './nest/tokens';
export { typeormTransactions } from './nest/typeorm-transactions';
