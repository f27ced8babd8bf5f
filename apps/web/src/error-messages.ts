import type { i18n as I18n } from 'i18next';
import type { ApiError, ApiRequestError } from './api';

/** Reasons that say only "not valid": the server's words for each field say more than a catalogue could. */
const GENERIC = /^(INPUT\.|EVENT_STORE\.)|\.INVALID$|^ID\.MALFORMED$/;
/** Kinds whose own words stand for a reason the catalogue lacks, when that reason is the platform's, not a rule's. */
const KINDS = new Set(['NETWORK', 'INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE', 'TOO_MANY_REQUESTS', 'READ_MODEL_LAGGING', 'CONFLICT']);
const PLATFORM_REASON = /^(EVENT_STORE|DATABASE|HTTP|READ_MODEL)\./;

type Translator = Pick<I18n, 't' | 'exists'>;

/** One refusal in the reader's language: the catalogue's words for its stable reason (error.<REASON>), else the server's. */
export function errorMessage(error: ApiError, i18n: Translator): string {
  const { code, reason } = error.extensions ?? {};
  if (reason && i18n.exists(`error.${reason}`)) return i18n.t(`error.${reason}`);
  if (code && KINDS.has(code) && (!reason || PLATFORM_REASON.test(reason)) && i18n.exists(`error.kind.${code}`)) return i18n.t(`error.kind.${code}`);
  return error.message;
}

/** Every error of the answer, each in the reader's language. */
export const errorMessages = (error: ApiRequestError, i18n: Translator): string => [...new Set(error.errors.map((one) => errorMessage(one, i18n)))].join(' ');

/**
 * What is wrong with one refused field: error.<REASON>.<field> when the catalogue words it, the
 * reason's own sentence when it is specific (not a mere "not valid"), else the server's words.
 */
export function fieldMessage(error: ApiRequestError, path: string, serverMessage: string, i18n: Translator): string {
  const refusal = error.errors.find((one) => one.extensions?.fields && path in one.extensions.fields);
  const reason = refusal?.extensions?.reason;
  if (!reason) return serverMessage;
  const field = path.split('.').pop() ?? path;
  if (i18n.exists(`error.${reason}.${field}`)) return i18n.t(`error.${reason}.${field}`);
  if (!GENERIC.test(reason) && i18n.exists(`error.${reason}`)) return i18n.t(`error.${reason}`);
  return serverMessage;
}
