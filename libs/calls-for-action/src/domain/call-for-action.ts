import type { DomainEvent } from '@pfp/kernel';

export const CALL_KINDS = ['TRAINING', 'INFORMATION', 'EXPERTISE', 'FUNDING', 'PARTNERSHIP', 'OTHER'] as const;
export type CallKind = (typeof CALL_KINDS)[number];

/** DECLINED: the posters said no (with a reason); the organisation may respond again. */
export const RESPONSE_STATUSES = ['ACTIVE', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** PENDING: posted jointly, waiting for co-posters; then OPEN -> CLOSED -> CONVERTED (OPEN may convert directly). */
export const CALL_STATUSES = ['PENDING', 'OPEN', 'CLOSED', 'CONVERTED'] as const;

export const CALL_CLOSED_BY = ['POSTER', 'DEADLINE'] as const;
export type CallClosedBy = (typeof CALL_CLOSED_BY)[number];

export interface CallResponse {
  organizationId: string;
  offerKind: CallKind;
  message: string;
  status: ResponseStatus;
  respondedAt: string;
  updatedAt: string;
  /** Why the posters declined it (DECLINED only). */
  declineReason?: string | null;
}

export interface CallPoster {
  organizationId: string;
  confirmed: boolean;
}

/** What the posters say of a call, at posting and in each edit. */
export interface CallContent {
  title: string;
  description: string;
  kind: CallKind;
  themes: string[];
  countries: string[];
  /** ISO 8601; past it, the deadline closer closes the call. */
  deadline: string | null;
}

export const CALL_CONTENT_FIELDS = ['title', 'description', 'kind', 'themes', 'countries', 'deadline'] as const satisfies ReadonlyArray<keyof CallContent>;

export interface CallDetails extends CallContent {
  id: string;
  practiceId: string | null;
  /** The first poster posted it; the others confirm their co-posting. */
  posters: CallPoster[];
  postedAt: string;
  updatedAt: string;
  responses: CallResponse[];
  closedAt: string | null;
  closedBy: CallClosedBy | null;
  projectId: string | null;
}

/** What posting a call records (the command adds who and when). */
export interface CallPostedData extends CallContent {
  callId: string;
  practiceId: string | null;
  postedBy: string;
  coPosters: string[];
  postedAt: string;
}

export type CallForActionEvent =
  | DomainEvent<'CallForActionPosted', CallPostedData>
  | DomainEvent<'CoPostingConfirmed', { organizationId: string; confirmedAt: string }>
  | DomainEvent<'CallForActionResponded', { organizationId: string; offerKind: CallKind; message: string; respondedAt: string }>
  | DomainEvent<'ResponseEdited', { organizationId: string; offerKind: CallKind; message: string; editedAt: string }>
  | DomainEvent<'ResponseWithdrawn', { organizationId: string; withdrawnAt: string }>
  | DomainEvent<'ResponseAccepted', { organizationId: string; acceptedAt: string }>
  | DomainEvent<'ResponseDeclined', { organizationId: string; reason: string; declinedAt: string }>
  /** Carries the whole content as it stands after the edit. */
  | DomainEvent<'CallForActionEdited', CallContent & { editedAt: string }>
  | DomainEvent<'CallForActionClosed', { closedBy: CallClosedBy; closedAt: string }>
  | DomainEvent<'CallForActionConverted', { projectId: string; convertedAt: string }>;

export type CallForActionState =
  | { status: 'NONE' }
  | { status: 'PENDING'; call: CallDetails }
  | { status: 'OPEN'; call: CallDetails }
  | { status: 'CLOSED'; call: CallDetails }
  | { status: 'CONVERTED'; call: CallDetails };

export type CallStatus = Exclude<CallForActionState['status'], 'NONE'>;

export const initialCallState = (): CallForActionState => ({ status: 'NONE' });

function withResponse(call: CallDetails, organizationId: string, change: (r: CallResponse | undefined) => CallResponse): CallDetails {
  const existing = call.responses.find((r) => r.organizationId === organizationId);
  const next = change(existing);
  const responses = existing ? call.responses.map((r) => (r === existing ? next : r)) : [...call.responses, next];
  return { ...call, responses, updatedAt: next.updatedAt };
}

export function evolveCall(state: CallForActionState, event: CallForActionEvent): CallForActionState {
  if (event.type === 'CallForActionPosted') {
    const d = event.data;
    const call: CallDetails = {
      id: d.callId,
      title: d.title,
      description: d.description,
      kind: d.kind,
      themes: d.themes,
      countries: d.countries,
      deadline: d.deadline,
      practiceId: d.practiceId,
      posters: [{ organizationId: d.postedBy, confirmed: true }, ...d.coPosters.map((organizationId) => ({ organizationId, confirmed: false }))],
      postedAt: d.postedAt,
      updatedAt: d.postedAt,
      responses: [],
      closedAt: null,
      closedBy: null,
      projectId: null,
    };
    return { status: d.coPosters.length > 0 ? 'PENDING' : 'OPEN', call };
  }
  if (state.status === 'NONE') return state;
  const call = state.call;
  switch (event.type) {
    case 'CoPostingConfirmed': {
      const posters = call.posters.map((p) => (p.organizationId === event.data.organizationId ? { ...p, confirmed: true } : p));
      const next = { ...call, posters, updatedAt: event.data.confirmedAt };
      return { status: state.status === 'PENDING' && posters.every((p) => p.confirmed) ? 'OPEN' : state.status, call: next };
    }
    case 'CallForActionResponded':
    case 'ResponseEdited': {
      const at = event.type === 'CallForActionResponded' ? event.data.respondedAt : event.data.editedAt;
      const { organizationId, offerKind, message } = event.data;
      return {
        status: state.status,
        call: withResponse(call, organizationId, (r) =>
          event.type === 'ResponseEdited' && r
            ? { ...r, offerKind, message, updatedAt: at }
            : { organizationId, offerKind, message, status: 'ACTIVE', respondedAt: at, updatedAt: at, declineReason: null },
        ),
      };
    }
    case 'ResponseWithdrawn':
      return {
        status: state.status,
        call: withResponse(call, event.data.organizationId, (r) => ({ ...r!, status: 'WITHDRAWN', updatedAt: event.data.withdrawnAt })),
      };
    case 'ResponseAccepted':
      return {
        status: state.status,
        call: withResponse(call, event.data.organizationId, (r) => ({ ...r!, status: 'ACCEPTED', updatedAt: event.data.acceptedAt })),
      };
    case 'ResponseDeclined':
      return {
        status: state.status,
        call: withResponse(call, event.data.organizationId, (r) => ({
          ...r!,
          status: 'DECLINED',
          declineReason: event.data.reason,
          updatedAt: event.data.declinedAt,
        })),
      };
    case 'CallForActionEdited': {
      const { editedAt, ...content } = event.data;
      return { status: state.status, call: { ...call, ...content, updatedAt: editedAt } };
    }
    case 'CallForActionClosed':
      return { status: 'CLOSED', call: { ...call, closedAt: event.data.closedAt, closedBy: event.data.closedBy, updatedAt: event.data.closedAt } };
    case 'CallForActionConverted':
      return {
        status: 'CONVERTED',
        call: { ...call, projectId: event.data.projectId, closedAt: call.closedAt ?? event.data.convertedAt, updatedAt: event.data.convertedAt },
      };
    default: {
      const unknown: never = event;
      throw new Error(`Unknown call event ${(unknown as CallForActionEvent).type}`);
    }
  }
}

/** A response that stands: neither withdrawn nor declined. */
export const activeResponse = (call: CallDetails, organizationId: string): CallResponse | undefined =>
  call.responses.find((r) => r.organizationId === organizationId && (r.status === 'ACTIVE' || r.status === 'ACCEPTED'));

/** The responses that stand, as the call's response count counts them. */
export const standingResponses = (call: CallDetails): CallResponse[] => call.responses.filter((r) => r.status === 'ACTIVE' || r.status === 'ACCEPTED');

export const isPoster = (call: CallDetails, organizationId: string): boolean => call.posters.some((p) => p.organizationId === organizationId);
