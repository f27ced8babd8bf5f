import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type Decider, type OrganizationKind } from '@pfp/kernel';
import {
  activeResponse,
  evolveCall,
  initialCallState,
  isPoster,
  type CallForActionEvent,
  type CallForActionState,
  type CallKind,
} from './call-for-action';

/** Who acts: the organisation an account acts for. Null only for the platform (the deadline closer). */
export interface CallActor {
  organizationId: string;
  organizationKind: OrganizationKind;
}

export type CallForActionCommand =
  | {
      type: 'PostCallForAction';
      actor: CallActor;
      at: string;
      data: {
        callId: string;
        title: string;
        description: string;
        kind: CallKind;
        themes: string[];
        countries: string[];
        deadline: string | null;
        practiceId: string | null;
        coPosters: string[];
      };
    }
  | { type: 'ConfirmCoPosting'; actor: CallActor; at: string }
  | { type: 'RespondToCallForAction'; actor: CallActor; at: string; data: { offerKind: CallKind; message: string } }
  | { type: 'EditResponse'; actor: CallActor; at: string; data: { offerKind: CallKind; message: string } }
  | { type: 'WithdrawResponse'; actor: CallActor; at: string }
  | { type: 'AcceptResponse'; actor: CallActor; at: string; data: { organizationId: string } }
  | { type: 'CloseCallForAction'; actor: CallActor; at: string }
  | { type: 'CloseCallForActionAtDeadline'; at: string }
  | { type: 'ConvertCallForAction'; actor: CallActor; at: string; data: { projectId: string } };

export const CALL_ERRORS = {
  NOT_FOUND: 'CALL.NOT_FOUND',
  ALREADY_POSTED: 'CALL.ALREADY_POSTED',
  STATES_ONLY: 'CALL.STATES_ONLY',
  NOT_OPEN: 'CALL.NOT_OPEN',
  CLOSED: 'CALL.CLOSED',
  OWN_CALL: 'CALL.OWN_CALL',
  ALREADY_RESPONDED: 'CALL.ALREADY_RESPONDED',
  NO_RESPONSE: 'CALL.NO_RESPONSE',
  NOT_POSTER: 'CALL.NOT_POSTER',
  NOT_CO_POSTER: 'CALL.NOT_CO_POSTER',
  ALREADY_CONFIRMED: 'CALL.ALREADY_CONFIRMED',
  DEADLINE_NOT_PASSED: 'CALL.DEADLINE_NOT_PASSED',
  NO_ACCEPTED_RESPONSE: 'CALL.NO_ACCEPTED_RESPONSE',
  INVALID: 'CALL.INVALID',
  SUPPORT_UNIT: 'CALL.SUPPORT_UNIT_CANNOT_RESPOND',
} as const;

type Existing = Exclude<CallForActionState, { status: 'NONE' }>;

function existing(state: CallForActionState): Existing {
  if (state.status === 'NONE') throw new NotFoundError(CALL_ERRORS.NOT_FOUND, 'There is no such call for action.');
  return state;
}

function requirePoster(state: Existing, actor: CallActor): void {
  if (!isPoster(state.call, actor.organizationId)) throw new ForbiddenError(CALL_ERRORS.NOT_POSTER, 'Only the states that posted this call may do this.');
}

function requireResponder(actor: CallActor): void {
  if (actor.organizationKind === 'SUPPORT_UNIT') throw new ForbiddenError(CALL_ERRORS.SUPPORT_UNIT, 'The Support Unit does not respond to calls.');
}

function requireOpen(state: Existing): void {
  if (state.status === 'CLOSED' || state.status === 'CONVERTED') throw new ValidationError(CALL_ERRORS.CLOSED, 'This call for action is closed.');
  if (state.status !== 'OPEN') throw new ValidationError(CALL_ERRORS.NOT_OPEN, 'This call for action is waiting for its co-posters to confirm.');
}

function validatePost(command: Extract<CallForActionCommand, { type: 'PostCallForAction' }>): void {
  const fields: Record<string, string> = {};
  const d = command.data;
  if (!d.title.trim()) fields.title = 'must not be empty';
  if (!d.description.trim()) fields.description = 'must not be empty';
  if (d.deadline !== null && !(Date.parse(d.deadline) > Date.parse(command.at))) fields.deadline = 'must be in the future';
  if (d.coPosters.includes(command.actor.organizationId)) fields.coPosters = 'must not include the posting state itself';
  if (new Set(d.coPosters).size !== d.coPosters.length) fields.coPosters = 'must not repeat a state';
  if (Object.keys(fields).length > 0) throw new ValidationError(CALL_ERRORS.INVALID, 'The call for action is not valid.', fields);
}

export function decideCall(command: CallForActionCommand, state: CallForActionState): CallForActionEvent[] {
  switch (command.type) {
    case 'PostCallForAction': {
      if (command.actor.organizationKind !== 'STATE') throw new ForbiddenError(CALL_ERRORS.STATES_ONLY, 'Only states post calls for action.');
      if (state.status !== 'NONE') throw new ConflictError(CALL_ERRORS.ALREADY_POSTED, 'This call for action already exists.');
      validatePost(command);
      return [{ type: 'CallForActionPosted', data: { ...command.data, postedBy: command.actor.organizationId, postedAt: command.at } }];
    }
    case 'ConfirmCoPosting': {
      const s = existing(state);
      const poster = s.call.posters.find((p) => p.organizationId === command.actor.organizationId);
      if (!poster) throw new ForbiddenError(CALL_ERRORS.NOT_CO_POSTER, 'Only a state named as co-poster may confirm.');
      if (poster.confirmed) throw new ConflictError(CALL_ERRORS.ALREADY_CONFIRMED, 'This state has already confirmed.');
      return [{ type: 'CoPostingConfirmed', data: { organizationId: poster.organizationId, confirmedAt: command.at } }];
    }
    case 'RespondToCallForAction': {
      const s = existing(state);
      requireResponder(command.actor);
      if (isPoster(s.call, command.actor.organizationId)) throw new ForbiddenError(CALL_ERRORS.OWN_CALL, 'A state cannot respond to its own call for action.');
      requireOpen(s);
      if (activeResponse(s.call, command.actor.organizationId)) {
        throw new ConflictError(CALL_ERRORS.ALREADY_RESPONDED, 'Your organisation has already responded: edit or withdraw that response.');
      }
      if (!command.data.message.trim()) throw new ValidationError(CALL_ERRORS.INVALID, 'The response needs a message.', { message: 'must not be empty' });
      return [{ type: 'CallForActionResponded', data: { organizationId: command.actor.organizationId, ...command.data, respondedAt: command.at } }];
    }
    case 'EditResponse': {
      const s = existing(state);
      requireResponder(command.actor);
      requireOpen(s);
      if (!activeResponse(s.call, command.actor.organizationId)) throw new ValidationError(CALL_ERRORS.NO_RESPONSE, 'Your organisation has no active response to this call.');
      if (!command.data.message.trim()) throw new ValidationError(CALL_ERRORS.INVALID, 'The response needs a message.', { message: 'must not be empty' });
      return [{ type: 'ResponseEdited', data: { organizationId: command.actor.organizationId, ...command.data, editedAt: command.at } }];
    }
    case 'WithdrawResponse': {
      const s = existing(state);
      requireResponder(command.actor);
      if (s.status === 'CONVERTED') throw new ValidationError(CALL_ERRORS.CLOSED, 'This call has become a project.');
      if (!activeResponse(s.call, command.actor.organizationId)) throw new ValidationError(CALL_ERRORS.NO_RESPONSE, 'Your organisation has no active response to this call.');
      return [{ type: 'ResponseWithdrawn', data: { organizationId: command.actor.organizationId, withdrawnAt: command.at } }];
    }
    case 'AcceptResponse': {
      const s = existing(state);
      requirePoster(s, command.actor);
      if (s.status === 'CONVERTED' || s.status === 'PENDING') throw new ValidationError(CALL_ERRORS.NOT_OPEN, `A ${s.status.toLowerCase()} call takes no acceptance.`);
      const response = activeResponse(s.call, command.data.organizationId);
      if (!response) throw new ValidationError(CALL_ERRORS.NO_RESPONSE, 'That organisation has no active response to this call.', { organizationId: 'has no active response' });
      if (response.status === 'ACCEPTED') return [];
      return [{ type: 'ResponseAccepted', data: { organizationId: response.organizationId, acceptedAt: command.at } }];
    }
    case 'CloseCallForAction': {
      const s = existing(state);
      requirePoster(s, command.actor);
      if (s.status === 'CLOSED' || s.status === 'CONVERTED') throw new ValidationError(CALL_ERRORS.CLOSED, 'This call for action is already closed.');
      return [{ type: 'CallForActionClosed', data: { closedBy: 'POSTER', closedAt: command.at } }];
    }
    case 'CloseCallForActionAtDeadline': {
      const s = existing(state);
      if (s.status === 'CLOSED' || s.status === 'CONVERTED') throw new ValidationError(CALL_ERRORS.CLOSED, 'This call for action is already closed.');
      if (!s.call.deadline || Date.parse(s.call.deadline) > Date.parse(command.at)) throw new ValidationError(CALL_ERRORS.DEADLINE_NOT_PASSED, 'The deadline has not passed.');
      return [{ type: 'CallForActionClosed', data: { closedBy: 'DEADLINE', closedAt: command.at } }];
    }
    case 'ConvertCallForAction': {
      const s = existing(state);
      requirePoster(s, command.actor);
      if (s.status === 'CONVERTED') throw new ConflictError(CALL_ERRORS.CLOSED, 'This call has already become a project.');
      if (s.status === 'PENDING') throw new ValidationError(CALL_ERRORS.NOT_OPEN, 'This call is waiting for its co-posters to confirm.');
      if (!s.call.responses.some((r) => r.status === 'ACCEPTED')) throw new ValidationError(CALL_ERRORS.NO_ACCEPTED_RESPONSE, 'Accept at least one response before launching a project from the call.');
      return [{ type: 'CallForActionConverted', data: { projectId: command.data.projectId, convertedAt: command.at } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${(unknown as CallForActionCommand).type}`);
    }
  }
}

export const callForActionDecider: Decider<CallForActionState, CallForActionCommand, CallForActionEvent> = {
  initialState: initialCallState,
  decide: decideCall,
  evolve: evolveCall,
};
