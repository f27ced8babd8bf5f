export { replayTwice, snapshot } from './projection-idempotency';
