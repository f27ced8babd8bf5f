export { CallsForActionModule, CALLS_FOR_ACTION_MIGRATIONS } from './calls-for-action.module';
export { CallCommands, appendContext, callActor } from './call-commands';
export { DeadlineCloser } from './close-at-deadline/deadline-closer';
export { CALL_DETAILS, CALL_STREAM_PREFIX, callDetailsProjection } from './call-details/call-details.projection';
export { CallForAction, CallForActionKind, CallForActionStatus } from './graphql-types';
export * from './domain/call-for-action';
export * from './domain/decide';
