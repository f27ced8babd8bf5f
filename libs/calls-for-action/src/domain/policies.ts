import { all, allow, deny, requireSignIn, type Actor, type Decision, type Policies } from '@pfp/kernel';
import { isPoster, type CallForActionState } from './call-for-action';
import type { CallForActionCommand } from './commands';
import { CALL_ERRORS } from './errors';

/*
 * Who may send each command on a call. A command on a call that does not exist is let
 * through (after sign-in), so that the decider answers NOT_FOUND before any FORBIDDEN, as it
 * always has.
 */

const onCall = (
  actor: Actor | null,
  state: CallForActionState,
  rule: (actor: Actor, state: Exclude<CallForActionState, { status: 'NONE' }>) => Decision,
): Decision => all(requireSignIn(actor), () => (state.status === 'NONE' ? allow() : rule(actor!, state)));

const poster = (actor: Actor | null, state: CallForActionState): Decision =>
  onCall(actor, state, (a, s) =>
    isPoster(s.call, a.organizationId) ? allow() : deny(CALL_ERRORS.NOT_POSTER, 'Only the states that posted this call may do this.'),
  );

const responder = (actor: Actor | null, state: CallForActionState): Decision =>
  onCall(actor, state, (a) =>
    a.organizationKind === 'SUPPORT_UNIT' ? deny(CALL_ERRORS.SUPPORT_UNIT, 'The Support Unit does not respond to calls.') : allow(),
  );

/** Commands of the platform's own processes: no resolver sends them, and a signed-in actor may not. */
const platformOnly = (actor: Actor | null): Decision => (actor === null ? allow() : deny(CALL_ERRORS.PLATFORM_ONLY, 'Only the platform does this.'));

export const callForActionPolicies: Policies<CallForActionState, CallForActionCommand> = {
  PostCallForAction: (actor) =>
    all(requireSignIn(actor), () => (actor!.organizationKind === 'STATE' ? allow() : deny(CALL_ERRORS.STATES_ONLY, 'Only states post calls for action.'))),
  ConfirmCoPosting: (actor, state) =>
    onCall(actor, state, (a, s) =>
      s.call.posters.some((p) => p.organizationId === a.organizationId)
        ? allow()
        : deny(CALL_ERRORS.NOT_CO_POSTER, 'Only a state named as co-poster may confirm.'),
    ),
  RespondToCallForAction: (actor, state) =>
    all(responder(actor, state), () =>
      state.status !== 'NONE' && isPoster(state.call, actor!.organizationId)
        ? deny(CALL_ERRORS.OWN_CALL, 'A state cannot respond to its own call for action.')
        : allow(),
    ),
  EditResponse: responder,
  WithdrawResponse: responder,
  AcceptResponse: poster,
  DeclineResponse: poster,
  EditCallForAction: poster,
  CloseCallForAction: poster,
  ConvertCallForAction: poster,
  /** Sent only by the deadline closer (close-at-deadline), never by a resolver. */
  CloseCallForActionAtDeadline: platformOnly,
  /** Sent only by the conversion-completion process (launch-project-from-call), never by a resolver. */
  CompleteCallConversion: platformOnly,
};
