import { checkText, isCalendarDate } from '@pfp/kernel';

/*
 * Measurable targets of a project (issue 18): indicator, unit, baseline, target value and
 * date, and the GCM objective or SDG target each serves (a taxonomy id, checked at the edge).
 * Progress updates report the value reached against a target; a status per target is computed
 * from the values and the dates (never stored: it moves with the clock), and the project's
 * from its targets.
 */

export interface ProjectTarget {
  id: string;
  indicator: string;
  unit: string;
  baseline: number;
  targetValue: number;
  /** YYYY-MM-DD. */
  targetDate: string;
  /** `gcm-7`, `sdg-10.7`. */
  serves: string;
  setAt: string;
  retiredAt: string | null;
}

export type TargetData = Omit<ProjectTarget, 'setAt' | 'retiredAt'>;

/** A value reached against a target, as one update reports it (the level reached, not an increment). */
export interface ProgressValue {
  targetId: string;
  value: number;
}

export interface Reading {
  value: number;
  at: string;
}

export const TARGET_STATUSES = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'MET'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

const TARGET_ID = /^[a-z0-9][a-z0-9-]{0,59}$/;

export function targetFaults(t: TargetData): Record<string, string> {
  const faults: Record<string, string> = {};
  if (!TARGET_ID.test(t.id)) faults.targetId = 'lower-case letters, digits and hyphens, at most 60';
  const indicator = checkText(t.indicator, { max: 200, required: true });
  if (indicator) faults.indicator = indicator;
  const unit = checkText(t.unit, { max: 100, required: true });
  if (unit) faults.unit = unit;
  if (!Number.isFinite(t.baseline)) faults.baseline = 'must be a finite number';
  if (!Number.isFinite(t.targetValue)) faults.targetValue = 'must be a finite number';
  else if (t.targetValue === t.baseline) faults.targetValue = 'must differ from the baseline';
  if (!isCalendarDate(t.targetDate)) faults.targetDate = 'must be a date that exists, YYYY-MM-DD';
  return faults;
}

/** The share of the way from baseline to target that `value` covers (0 at the baseline, 1 at the target; either direction). */
export const shareCovered = (t: Pick<ProjectTarget, 'baseline' | 'targetValue'>, value: number): number => (value - t.baseline) / (t.targetValue - t.baseline);

/** Thresholds of the status rule (README, "Targets and status"). */
export const STATUS_RULE = { atRiskGap: 0.1, offTrackGap: 0.3 } as const;

/**
 * The status of a target at `now`:
 * - MET once the latest value reaches the target value (in the direction from the baseline);
 * - OFF_TRACK once the target date has passed without that;
 * - otherwise the share covered by the latest value (0 without one) is compared with the share
 *   of the time gone from `start` (the project's start, or when the target was set) to the
 *   target date: behind by at most 0.1 ON_TRACK, by at most 0.3 AT_RISK, more OFF_TRACK.
 */
export function targetStatus(target: ProjectTarget, readings: readonly Reading[], start: string, now: Date): TargetStatus {
  const latest = [...readings].sort((a, b) => a.at.localeCompare(b.at)).at(-1);
  const covered = latest ? shareCovered(target, latest.value) : 0;
  if (covered >= 1) return 'MET';
  const end = Date.parse(`${target.targetDate}T23:59:59.999Z`);
  if (now.getTime() > end) return 'OFF_TRACK';
  const from = Date.parse(start.length === 10 ? `${start}T00:00:00.000Z` : start);
  const elapsed = end > from ? Math.min(1, Math.max(0, (now.getTime() - from) / (end - from))) : 1;
  const gap = elapsed - covered;
  if (gap <= STATUS_RULE.atRiskGap) return 'ON_TRACK';
  if (gap <= STATUS_RULE.offTrackGap) return 'AT_RISK';
  return 'OFF_TRACK';
}

export const PROJECT_TARGET_STATUSES = ['NO_TARGETS', ...TARGET_STATUSES] as const;
export type ProjectTargetStatus = (typeof PROJECT_TARGET_STATUSES)[number];

/** The project's status from its targets in use: the worst of them (MET only when all are met). */
export function projectTargetStatus(statuses: readonly TargetStatus[]): ProjectTargetStatus {
  if (statuses.length === 0) return 'NO_TARGETS';
  for (const s of ['OFF_TRACK', 'AT_RISK', 'ON_TRACK'] as const) if (statuses.includes(s)) return s;
  return 'MET';
}

/** The readings of one target out of a project's updates, in the order they were posted. */
export function readingsOf(targetId: string, updates: ReadonlyArray<{ postedAt: string; progress?: ProgressValue[] }>): Reading[] {
  return updates.flatMap((u) => (u.progress ?? []).filter((p) => p.targetId === targetId).map((p) => ({ value: p.value, at: u.postedAt })));
}
