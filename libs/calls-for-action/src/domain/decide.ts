import { ConflictError, NotFoundError, UnauthenticatedError, ValidationError, type Actor, type Aggregate } from '@pfp/kernel';
import {
  activeResponse,
  CALL_CONTENT_FIELDS,
  evolveCall,
  initialCallState,
  type CallContent,
  type CallForActionEvent,
  type CallForActionState,
} from './call-for-action';
import type { CallForActionCommand } from './commands';
import { CALL_ERRORS } from './errors';
import { callForActionPolicies } from './policies';

export { CALL_ERRORS } from './errors';
export type { CallForActionCommand, PostCallData, ResponseData } from './commands';

type Existing = Exclude<CallForActionState, { status: 'NONE' }>;

function existing(state: CallForActionState): Existing {
  if (state.status === 'NONE') throw new NotFoundError(CALL_ERRORS.NOT_FOUND, 'There is no such call for action.');
  return state;
}

/** The organisation acting (the policies let no visitor through to these commands). */
function by(command: CallForActionCommand): Actor {
  if (!command.actor) throw new UnauthenticatedError();
  return command.actor;
}

function requireOpen(state: Existing): void {
  if (state.status === 'CLOSED' || state.status === 'CONVERTED') throw new ValidationError(CALL_ERRORS.CLOSED, 'This call for action is closed.');
  if (state.status !== 'OPEN') throw new ValidationError(CALL_ERRORS.NOT_OPEN, 'This call for action is waiting for its co-posters to confirm.');
}

/** What posting and editing both ask of the content; a deadline kept as it was by an edit need not be in the future. */
function contentFaults(d: CallContent, at: string, previousDeadline: string | null = null): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!d.title.trim()) fields.title = 'must not be empty';
  if (!d.description.trim()) fields.description = 'must not be empty';
  if (d.deadline !== null && d.deadline !== previousDeadline && !(Date.parse(d.deadline) > Date.parse(at))) fields.deadline = 'must be in the future';
  return fields;
}

const sameContent = (a: CallContent, b: CallContent): boolean => CALL_CONTENT_FIELDS.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));

function validatePost(command: Extract<CallForActionCommand, { type: 'PostCallForAction' }>): void {
  const d = command.data;
  const fields = contentFaults(d, command.at);
  if (d.coPosters.includes(by(command).organizationId)) fields.coPosters = 'must not include the posting state itself';
  if (new Set(d.coPosters).size !== d.coPosters.length) fields.coPosters = 'must not repeat a state';
  if (Object.keys(fields).length > 0) throw new ValidationError(CALL_ERRORS.INVALID, 'The call for action is not valid.', fields);
}

/** The domain's rules; who may send each command is in `callForActionPolicies`, run before. */
export function decideCall(command: CallForActionCommand, state: CallForActionState): CallForActionEvent[] {
  switch (command.type) {
    case 'PostCallForAction': {
      if (state.status !== 'NONE') throw new ConflictError(CALL_ERRORS.ALREADY_POSTED, 'This call for action already exists.');
      validatePost(command);
      return [{ type: 'CallForActionPosted', data: { ...command.data, postedBy: by(command).organizationId, postedAt: command.at } }];
    }
    case 'ConfirmCoPosting': {
      const s = existing(state);
      const poster = s.call.posters.find((p) => p.organizationId === by(command).organizationId)!;
      if (poster.confirmed) throw new ConflictError(CALL_ERRORS.ALREADY_CONFIRMED, 'This state has already confirmed.');
      return [{ type: 'CoPostingConfirmed', data: { organizationId: poster.organizationId, confirmedAt: command.at } }];
    }
    case 'RespondToCallForAction': {
      const s = existing(state);
      const organizationId = by(command).organizationId;
      requireOpen(s);
      if (activeResponse(s.call, organizationId))
        throw new ConflictError(CALL_ERRORS.ALREADY_RESPONDED, 'Your organisation has already responded: edit or withdraw that response.');
      if (!command.data.message.trim()) throw new ValidationError(CALL_ERRORS.INVALID, 'The response needs a message.', { message: 'must not be empty' });
      return [{ type: 'CallForActionResponded', data: { organizationId, ...command.data, respondedAt: command.at } }];
    }
    case 'EditResponse': {
      const s = existing(state);
      const organizationId = by(command).organizationId;
      requireOpen(s);
      if (!activeResponse(s.call, organizationId)) throw new ValidationError(CALL_ERRORS.NO_RESPONSE, 'Your organisation has no active response to this call.');
      if (!command.data.message.trim()) throw new ValidationError(CALL_ERRORS.INVALID, 'The response needs a message.', { message: 'must not be empty' });
      return [{ type: 'ResponseEdited', data: { organizationId, ...command.data, editedAt: command.at } }];
    }
    case 'WithdrawResponse': {
      const s = existing(state);
      const organizationId = by(command).organizationId;
      if (s.status === 'CONVERTED') throw new ValidationError(CALL_ERRORS.CLOSED, 'This call has become a project.');
      if (!activeResponse(s.call, organizationId)) throw new ValidationError(CALL_ERRORS.NO_RESPONSE, 'Your organisation has no active response to this call.');
      return [{ type: 'ResponseWithdrawn', data: { organizationId, withdrawnAt: command.at } }];
    }
    case 'AcceptResponse': {
      const s = existing(state);
      if (s.status === 'CONVERTED' || s.status === 'PENDING')
        throw new ValidationError(CALL_ERRORS.NOT_OPEN, `A ${s.status.toLowerCase()} call takes no acceptance.`);
      const response = activeResponse(s.call, command.data.organizationId);
      if (!response)
        throw new ValidationError(CALL_ERRORS.NO_RESPONSE, 'That organisation has no active response to this call.', {
          organizationId: 'has no active response',
        });
      if (response.status === 'ACCEPTED') return [];
      return [{ type: 'ResponseAccepted', data: { organizationId: response.organizationId, acceptedAt: command.at } }];
    }
    case 'DeclineResponse': {
      const s = existing(state);
      if (s.status === 'CONVERTED') throw new ValidationError(CALL_ERRORS.CLOSED, 'This call has become a project.');
      const response = activeResponse(s.call, command.data.organizationId);
      if (!response)
        throw new ValidationError(CALL_ERRORS.NO_RESPONSE, 'That organisation has no active response to this call.', {
          organizationId: 'has no active response',
        });
      const reason = command.data.reason.trim();
      if (!reason) throw new ValidationError(CALL_ERRORS.INVALID, 'Say why the response is declined.', { reason: 'must not be empty' });
      return [{ type: 'ResponseDeclined', data: { organizationId: response.organizationId, reason, declinedAt: command.at } }];
    }
    case 'EditCallForAction': {
      const s = existing(state);
      if (s.status === 'CONVERTED') throw new ValidationError(CALL_ERRORS.CLOSED, 'This call has become a project: edit the project.');
      const fields = contentFaults(command.data, command.at, s.call.deadline);
      if (Object.keys(fields).length > 0) throw new ValidationError(CALL_ERRORS.INVALID, 'The call for action is not valid.', fields);
      if (sameContent(s.call, command.data)) return [];
      return [{ type: 'CallForActionEdited', data: { ...command.data, editedAt: command.at } }];
    }
    case 'CloseCallForAction': {
      const s = existing(state);
      if (s.status === 'CLOSED' || s.status === 'CONVERTED') throw new ValidationError(CALL_ERRORS.CLOSED, 'This call for action is already closed.');
      return [{ type: 'CallForActionClosed', data: { closedBy: 'POSTER', closedAt: command.at } }];
    }
    case 'CloseCallForActionAtDeadline': {
      const s = existing(state);
      const asOf = command.data.asOf;
      if (s.status === 'CLOSED' || s.status === 'CONVERTED') throw new ValidationError(CALL_ERRORS.CLOSED, 'This call for action is already closed.');
      if (!s.call.deadline || Date.parse(s.call.deadline) > Date.parse(asOf))
        throw new ValidationError(CALL_ERRORS.DEADLINE_NOT_PASSED, 'The deadline has not passed.');
      return [{ type: 'CallForActionClosed', data: { closedBy: 'DEADLINE', closedAt: asOf } }];
    }
    case 'ConvertCallForAction': {
      const s = existing(state);
      if (s.status === 'CONVERTED') throw new ConflictError(CALL_ERRORS.CLOSED, 'This call has already become a project.');
      if (s.status === 'PENDING') throw new ValidationError(CALL_ERRORS.NOT_OPEN, 'This call is waiting for its co-posters to confirm.');
      if (!s.call.responses.some((r) => r.status === 'ACCEPTED'))
        throw new ValidationError(CALL_ERRORS.NO_ACCEPTED_RESPONSE, 'Accept at least one response before launching a project from the call.');
      return [{ type: 'CallForActionConverted', data: { projectId: command.data.projectId, convertedAt: command.at } }];
    }
    case 'CompleteCallConversion': {
      // The launch was decided with this conversion: only record it, once.
      const s = existing(state);
      if (s.status === 'CONVERTED') {
        if (s.call.projectId === command.data.projectId) return [];
        throw new ConflictError(CALL_ERRORS.CONVERTED_ELSEWHERE, 'This call has become another project.');
      }
      return [{ type: 'CallForActionConverted', data: { projectId: command.data.projectId, convertedAt: command.at } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${(unknown as CallForActionCommand).type}`);
    }
  }
}

/** Calls for action: streams `callForAction-<uuid>`. */
export const callForActionAggregate: Aggregate<CallForActionState, CallForActionCommand, CallForActionEvent> = {
  category: 'callForAction',
  initialState: initialCallState,
  decide: decideCall,
  evolve: evolveCall,
  policies: callForActionPolicies,
};

/** The same aggregate, under the name its readers (live) know. */
export const callForActionDecider = callForActionAggregate;
