import type { Actor, Command, DomainEvent, OrganizationKind } from '@pfp/kernel';
import { ConflictError, ValidationError } from '@pfp/kernel';

/**
 * Co-authorship (issue 14 point 4): a state's practice credits partner organisations that wrote
 * it with the state. The owner invites and removes; the invited organisation accepts or declines.
 * Co-authors do not edit: the owner state alone writes, submits and archives (the platform is
 * state-led); co-authors read the working copy and its history.
 */

/** Who may be a co-author: partner organisations, never a state (it posts its own) nor the Support Unit (it reviews). */
export const CO_AUTHOR_KINDS: readonly OrganizationKind[] = ['INTERNATIONAL_ORGANIZATION', 'CIVIL_SOCIETY', 'ACADEMIA', 'PRIVATE_SECTOR'];

export const CO_AUTHOR_STATUSES = ['INVITED', 'ACCEPTED', 'DECLINED'] as const;
export type CoAuthorStatus = (typeof CO_AUTHOR_STATUSES)[number];

export interface CoAuthor {
  organizationId: string;
  status: CoAuthorStatus;
  invitedAt: string;
  answeredAt: string | null;
}

export type CoAuthorEvent =
  | DomainEvent<'PracticeCoAuthorInvited', { organizationId: string; at: string }>
  | DomainEvent<'PracticeCoAuthorshipAccepted', { organizationId: string; at: string }>
  | DomainEvent<'PracticeCoAuthorshipDeclined', { organizationId: string; at: string }>
  | DomainEvent<'PracticeCoAuthorRemoved', { organizationId: string; at: string }>;

/** What the use case read of the organisation named, passed in so the rule stays pure (null: no such organisation). */
export interface InvitedOrganization {
  kind: OrganizationKind;
  active: boolean;
}

export type CoAuthorCommand =
  | Command<'InvitePracticeCoAuthor', { organizationId: string; organization: InvitedOrganization | null }>
  | Command<'AcceptPracticeCoAuthorship'>
  | Command<'DeclinePracticeCoAuthorship'>
  | Command<'RemovePracticeCoAuthor', { organizationId: string }>;

/** The co-authors after one of their events: shared by the aggregate and the details read model. */
export function withCoAuthorEvent(coAuthors: readonly CoAuthor[], event: CoAuthorEvent): CoAuthor[] {
  const { organizationId, at } = event.data;
  const others = coAuthors.filter((c) => c.organizationId !== organizationId);
  const answered = (status: CoAuthorStatus) => coAuthors.map((c) => (c.organizationId === organizationId ? { ...c, status, answeredAt: at } : c));
  switch (event.type) {
    case 'PracticeCoAuthorInvited':
      return [...others, { organizationId, status: 'INVITED', invitedAt: at, answeredAt: null }];
    case 'PracticeCoAuthorshipAccepted':
      return answered('ACCEPTED');
    case 'PracticeCoAuthorshipDeclined':
      return answered('DECLINED');
    case 'PracticeCoAuthorRemoved':
      return others;
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** An organisation invited or accepted (a declined or removed one is no longer a co-author). */
export const isCoAuthor = (coAuthors: readonly CoAuthor[] | undefined, organizationId: string): boolean =>
  (coAuthors ?? []).some((c) => c.organizationId === organizationId && c.status !== 'DECLINED');

const ORGANIZATION_FIELD = 'organizationId';

function checkInvitable(organization: InvitedOrganization | null): void {
  const refuse = (code: string, message: string, reason: string) => {
    throw new ValidationError(code, message, { [ORGANIZATION_FIELD]: reason });
  };
  if (!organization) return refuse('PRACTICE.NO_SUCH_ORGANIZATION', 'No such organisation.', 'no such organization');
  if (!organization.active) return refuse('PRACTICE.NO_SUCH_ORGANIZATION', 'The organisation is deactivated.', 'the organization is deactivated');
  if (!CO_AUTHOR_KINDS.includes(organization.kind))
    refuse(
      'PRACTICE.CO_AUTHOR_KIND',
      'Co-authors are partner organisations.',
      'must be a partner organisation (international organisation, civil society, academia, private sector): a state posts practices of its own, the Support Unit reviews them',
    );
}

/** The co-authorship commands on an existing, not archived practice (the caller checks both). */
export function decideCoAuthors(command: CoAuthorCommand, coAuthors: readonly CoAuthor[], actor: Actor): CoAuthorEvent[] {
  const { at } = command;
  switch (command.type) {
    case 'InvitePracticeCoAuthor': {
      const { organizationId, organization } = command.data;
      checkInvitable(organization);
      if (isCoAuthor(coAuthors, organizationId)) throw new ConflictError('PRACTICE.ALREADY_CO_AUTHOR', 'That organisation is already invited or a co-author.');
      return [{ type: 'PracticeCoAuthorInvited', data: { organizationId, at } }];
    }
    case 'AcceptPracticeCoAuthorship':
    case 'DeclinePracticeCoAuthorship': {
      const own = coAuthors.find((c) => c.organizationId === actor.organizationId);
      if (own?.status !== 'INVITED') throw new ConflictError('PRACTICE.INVITATION_ANSWERED', 'The invitation has already been answered.');
      const type = command.type === 'AcceptPracticeCoAuthorship' ? 'PracticeCoAuthorshipAccepted' : 'PracticeCoAuthorshipDeclined';
      return [{ type, data: { organizationId: actor.organizationId, at } }];
    }
    case 'RemovePracticeCoAuthor': {
      const { organizationId } = command.data;
      if (!coAuthors.some((c) => c.organizationId === organizationId))
        throw new ValidationError('PRACTICE.NO_SUCH_CO_AUTHOR', 'That organisation is not a co-author.', {
          [ORGANIZATION_FIELD]: 'is not invited nor a co-author',
        });
      return [{ type: 'PracticeCoAuthorRemoved', data: { organizationId, at } }];
    }
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}
