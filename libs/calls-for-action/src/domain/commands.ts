import type { Command } from '@pfp/kernel';
import type { CallKind } from './call-for-action';

export interface PostCallData {
  callId: string;
  title: string;
  description: string;
  kind: CallKind;
  themes: string[];
  countries: string[];
  deadline: string | null;
  practiceId: string | null;
  coPosters: string[];
}

export interface ResponseData {
  offerKind: CallKind;
  message: string;
}

/** Every command on a call, in the one shape `{ type, data, actor, at }`. */
export type CallForActionCommand =
  | Command<'PostCallForAction', PostCallData>
  | Command<'ConfirmCoPosting'>
  | Command<'RespondToCallForAction', ResponseData>
  | Command<'EditResponse', ResponseData>
  | Command<'WithdrawResponse'>
  | Command<'AcceptResponse', { organizationId: string }>
  | Command<'CloseCallForAction'>
  /** The platform's deadline closer: `asOf` is the time it checked the deadline against. */
  | Command<'CloseCallForActionAtDeadline', { asOf: string }>
  /** A poster launches a project from the call (with the project's launch, in one command). */
  | Command<'ConvertCallForAction', { projectId: string }>
  /** The platform completes a conversion whose project was written but the call was not (a crash between the two writes). */
  | Command<'CompleteCallConversion', { projectId: string }>;
