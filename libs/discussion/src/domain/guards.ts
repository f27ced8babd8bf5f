import { DomainError, ValidationError } from '@pfp/kernel';
import { DISCUSSION_ERRORS } from './errors';

/**
 * What the platform knows of the author's recent writing when a comment or a message is sent,
 * read by the use case from the context's read models and passed in the command, so that the
 * rules below stay pure.
 */
export interface WritingFacts {
  /** Comments (or messages) the account wrote in the last hour. */
  lastHour: number;
  /** Whether the account wrote the very same text (ignoring case and spacing) in the last day. */
  sameTextLastDay: boolean;
  /** Comments and messages the account ever wrote: under NEW_ACCOUNT_WRITINGS it is new to discussion. */
  writtenBefore: number;
}

export const GUARDS = {
  COMMENTS_PER_HOUR: 10,
  MESSAGES_PER_HOUR: 30,
  NEW_ACCOUNT_WRITINGS: 3,
  NEW_ACCOUNT_LINKS: 2,
  MAX_BODY: 10_000,
} as const;

const LINK = /\bhttps?:\/\/|\bwww\.|\]\(|<a\s/gi;

export const linkCount = (text: string): number => text.match(LINK)?.length ?? 0;

/** The same text, as duplicate detection compares it. */
export const normalizedText = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

const MENTION = /@(organization-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/g;

/** The organisations a text mentions by id (`@organization-<uuid>`), each once. */
export const mentionsOf = (text: string): string[] => [...new Set([...text.matchAll(MENTION)].map((m) => m[1]))];

const NAMED_MENTION = /@\[([^\]\n]{1,200})\]/g;

/** The names a text mentions (`@[International Labour Organization (ILO)]`, `@[ILO]`), lower case, each once. */
export const mentionedNames = (text: string): string[] => [...new Set([...text.matchAll(NAMED_MENTION)].map((m) => m[1].trim().toLowerCase()))];

/** The body as stored: trimmed, not empty, not too long. */
export function bodyOf(body: string, field = 'body'): string {
  const text = body.trim();
  if (!text) throw new ValidationError(DISCUSSION_ERRORS.INVALID, 'Write something.', { [field]: 'must not be empty' });
  if (text.length > GUARDS.MAX_BODY)
    throw new ValidationError(DISCUSSION_ERRORS.INVALID, 'The text is too long.', { [field]: `must be at most ${GUARDS.MAX_BODY} characters` });
  return text;
}

/** The spam and abuse guards: a rate per account, few links from accounts new to discussion, no repeated text. */
export function checkWriting(kind: 'comment' | 'message', body: string, facts: WritingFacts, field = 'body'): void {
  const limit = kind === 'comment' ? GUARDS.COMMENTS_PER_HOUR : GUARDS.MESSAGES_PER_HOUR;
  if (facts.lastHour >= limit)
    throw new DomainError(
      DISCUSSION_ERRORS.TOO_MANY,
      `You have written ${limit} ${kind}s in the last hour: wait a little before the next.`,
      'TOO_MANY_REQUESTS',
    );
  if (facts.writtenBefore < GUARDS.NEW_ACCOUNT_WRITINGS && linkCount(body) > GUARDS.NEW_ACCOUNT_LINKS)
    throw new ValidationError(
      DISCUSSION_ERRORS.TOO_MANY_LINKS,
      `Your first ${GUARDS.NEW_ACCOUNT_WRITINGS} ${kind}s may hold at most ${GUARDS.NEW_ACCOUNT_LINKS} links.`,
      { [field]: `must hold at most ${GUARDS.NEW_ACCOUNT_LINKS} links` },
    );
  if (facts.sameTextLastDay)
    throw new ValidationError(DISCUSSION_ERRORS.DUPLICATE, `You wrote the same ${kind} in the last day.`, {
      [field]: 'repeats a text you wrote in the last day',
    });
}
