import { ConflictError, ForbiddenError, ValidationError, type Actor, type DomainEvent } from '@pfp/kernel';
import { MODERATION_ERRORS } from './errors';

/** A report of a comment, a message or a published item, open until the Support Unit decides. */
export interface Report {
  reporterAccountId: string;
  reporterOrganizationId: string;
  reason: string;
  reportedAt: string;
}

/** What moderation records of one piece of content: its open reports, and why it is hidden (null: visible). */
export interface ModerationCase {
  reports: Report[];
  hidden: { reason: string; hiddenBy: string; hiddenAt: string } | null;
}

export const openCase = (): ModerationCase => ({ reports: [], hidden: null });

/** The moderation events, the same in every stream that holds moderated content (`contentId` names it). */
export type ModerationEvent =
  | DomainEvent<'ContentReported', { contentId: string; reason: string; reporterAccountId: string; reporterOrganizationId: string; reportedAt: string }>
  | DomainEvent<'ContentHidden', { contentId: string; reason: string; hiddenBy: string; hiddenAt: string; reportsClosed: number }>
  | DomainEvent<'ContentRestored', { contentId: string; restoredBy: string; restoredAt: string }>
  | DomainEvent<'ReportsDismissed', { contentId: string; dismissedBy: string; dismissedAt: string; reportsClosed: number }>;

export const MODERATION_EVENT_TYPES = ['ContentReported', 'ContentHidden', 'ContentRestored', 'ReportsDismissed'] as const;

export function evolveCase(current: ModerationCase, event: ModerationEvent): ModerationCase {
  switch (event.type) {
    case 'ContentReported': {
      const { contentId: _, ...report } = event.data;
      return { ...current, reports: [...current.reports, report] };
    }
    case 'ContentHidden':
      return { reports: [], hidden: { reason: event.data.reason, hiddenBy: event.data.hiddenBy, hiddenAt: event.data.hiddenAt } };
    case 'ContentRestored':
      return { ...current, hidden: null };
    case 'ReportsDismissed':
      return { ...current, reports: [] };
    default: {
      const unknown: never = event;
      throw new Error(`Unknown moderation event ${(unknown as ModerationEvent).type}`);
    }
  }
}

/** The moderation commands' data: the content they are about and, for a report or a hiding, why. */
export type ModerationCommandType = 'ReportContent' | 'HideContent' | 'RestoreContent' | 'DismissReport';
export interface ModerationData {
  contentId: string;
  reason?: string;
}

const reasonOf = (data: ModerationData): string => {
  const reason = (data.reason ?? '').trim();
  if (!reason) throw new ValidationError(MODERATION_ERRORS.INVALID, 'Say why.', { reason: 'must not be empty' });
  if (reason.length > 1000) throw new ValidationError(MODERATION_ERRORS.INVALID, 'The reason is too long.', { reason: 'must be at most 1000 characters' });
  return reason;
};

/**
 * The rules of moderation, the same for comments, messages and published items. `authorOrganizationId`:
 * whose content it is (null for an item whose owner this context does not know). Who may send
 * the Support Unit's commands is checked by the policies; this states the domain's rules.
 */
export function decideModeration(
  type: ModerationCommandType,
  data: ModerationData,
  actor: Actor,
  at: string,
  current: ModerationCase,
  authorOrganizationId: string | null,
): ModerationEvent[] {
  const contentId = data.contentId;
  switch (type) {
    case 'ReportContent': {
      if (authorOrganizationId === actor.organizationId)
        throw new ForbiddenError(MODERATION_ERRORS.OWN_CONTENT, 'Your organisation cannot report its own content.');
      const reason = reasonOf(data);
      if (current.hidden) throw new ConflictError(MODERATION_ERRORS.ALREADY_HIDDEN, 'This is already hidden.');
      if (current.reports.some((r) => r.reporterAccountId === actor.accountId))
        throw new ConflictError(MODERATION_ERRORS.ALREADY_REPORTED, 'You have already reported this; the Support Unit will decide.');
      return [
        {
          type: 'ContentReported',
          data: { contentId, reason, reporterAccountId: actor.accountId, reporterOrganizationId: actor.organizationId, reportedAt: at },
        },
      ];
    }
    case 'HideContent': {
      const reason = reasonOf(data);
      if (current.hidden) throw new ConflictError(MODERATION_ERRORS.ALREADY_HIDDEN, 'This is already hidden.');
      return [{ type: 'ContentHidden', data: { contentId, reason, hiddenBy: actor.accountId, hiddenAt: at, reportsClosed: current.reports.length } }];
    }
    case 'RestoreContent':
      if (!current.hidden) throw new ValidationError(MODERATION_ERRORS.NOT_HIDDEN, 'This is not hidden.');
      return [{ type: 'ContentRestored', data: { contentId, restoredBy: actor.accountId, restoredAt: at } }];
    case 'DismissReport':
      if (current.reports.length === 0) throw new ValidationError(MODERATION_ERRORS.NO_OPEN_REPORT, 'There is no open report of this.');
      return [{ type: 'ReportsDismissed', data: { contentId, dismissedBy: actor.accountId, dismissedAt: at, reportsClosed: current.reports.length } }];
    default: {
      const unknown: never = type;
      throw new Error(`Unknown moderation command ${String(unknown)}`);
    }
  }
}
