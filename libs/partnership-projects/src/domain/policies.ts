import { all, allow, deny, requireSignIn, type Actor, type Decision, type Policies } from '@pfp/kernel';
import type { PartnershipProjectCommand } from './commands';
import { PROJECT_ERRORS } from './errors';
import { isMember, leadOf, type PartnershipProjectState, type ProjectDetails } from './partnership-project';

/*
 * Who may send each command on a project. On a project that is missing or no longer active
 * the decider answers first (NOT_FOUND, NOT_ACTIVE), as it always has: the policy lets those
 * through after sign-in.
 */

const onActive = (actor: Actor | null, state: PartnershipProjectState, rule: (actor: Actor, project: ProjectDetails) => Decision): Decision =>
  all(requireSignIn(actor), () => (state.status === 'ACTIVE' ? rule(actor!, state.project) : allow()));

const lead = (actor: Actor | null, state: PartnershipProjectState): Decision =>
  onActive(actor, state, (a, p) =>
    leadOf(p) === a.organizationId ? allow() : deny(PROJECT_ERRORS.NOT_LEAD, 'Only the lead organisation of the project may do this.'),
  );

const member = (actor: Actor | null, state: PartnershipProjectState): Decision =>
  onActive(actor, state, (a, p) =>
    isMember(p, a.organizationId) ? allow() : deny(PROJECT_ERRORS.NOT_PARTNER, 'Only the lead and the partners of the project may do this.'),
  );

/** Commands of the platform's own processes: no resolver sends them, and a signed-in actor may not. */
const platformOnly = (actor: Actor | null): Decision => (actor === null ? allow() : deny(PROJECT_ERRORS.PLATFORM_ONLY, 'Only the platform does this.'));

export const partnershipProjectPolicies: Policies<PartnershipProjectState, PartnershipProjectCommand> = {
  LaunchPartnershipProject: (actor) =>
    all(requireSignIn(actor), () =>
      actor!.organizationKind === 'SUPPORT_UNIT' ? deny(PROJECT_ERRORS.SUPPORT_UNIT, 'The Support Unit does not lead projects.') : allow(),
    ),
  AddProjectPartner: lead,
  LeaveProject: member,
  RemoveProjectPartner: lead,
  ChangeProjectPartnerRole: lead,
  EditPartnershipProject: lead,
  AddMilestone: lead,
  ReachMilestone: member,
  PostProjectUpdate: member,
  SetProjectTarget: lead,
  RetireProjectTarget: lead,
  RemindQuietProject: platformOnly,
  CompleteProject: lead,
  CancelProject: lead,
};
