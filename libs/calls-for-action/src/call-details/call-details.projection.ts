import { documentProjection, type DocumentHandlers } from '@pfp/event-sourcing';
import { evolveCall, type CallDetails, type CallForActionEvent, type CallForActionState, type CallStatus } from '../domain/call-for-action';

export const CALL_DETAILS = 'call-details';
export const CALL_STREAM_PREFIX = 'callForAction-';

/** What call-details keeps of a call: everything public about it, and where it stands. */
export interface CallDocument extends CallDetails {
  status: CallStatus;
}

export interface CallRow {
  doc: CallDocument;
  revision: number;
}

const stateOf = (doc: CallDocument | null): CallForActionState => {
  if (!doc) return { status: 'NONE' };
  const { status, ...call } = doc;
  return { status, call };
};

/** Every event moves the document as the call's own rules move the call. */
const evolve = (doc: CallDocument | null, event: CallForActionEvent): CallDocument | null => {
  const next = evolveCall(stateOf(doc), event);
  return next.status === 'NONE' ? null : { ...next.call, status: next.status };
};

const handlers: DocumentHandlers<CallDocument, CallForActionEvent> = {
  CallForActionPosted: evolve,
  CoPostingConfirmed: evolve,
  CallForActionResponded: evolve,
  ResponseEdited: evolve,
  ResponseWithdrawn: evolve,
  ResponseAccepted: evolve,
  ResponseDeclined: evolve,
  CallForActionEdited: evolve,
  CallForActionClosed: evolve,
  CallForActionConverted: evolve,
};

/** One row per call: its document, and the columns the listing and the deadline closer filter on. */
export const callDetailsProjection = documentProjection<CallDocument, CallForActionEvent>({
  name: CALL_DETAILS,
  table: 'calls_for_action',
  category: 'callForAction',
  handlers,
  columns: [
    { name: 'status', type: 'text', value: (d) => d.status },
    { name: 'kind', type: 'text', value: (d) => d.kind },
    { name: 'title', type: 'text', value: (d) => d.title },
    { name: 'posted_at', type: 'timestamptz', value: (d) => d.postedAt },
    { name: 'deadline', type: 'timestamptz', value: (d) => d.deadline },
  ],
});
