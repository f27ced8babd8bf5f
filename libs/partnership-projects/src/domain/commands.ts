import type { Command } from '@pfp/kernel';
import type { LaunchData, Metric, ProjectEdits, ProjectRole } from './partnership-project';
import type { ProgressValue, TargetData } from './targets';

/** What launching needs; the lead is the actor's organisation and the time the command's. */
export type LaunchRequestData = Omit<LaunchData, 'leadOrganizationId' | 'launchedAt'>;

/** Every command on a project, in the one shape `{ type, data, actor, at }`. */
export type PartnershipProjectCommand =
  | Command<'LaunchPartnershipProject', LaunchRequestData>
  | Command<'AddProjectPartner', { organizationId: string; role: ProjectRole }>
  | Command<'LeaveProject'>
  | Command<'RemoveProjectPartner', { organizationId: string }>
  | Command<'ChangeProjectPartnerRole', { organizationId: string; role: ProjectRole }>
  /** Only the fields given change. */
  | Command<'EditPartnershipProject', Partial<ProjectEdits>>
  | Command<'AddMilestone', { milestoneId: string; title: string; plannedOn: string }>
  | Command<'ReachMilestone', { milestoneId: string; reachedOn: string }>
  | Command<'PostProjectUpdate', { updateId: string; text: string; metrics: Metric[]; videoUrl: string | null; progress?: ProgressValue[] }>
  /** Adds a target, or changes the one with this id. */
  | Command<'SetProjectTarget', TargetData>
  | Command<'RetireProjectTarget', { targetId: string }>
  /** The platform's reminder process: `asOf` is the time it found the project quiet at. */
  | Command<'RemindQuietProject', { asOf: string }>
  | Command<'CompleteProject'>
  | Command<'CancelProject', { reason: string }>;
