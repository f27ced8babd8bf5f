import type { DomainEvent } from '@pfp/kernel';
import type { ProgressValue, ProjectTarget, TargetData } from './targets';

export const PROJECT_ROLES = ['LEAD', 'PARTNER', 'FUNDER', 'IMPLEMENTER'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];
/** PUBLIC: everyone reads it; PARTNERS: only its lead and partners do. */
export const PROJECT_VISIBILITIES = ['PUBLIC', 'PARTNERS'] as const;
export type ProjectVisibility = (typeof PROJECT_VISIBILITIES)[number];
export const PROJECT_STATUSES = ['ACTIVE', 'COMPLETED', 'CANCELLED'] as const;

export interface ProjectPartner {
  organizationId: string;
  role: ProjectRole;
  since: string;
}
export interface Milestone {
  id: string;
  title: string;
  plannedOn: string;
  reachedOn: string | null;
}
export interface Metric {
  indicator: string;
  /** What this update reports (new since the last report); the series add them up. */
  value: number;
  /** e.g. "people", "USD"; absent on updates posted before units existed. */
  unit?: string | null;
}
export interface ProjectUpdate {
  id: string;
  text: string;
  metrics: Metric[];
  videoUrl: string | null;
  organizationId: string;
  postedAt: string;
  /** Values reached against the project's targets (issue 18); absent on older updates. */
  progress?: ProgressValue[];
}

export interface ProjectDetails {
  id: string;
  title: string;
  summary: string;
  objectives: string[];
  themes: string[];
  countries: string[];
  startsOn: string | null;
  endsOn: string | null;
  fromCallId: string | null;
  visibility: ProjectVisibility;
  /** The lead is the partner with role LEAD. */
  partners: ProjectPartner[];
  milestones: Milestone[];
  updates: ProjectUpdate[];
  /** Its measurable targets, retired ones kept (issue 18); absent in documents written before. */
  targets?: ProjectTarget[];
  /** The last reminder of a quiet spell (issue 18): the spell it was for, and when it was sent; absent before any. */
  reminder?: { quietSince: string; remindedAt: string };
  launchedAt: string;
  updatedAt: string;
  endedAt: string | null;
  cancellationReason: string | null;
}

export type LaunchData = Omit<ProjectDetails, 'partners' | 'milestones' | 'updates' | 'launchedAt' | 'updatedAt' | 'endedAt' | 'cancellationReason'> & {
  leadOrganizationId: string;
  partners: Array<{ organizationId: string; role: ProjectRole }>;
  launchedAt: string;
};

/** What the lead may edit after the launch (PartnershipProjectEdited carries all of them, as they stand after the edit). */
export const EDITABLE_FIELDS = ['title', 'summary', 'visibility', 'themes', 'countries', 'endsOn'] as const;
export type ProjectEdits = Pick<ProjectDetails, (typeof EDITABLE_FIELDS)[number]>;

export type PartnershipProjectEvent =
  | DomainEvent<'PartnershipProjectLaunched', LaunchData>
  | DomainEvent<'ProjectPartnerAdded', { organizationId: string; role: ProjectRole; addedAt: string }>
  | DomainEvent<'ProjectPartnerLeft', { organizationId: string; leftAt: string }>
  | DomainEvent<'ProjectPartnerRemoved', { organizationId: string; removedAt: string }>
  | DomainEvent<'ProjectPartnerRoleChanged', { organizationId: string; role: ProjectRole; changedAt: string }>
  /** `readers`: who may read the project from now on (null: everyone), as its followers' feed needs it. */
  | DomainEvent<'PartnershipProjectEdited', ProjectEdits & { editedAt: string; readers: string[] | null }>
  | DomainEvent<'MilestoneAdded', { milestoneId: string; title: string; plannedOn: string; addedAt: string }>
  | DomainEvent<'MilestoneReached', { milestoneId: string; reachedOn: string }>
  | DomainEvent<'ProjectUpdatePosted', ProjectUpdate>
  | DomainEvent<'ProjectTargetSet', TargetData & { setAt: string }>
  | DomainEvent<'ProjectTargetRetired', { targetId: string; retiredAt: string }>
  /** No update since `quietSince` for 11 months: the lead and the partners (`organizationIds`) are reminded before `inactiveFrom`. */
  | DomainEvent<'ProjectQuietReminderSent', { quietSince: string; inactiveFrom: string; organizationIds: string[]; remindedAt: string }>
  | DomainEvent<'ProjectCompleted', { completedAt: string }>
  | DomainEvent<'ProjectCancelled', { reason: string; cancelledAt: string }>;

export type PartnershipProjectState =
  | { status: 'NONE' }
  | { status: 'ACTIVE'; project: ProjectDetails }
  | { status: 'COMPLETED'; project: ProjectDetails }
  | { status: 'CANCELLED'; project: ProjectDetails };

export type ProjectStatus = Exclude<PartnershipProjectState['status'], 'NONE'>;

export const initialProjectState = (): PartnershipProjectState => ({ status: 'NONE' });

export function evolveProject(state: PartnershipProjectState, event: PartnershipProjectEvent): PartnershipProjectState {
  if (event.type === 'PartnershipProjectLaunched') {
    const { leadOrganizationId, partners, launchedAt, ...rest } = event.data;
    return {
      status: 'ACTIVE',
      project: {
        ...rest,
        partners: [{ organizationId: leadOrganizationId, role: 'LEAD', since: launchedAt }, ...partners.map((p) => ({ ...p, since: launchedAt }))],
        milestones: [],
        updates: [],
        launchedAt,
        updatedAt: launchedAt,
        endedAt: null,
        cancellationReason: null,
      },
    };
  }
  if (state.status === 'NONE') return state;
  const p = state.project;
  switch (event.type) {
    case 'ProjectPartnerAdded':
      return {
        status: state.status,
        project: { ...p, partners: [...p.partners, { organizationId: event.data.organizationId, role: event.data.role, since: event.data.addedAt }] },
      };
    case 'ProjectPartnerLeft':
    case 'ProjectPartnerRemoved':
      return { status: state.status, project: { ...p, partners: p.partners.filter((x) => x.organizationId !== event.data.organizationId) } };
    case 'ProjectPartnerRoleChanged':
      return {
        status: state.status,
        project: { ...p, partners: p.partners.map((x) => (x.organizationId === event.data.organizationId ? { ...x, role: event.data.role } : x)) },
      };
    case 'PartnershipProjectEdited': {
      const { title, summary, visibility, themes, countries, endsOn } = event.data;
      return { status: state.status, project: { ...p, title, summary, visibility, themes, countries, endsOn } };
    }
    case 'MilestoneAdded':
      return {
        status: state.status,
        project: {
          ...p,
          milestones: [...p.milestones, { id: event.data.milestoneId, title: event.data.title, plannedOn: event.data.plannedOn, reachedOn: null }],
        },
      };
    case 'MilestoneReached':
      return {
        status: state.status,
        project: { ...p, milestones: p.milestones.map((m) => (m.id === event.data.milestoneId ? { ...m, reachedOn: event.data.reachedOn } : m)) },
      };
    case 'ProjectUpdatePosted':
      return { status: state.status, project: { ...p, updates: [...p.updates, event.data], updatedAt: event.data.postedAt } };
    case 'ProjectTargetSet':
    case 'ProjectTargetRetired':
      return { status: state.status, project: { ...p, targets: withTarget(p.targets ?? [], event) } };
    case 'ProjectQuietReminderSent':
      return { status: state.status, project: { ...p, reminder: { quietSince: event.data.quietSince, remindedAt: event.data.remindedAt } } };
    case 'ProjectCompleted':
      return { status: 'COMPLETED', project: { ...p, endedAt: event.data.completedAt } };
    case 'ProjectCancelled':
      return { status: 'CANCELLED', project: { ...p, endedAt: event.data.cancelledAt, cancellationReason: event.data.reason } };
    default: {
      const unknown: never = event;
      throw new Error(`Unknown project event ${(unknown as PartnershipProjectEvent).type}`);
    }
  }
}

/** The targets after a set (added, or changed in place) or a retirement. */
export function withTarget(
  targets: ProjectTarget[],
  event: Extract<PartnershipProjectEvent, { type: 'ProjectTargetSet' | 'ProjectTargetRetired' }>,
): ProjectTarget[] {
  if (event.type === 'ProjectTargetRetired') return targets.map((t) => (t.id === event.data.targetId ? { ...t, retiredAt: event.data.retiredAt } : t));
  const { setAt, ...data } = event.data;
  const known = targets.some((t) => t.id === data.id);
  return known ? targets.map((t) => (t.id === data.id ? { ...t, ...data, setAt } : t)) : [...targets, { ...data, setAt, retiredAt: null }];
}

export const leadOf = (p: ProjectDetails): string => p.partners.find((x) => x.role === 'LEAD')!.organizationId;
export const isMember = (p: ProjectDetails, organizationId: string): boolean => p.partners.some((x) => x.organizationId === organizationId);

/** Who may read the project: null = everyone. */
export const readersOf = (p: ProjectDetails): string[] | null => (p.visibility === 'PUBLIC' ? null : p.partners.map((x) => x.organizationId));

const DAY_MS = 24 * 3600 * 1000;
const INACTIVE_AFTER_MS = 365 * DAY_MS;
/** 11 months of 365/12 days, rounded down: the reminder comes a month before the project is reported inactive. */
export const REMIND_AFTER_MS = 334 * DAY_MS;

/** When a project quiet since `lastActivityAt` is reminded, and when it is reported inactive. */
export const quietSpell = (lastActivityAt: string): { remindFrom: string; inactiveFrom: string } => ({
  remindFrom: new Date(Date.parse(lastActivityAt) + REMIND_AFTER_MS).toISOString(),
  inactiveFrom: new Date(Date.parse(lastActivityAt) + INACTIVE_AFTER_MS).toISOString(),
});

/** An ACTIVE project with no update (or launch) for 12 months is reported inactive. */
export function isInactive(status: ProjectStatus, lastActivityAt: string, now: Date): boolean {
  return status === 'ACTIVE' && now.getTime() - Date.parse(lastActivityAt) > INACTIVE_AFTER_MS;
}

const VIDEO_HOSTS = ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'vimeo.com', 'www.vimeo.com', 'player.vimeo.com'];

/** Only https YouTube or Vimeo video links. */
export function isSupportedVideoUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || !VIDEO_HOSTS.includes(url.hostname) || url.username || url.password) return false;
  if (url.hostname === 'youtu.be') return /^\/[\w-]{6,}$/.test(url.pathname);
  if (url.hostname.endsWith('youtube.com'))
    return (url.pathname === '/watch' && /^[\w-]{6,}$/.test(url.searchParams.get('v') ?? '')) || /^\/(embed|shorts)\/[\w-]{6,}$/.test(url.pathname);
  return /^\/(video\/)?\d+$/.test(url.pathname);
}
