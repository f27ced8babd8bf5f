import { ConflictError, NotFoundError, UnauthenticatedError, ValidationError, type Actor, type Aggregate } from '@pfp/kernel';
import type { PartnershipProjectCommand } from './commands';
import { PROJECT_ERRORS } from './errors';
import {
  EDITABLE_FIELDS,
  evolveProject,
  initialProjectState,
  isMember,
  isSupportedVideoUrl,
  leadOf,
  quietSpell,
  readersOf,
  type PartnershipProjectEvent,
  type PartnershipProjectState,
  type ProjectDetails,
  type ProjectEdits,
} from './partnership-project';
import { partnershipProjectPolicies } from './policies';
import { targetFaults } from './targets';

export { PROJECT_ERRORS } from './errors';
export type { LaunchRequestData, PartnershipProjectCommand } from './commands';

type Active = Extract<PartnershipProjectState, { status: 'ACTIVE' }>;

function active(state: PartnershipProjectState): Active {
  if (state.status === 'NONE') throw new NotFoundError(PROJECT_ERRORS.NOT_FOUND, 'There is no such partnership project.');
  if (state.status !== 'ACTIVE') throw new ValidationError(PROJECT_ERRORS.NOT_ACTIVE, `This project is ${state.status.toLowerCase()}.`);
  return state;
}

/** The organisation acting (the policies let no visitor through). */
function by(command: PartnershipProjectCommand): Actor {
  if (!command.actor) throw new UnauthenticatedError();
  return command.actor;
}

function invalid(fields: Record<string, string>, message = 'The project is not valid.'): void {
  if (Object.keys(fields).length > 0) throw new ValidationError(PROJECT_ERRORS.INVALID, message, fields);
}

function partnerOf(state: Active, organizationId: string) {
  const partner = state.project.partners.find((p) => p.organizationId === organizationId);
  if (!partner)
    throw new ValidationError(PROJECT_ERRORS.PARTNER_NOT_FOUND, 'That organisation is not a partner of this project.', {
      organizationId: 'is not a partner of this project',
    });
  return partner;
}

const pick = (p: ProjectDetails): ProjectEdits => Object.fromEntries(EDITABLE_FIELDS.map((k) => [k, p[k]])) as unknown as ProjectEdits;

/** The domain's rules; who may send each command is in `partnershipProjectPolicies`, run before. */
export function decideProject(command: PartnershipProjectCommand, state: PartnershipProjectState): PartnershipProjectEvent[] {
  switch (command.type) {
    case 'LaunchPartnershipProject': {
      if (state.status !== 'NONE') throw new ConflictError(PROJECT_ERRORS.ALREADY_LAUNCHED, 'This project already exists.');
      const d = command.data;
      const fields: Record<string, string> = {};
      if (!d.title.trim()) fields.title = 'must not be empty';
      if (d.partners.some((p) => p.role === 'LEAD')) fields.partners = 'the lead is the launching organisation; give partners another role';
      if (d.partners.some((p) => p.organizationId === by(command).organizationId)) fields.partners = 'must not include the lead';
      if (new Set(d.partners.map((p) => p.organizationId)).size !== d.partners.length) fields.partners = 'must not repeat an organisation';
      if (d.startsOn && d.endsOn && d.endsOn < d.startsOn) fields.endsOn = 'must not be before startsOn';
      invalid(fields);
      return [{ type: 'PartnershipProjectLaunched', data: { ...d, leadOrganizationId: by(command).organizationId, launchedAt: command.at } }];
    }
    case 'AddProjectPartner': {
      const s = active(state);
      if (command.data.role === 'LEAD') invalid({ role: 'a project has one lead' });
      if (isMember(s.project, command.data.organizationId)) throw new ConflictError(PROJECT_ERRORS.ALREADY_PARTNER, 'That organisation is already a partner.');
      return [{ type: 'ProjectPartnerAdded', data: { ...command.data, addedAt: command.at } }];
    }
    case 'LeaveProject': {
      const s = active(state);
      if (leadOf(s.project) === by(command).organizationId)
        throw new ValidationError(PROJECT_ERRORS.LEAD_CANNOT_LEAVE, 'The lead cannot leave its project: complete or cancel it.');
      return [{ type: 'ProjectPartnerLeft', data: { organizationId: by(command).organizationId, leftAt: command.at } }];
    }
    case 'RemoveProjectPartner': {
      const s = active(state);
      const partner = partnerOf(s, command.data.organizationId);
      if (partner.role === 'LEAD') throw new ValidationError(PROJECT_ERRORS.LEAD_CANNOT_LEAVE, 'The lead cannot be removed: complete or cancel the project.');
      return [{ type: 'ProjectPartnerRemoved', data: { organizationId: partner.organizationId, removedAt: command.at } }];
    }
    case 'ChangeProjectPartnerRole': {
      const s = active(state);
      const partner = partnerOf(s, command.data.organizationId);
      if (partner.role === 'LEAD' || command.data.role === 'LEAD')
        throw new ValidationError(PROJECT_ERRORS.LEAD_ROLE, 'A project has one lead, the organisation that launched it.', {
          role: 'the lead role does not move',
        });
      if (partner.role === command.data.role) return [];
      return [{ type: 'ProjectPartnerRoleChanged', data: { ...command.data, changedAt: command.at } }];
    }
    case 'EditPartnershipProject': {
      const s = active(state);
      const current = s.project;
      const defined = Object.fromEntries(Object.entries(command.data).filter(([, v]) => v !== undefined)) as Partial<ProjectEdits>;
      const next: ProjectEdits = { ...pick(current), ...defined };
      const fields: Record<string, string> = {};
      if (!next.title.trim()) fields.title = 'must not be empty';
      if (current.startsOn && next.endsOn && next.endsOn < current.startsOn) fields.endsOn = 'must not be before startsOn';
      invalid(fields);
      if (JSON.stringify(next) === JSON.stringify(pick(current))) return [];
      const readers = readersOf({ ...current, ...next });
      return [{ type: 'PartnershipProjectEdited', data: { ...next, editedAt: command.at, readers } }];
    }
    case 'AddMilestone': {
      active(state);
      invalid({ ...(command.data.title.trim() ? {} : { title: 'must not be empty' }) });
      return [{ type: 'MilestoneAdded', data: { ...command.data, addedAt: command.at } }];
    }
    case 'ReachMilestone': {
      const s = active(state);
      const milestone = s.project.milestones.find((m) => m.id === command.data.milestoneId);
      if (!milestone)
        throw new ValidationError(PROJECT_ERRORS.MILESTONE_NOT_FOUND, 'The project has no such milestone.', {
          milestoneId: 'is not a milestone of this project',
        });
      if (milestone.reachedOn) throw new ConflictError(PROJECT_ERRORS.MILESTONE_REACHED, 'This milestone is already reached.');
      return [{ type: 'MilestoneReached', data: command.data }];
    }
    case 'PostProjectUpdate': {
      const s = active(state);
      const d = command.data;
      if (d.videoUrl !== null && !isSupportedVideoUrl(d.videoUrl)) {
        throw new ValidationError(PROJECT_ERRORS.VIDEO_URL, 'Only https links to a YouTube or Vimeo video are accepted.', {
          videoUrl: 'must be a YouTube or Vimeo video link (https)',
        });
      }
      const fields: Record<string, string> = {};
      if (!d.text.trim()) fields.text = 'must not be empty';
      if (d.metrics.some((m) => !m.indicator.trim() || !Number.isFinite(m.value))) fields.metrics = 'each needs an indicator and a finite value';
      if (new Set(d.metrics.map((m) => `${m.indicator.trim()}\u0000${m.unit ?? ''}`)).size !== d.metrics.length)
        fields.metrics = 'must not repeat an indicator';
      const targets = s.project.targets ?? [];
      (d.progress ?? []).forEach((p, i) => {
        const target = targets.find((t) => t.id === p.targetId);
        if (!target) fields[`progress.${i}.targetId`] = 'is not a target of this project';
        else if (target.retiredAt) fields[`progress.${i}.targetId`] = 'is a retired target';
        else if ((d.progress ?? []).findIndex((o) => o.targetId === p.targetId) < i) fields[`progress.${i}.targetId`] = 'reports the same target twice';
        if (!Number.isFinite(p.value)) fields[`progress.${i}.value`] = 'must be a finite number';
      });
      invalid(fields, 'The update is not valid.');
      return [
        {
          type: 'ProjectUpdatePosted',
          data: {
            id: d.updateId,
            text: d.text,
            metrics: d.metrics,
            videoUrl: d.videoUrl,
            organizationId: by(command).organizationId,
            postedAt: command.at,
            ...(d.progress?.length ? { progress: d.progress } : {}),
          },
        },
      ];
    }
    case 'SetProjectTarget': {
      const s = active(state);
      const d = command.data;
      invalid(targetFaults(d), 'The target is not valid.');
      const known = (s.project.targets ?? []).find((t) => t.id === d.id);
      if (known?.retiredAt) throw new ValidationError(PROJECT_ERRORS.TARGET_RETIRED, 'That target is retired.', { targetId: 'is retired' });
      const data = { ...d, indicator: d.indicator.trim(), unit: d.unit.trim() };
      if (
        known &&
        JSON.stringify({ ...known, setAt: undefined, retiredAt: undefined }) === JSON.stringify({ ...known, ...data, setAt: undefined, retiredAt: undefined })
      )
        return [];
      return [{ type: 'ProjectTargetSet', data: { ...data, setAt: command.at } }];
    }
    case 'RetireProjectTarget': {
      const s = active(state);
      const target = (s.project.targets ?? []).find((t) => t.id === command.data.targetId);
      if (!target)
        throw new ValidationError(PROJECT_ERRORS.TARGET_NOT_FOUND, 'The project has no such target.', { targetId: 'is not a target of this project' });
      if (target.retiredAt) throw new ValidationError(PROJECT_ERRORS.TARGET_RETIRED, 'That target is retired.', { targetId: 'is retired' });
      return [{ type: 'ProjectTargetRetired', data: { targetId: target.id, retiredAt: command.at } }];
    }
    case 'RemindQuietProject': {
      const s = active(state);
      const quietSince = s.project.updatedAt;
      const { remindFrom, inactiveFrom } = quietSpell(quietSince);
      if (Date.parse(command.data.asOf) < Date.parse(remindFrom))
        throw new ValidationError(PROJECT_ERRORS.NOT_QUIET, `The project was updated on ${quietSince.slice(0, 10)}: no reminder before ${remindFrom.slice(0, 10)}.`);
      // once per quiet spell: an update starts a new one
      if (s.project.reminder?.quietSince === quietSince)
        throw new ConflictError(PROJECT_ERRORS.ALREADY_REMINDED, 'The lead and the partners were already reminded of this quiet spell.');
      const organizationIds = s.project.partners.map((p) => p.organizationId);
      return [{ type: 'ProjectQuietReminderSent', data: { quietSince, inactiveFrom, organizationIds, remindedAt: command.data.asOf } }];
    }
    case 'CompleteProject': {
      active(state);
      return [{ type: 'ProjectCompleted', data: { completedAt: command.at } }];
    }
    case 'CancelProject': {
      active(state);
      invalid({ ...(command.data.reason.trim() ? {} : { reason: 'must not be empty' }) });
      return [{ type: 'ProjectCancelled', data: { reason: command.data.reason, cancelledAt: command.at } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${(unknown as PartnershipProjectCommand).type}`);
    }
  }
}

/** Partnership projects: streams `project-<uuid>`. */
export const partnershipProjectAggregate: Aggregate<PartnershipProjectState, PartnershipProjectCommand, PartnershipProjectEvent> = {
  category: 'project',
  initialState: initialProjectState,
  decide: decideProject,
  evolve: evolveProject,
  policies: partnershipProjectPolicies,
};

/** The same aggregate, under the name its readers (live) know. */
export const partnershipProjectDecider = partnershipProjectAggregate;
