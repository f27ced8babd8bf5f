import type { Command } from '@pfp/kernel';
import type { CallContent, CallKind, CallPostedData } from './call-for-action';

/** A call as its poster sends it: what is recorded, but for who posted it and when. */
export type PostCallData = Omit<CallPostedData, 'postedBy' | 'postedAt'>;

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
  | Command<'DeclineResponse', { organizationId: string; reason: string }>
  /** A poster edits what the call says (the whole content, as it should stand). */
  | Command<'EditCallForAction', CallContent>
  | Command<'CloseCallForAction'>
  /** The platform's deadline closer: `asOf` is the time it checked the deadline against. */
  | Command<'CloseCallForActionAtDeadline', { asOf: string }>
  /** A poster launches a project from the call (with the project's launch, in one command). */
  | Command<'ConvertCallForAction', { projectId: string }>
  /** The platform completes a conversion whose project was written but the call was not (a crash between the two writes). */
  | Command<'CompleteCallConversion', { projectId: string }>;
