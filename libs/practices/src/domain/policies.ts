import type { Actor, CommandPolicy, Decision, Policies } from '@pfp/kernel';
import { all, allow, deny, requireSignIn, supportUnitOnly } from '@pfp/kernel';
import type { PracticeCommand } from './decide';
import { isCoAuthor, type CoAuthor } from './co-authors';
import type { ExistingPractice, Practice } from './practice';

// Who may send each command, given the practice. Visitors hear UNAUTHENTICATED, others FORBIDDEN.

const stateMemberOnly = (actor: Actor | null): Decision =>
  all(requireSignIn(actor), () =>
    actor?.organizationKind === 'STATE' && actor.country ? allow() : deny('PRACTICE.STATES_ONLY', 'Only members of a state may draft practices.'),
  );

const ownerOnly = (actor: Actor | null, practice: ExistingPractice): Decision =>
  actor?.organizationId === practice.ownerOrganizationId ? allow() : deny('PRACTICE.NOT_OWNER', 'Only the owner state may do this.');

const ownerOrSupportUnit = (actor: Actor | null, practice: ExistingPractice): Decision =>
  actor?.organizationId === practice.ownerOrganizationId || actor?.organizationKind === 'SUPPORT_UNIT'
    ? allow()
    : deny('PRACTICE.NOT_OWNER', 'Only the owner state or the Support Unit may do this.');

const notOwner = (actor: Actor | null, practice: ExistingPractice): Decision =>
  actor?.organizationId !== practice.ownerOrganizationId ? allow() : deny('PRACTICE.OWN_PRACTICE', 'An owner cannot express interest in its own practice.');

const invitedOnly = (actor: Actor | null, practice: ExistingPractice): Decision =>
  practice.coAuthors.some((c) => c.organizationId === actor?.organizationId)
    ? allow()
    : deny('PRACTICE.NOT_INVITED', 'Only the organisation invited to co-author the practice may answer.');

/**
 * A policy for a command on an existing practice: a visitor is UNAUTHENTICATED; a practice
 * that does not exist is let through, so that decide answers NOT_FOUND (before FORBIDDEN, as
 * a refusal by role must not tell whether the practice exists any more than NOT_FOUND does).
 */
function onExisting<C extends PracticeCommand>(rule: (actor: Actor | null, practice: ExistingPractice) => Decision): CommandPolicy<Practice, C> {
  return (actor, practice) => all(requireSignIn(actor), () => (practice.status === 'NONE' ? allow() : rule(actor, practice)));
}

export const practicePolicies: Policies<Practice, PracticeCommand> = {
  DraftPractice: (actor) => stateMemberOnly(actor),
  RevisePractice: onExisting(ownerOnly),
  SubmitPractice: onExisting(ownerOnly),
  PublishPractice: onExisting((actor) => supportUnitOnly(actor, undefined)),
  RequestPracticeChanges: onExisting((actor) => supportUnitOnly(actor, undefined)),
  AssessPractice: onExisting((actor) => supportUnitOnly(actor, undefined)),
  ArchivePractice: onExisting(ownerOrSupportUnit),
  AddPracticeTranslation: onExisting(ownerOnly),
  RevisePracticeTranslation: onExisting(ownerOnly),
  ExpressInterestInPractice: onExisting(notOwner),
  EraseContact: onExisting((actor) => supportUnitOnly(actor, undefined)),
  InvitePracticeCoAuthor: onExisting(ownerOnly),
  RemovePracticeCoAuthor: onExisting(ownerOnly),
  AcceptPracticeCoAuthorship: onExisting(invitedOnly),
  DeclinePracticeCoAuthorship: onExisting(invitedOnly),
};

/**
 * Who may read the working text and history of a practice that is not (or not only) public: the
 * owner, the Support Unit, and an organisation invited to co-author it or co-authoring it (read only).
 * `coAuthors` absent (a node of a list): the owner and the Support Unit.
 */
export function canSeeWorkingCopy(
  actor: { organizationId: string; organizationKind: string } | null,
  practice: { ownerOrganizationId: string; coAuthors?: readonly CoAuthor[] },
): boolean {
  return (
    !!actor &&
    (actor.organizationId === practice.ownerOrganizationId || actor.organizationKind === 'SUPPORT_UNIT' || isCoAuthor(practice.coAuthors, actor.organizationId))
  );
}
