import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type Decider, type OrganizationKind } from '@pfp/kernel';
import {
  evolveProject,
  initialProjectState,
  isMember,
  isSupportedVideoUrl,
  leadOf,
  type LaunchData,
  type Metric,
  type PartnershipProjectEvent,
  type PartnershipProjectState,
  type ProjectRole,
} from './partnership-project';

export interface ProjectActor {
  organizationId: string;
  organizationKind: OrganizationKind;
}

export type PartnershipProjectCommand =
  | { type: 'LaunchPartnershipProject'; actor: ProjectActor; at: string; data: Omit<LaunchData, 'leadOrganizationId' | 'launchedAt'> }
  | { type: 'AddProjectPartner'; actor: ProjectActor; at: string; data: { organizationId: string; role: ProjectRole } }
  | { type: 'LeaveProject'; actor: ProjectActor; at: string }
  | { type: 'AddMilestone'; actor: ProjectActor; at: string; data: { milestoneId: string; title: string; plannedOn: string } }
  | { type: 'ReachMilestone'; actor: ProjectActor; at: string; data: { milestoneId: string; reachedOn: string } }
  | { type: 'PostProjectUpdate'; actor: ProjectActor; at: string; data: { updateId: string; text: string; metrics: Metric[]; videoUrl: string | null } }
  | { type: 'CompleteProject'; actor: ProjectActor; at: string }
  | { type: 'CancelProject'; actor: ProjectActor; at: string; data: { reason: string } };

export const PROJECT_ERRORS = {
  NOT_FOUND: 'PROJECT.NOT_FOUND',
  ALREADY_LAUNCHED: 'PROJECT.ALREADY_LAUNCHED',
  SUPPORT_UNIT: 'PROJECT.SUPPORT_UNIT_CANNOT_LAUNCH',
  NOT_LEAD: 'PROJECT.NOT_LEAD',
  NOT_PARTNER: 'PROJECT.NOT_PARTNER',
  LEAD_CANNOT_LEAVE: 'PROJECT.LEAD_CANNOT_LEAVE',
  ALREADY_PARTNER: 'PROJECT.ALREADY_PARTNER',
  NOT_ACTIVE: 'PROJECT.NOT_ACTIVE',
  MILESTONE_NOT_FOUND: 'PROJECT.MILESTONE_NOT_FOUND',
  MILESTONE_REACHED: 'PROJECT.MILESTONE_ALREADY_REACHED',
  VIDEO_URL: 'PROJECT.VIDEO_URL_UNSUPPORTED',
  INVALID: 'PROJECT.INVALID',
} as const;

type Active = Extract<PartnershipProjectState, { status: 'ACTIVE' }>;

function active(state: PartnershipProjectState): Active {
  if (state.status === 'NONE') throw new NotFoundError(PROJECT_ERRORS.NOT_FOUND, 'There is no such partnership project.');
  if (state.status !== 'ACTIVE') throw new ValidationError(PROJECT_ERRORS.NOT_ACTIVE, `This project is ${state.status.toLowerCase()}.`);
  return state;
}

function requireLead(state: Active, actor: ProjectActor): void {
  if (leadOf(state.project) !== actor.organizationId) throw new ForbiddenError(PROJECT_ERRORS.NOT_LEAD, 'Only the lead organisation of the project may do this.');
}

function requireMember(state: Active, actor: ProjectActor): void {
  if (!isMember(state.project, actor.organizationId)) throw new ForbiddenError(PROJECT_ERRORS.NOT_PARTNER, 'Only the lead and the partners of the project may do this.');
}

function invalid(fields: Record<string, string>, message = 'The project is not valid.'): void {
  if (Object.keys(fields).length > 0) throw new ValidationError(PROJECT_ERRORS.INVALID, message, fields);
}

export function decideProject(command: PartnershipProjectCommand, state: PartnershipProjectState): PartnershipProjectEvent[] {
  switch (command.type) {
    case 'LaunchPartnershipProject': {
      if (command.actor.organizationKind === 'SUPPORT_UNIT') throw new ForbiddenError(PROJECT_ERRORS.SUPPORT_UNIT, 'The Support Unit does not lead projects.');
      if (state.status !== 'NONE') throw new ConflictError(PROJECT_ERRORS.ALREADY_LAUNCHED, 'This project already exists.');
      const d = command.data;
      const fields: Record<string, string> = {};
      if (!d.title.trim()) fields.title = 'must not be empty';
      if (d.partners.some((p) => p.role === 'LEAD')) fields.partners = 'the lead is the launching organisation; give partners another role';
      if (d.partners.some((p) => p.organizationId === command.actor.organizationId)) fields.partners = 'must not include the lead';
      if (new Set(d.partners.map((p) => p.organizationId)).size !== d.partners.length) fields.partners = 'must not repeat an organisation';
      if (d.startsOn && d.endsOn && d.endsOn < d.startsOn) fields.endsOn = 'must not be before startsOn';
      invalid(fields);
      return [{ type: 'PartnershipProjectLaunched', data: { ...d, leadOrganizationId: command.actor.organizationId, launchedAt: command.at } }];
    }
    case 'AddProjectPartner': {
      const s = active(state);
      requireLead(s, command.actor);
      if (command.data.role === 'LEAD') invalid({ role: 'a project has one lead' });
      if (isMember(s.project, command.data.organizationId)) throw new ConflictError(PROJECT_ERRORS.ALREADY_PARTNER, 'That organisation is already a partner.');
      return [{ type: 'ProjectPartnerAdded', data: { ...command.data, addedAt: command.at } }];
    }
    case 'LeaveProject': {
      const s = active(state);
      requireMember(s, command.actor);
      if (leadOf(s.project) === command.actor.organizationId) throw new ValidationError(PROJECT_ERRORS.LEAD_CANNOT_LEAVE, 'The lead cannot leave its project: complete or cancel it.');
      return [{ type: 'ProjectPartnerLeft', data: { organizationId: command.actor.organizationId, leftAt: command.at } }];
    }
    case 'AddMilestone': {
      const s = active(state);
      requireLead(s, command.actor);
      invalid({ ...(command.data.title.trim() ? {} : { title: 'must not be empty' }) });
      return [{ type: 'MilestoneAdded', data: { ...command.data, addedAt: command.at } }];
    }
    case 'ReachMilestone': {
      const s = active(state);
      requireMember(s, command.actor);
      const milestone = s.project.milestones.find((m) => m.id === command.data.milestoneId);
      if (!milestone) throw new ValidationError(PROJECT_ERRORS.MILESTONE_NOT_FOUND, 'The project has no such milestone.', { milestoneId: 'is not a milestone of this project' });
      if (milestone.reachedOn) throw new ConflictError(PROJECT_ERRORS.MILESTONE_REACHED, 'This milestone is already reached.');
      return [{ type: 'MilestoneReached', data: command.data }];
    }
    case 'PostProjectUpdate': {
      const s = active(state);
      requireMember(s, command.actor);
      const d = command.data;
      if (d.videoUrl !== null && !isSupportedVideoUrl(d.videoUrl)) {
        throw new ValidationError(PROJECT_ERRORS.VIDEO_URL, 'Only https links to a YouTube or Vimeo video are accepted.', { videoUrl: 'must be a YouTube or Vimeo video link (https)' });
      }
      const fields: Record<string, string> = {};
      if (!d.text.trim()) fields.text = 'must not be empty';
      if (d.metrics.some((m) => !m.indicator.trim() || !Number.isFinite(m.value))) fields.metrics = 'each needs an indicator and a finite value';
      invalid(fields, 'The update is not valid.');
      return [{ type: 'ProjectUpdatePosted', data: { id: d.updateId, text: d.text, metrics: d.metrics, videoUrl: d.videoUrl, organizationId: command.actor.organizationId, postedAt: command.at } }];
    }
    case 'CompleteProject': {
      const s = active(state);
      requireLead(s, command.actor);
      return [{ type: 'ProjectCompleted', data: { completedAt: command.at } }];
    }
    case 'CancelProject': {
      const s = active(state);
      requireLead(s, command.actor);
      invalid({ ...(command.data.reason.trim() ? {} : { reason: 'must not be empty' }) });
      return [{ type: 'ProjectCancelled', data: { reason: command.data.reason, cancelledAt: command.at } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${(unknown as PartnershipProjectCommand).type}`);
    }
  }
}

export const partnershipProjectDecider: Decider<PartnershipProjectState, PartnershipProjectCommand, PartnershipProjectEvent> = {
  initialState: initialProjectState,
  decide: decideProject,
  evolve: evolveProject,
};
