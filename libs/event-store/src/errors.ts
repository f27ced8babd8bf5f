import { ConflictError, ValidationError } from '@pfp/kernel';
import type { ExpectedRevision } from './types';

/** Someone else wrote to the stream first: reload and decide again. */
export class ConcurrencyError extends ConflictError {
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'NO_STREAM',
  ) {
    super(
      'EVENT_STORE.WRONG_EXPECTED_REVISION',
      `Stream ${streamName} was expected at ${describe(expected)} but is at ${describe(actual)}: it changed since it was read.`,
    );
  }
}

/** Bad input to the store; nothing was written. */
export class InvalidAppendError extends ValidationError {}

export class DuplicateEventIdError extends ConflictError {
  constructor(readonly eventIds: string[]) {
    super('EVENT_STORE.DUPLICATE_EVENT_ID', `Event id(s) already stored in another append: ${eventIds.join(', ')}.`);
  }
}

function describe(revision: ExpectedRevision | 'NO_STREAM'): string {
  return typeof revision === 'number' ? `revision ${revision}` : revision;
}
