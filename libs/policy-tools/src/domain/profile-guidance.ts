import {
  all,
  allow,
  checkText,
  deny,
  requireSignIn,
  UnauthenticatedError,
  ValidationError,
  type Aggregate,
  type Command,
  type DomainEvent,
  type Policies,
} from '@pfp/kernel';
import { SECTION_KEY } from './content-rules';
import { POLICY_TOOL_ERRORS } from './errors';

/*
 * The guidance checklist of the Migration Profiles Repository: the steps of preparing a
 * profile, which the Support Unit maintains (with the organisations it names as maintainers).
 * An aggregate of its own, one stream for the repository, so that the checklist has its own
 * history and a profile names the step it has reached by key.
 */

export interface GuidanceStep {
  key: string;
  title: string;
  description: string;
}

export interface ProfileGuidance {
  steps: GuidanceStep[];
  /** The organisations that maintain the repository with the Support Unit. */
  maintainers: string[];
  updatedAt: string;
}

export type ProfileGuidanceEvent = DomainEvent<'ProfileGuidanceSet', { steps: GuidanceStep[]; maintainers: string[]; at: string }>;
export type ProfileGuidanceCommand = Command<'SetProfileGuidance', { steps: GuidanceStep[]; maintainers: string[] }>;
export type ProfileGuidanceState = { status: 'NONE' } | { status: 'SET'; guidance: ProfileGuidance };

const GUIDANCE_LIMITS = { steps: 30, title: 200, description: 5_000, maintainers: 20 } as const;

function guidanceFaults(d: ProfileGuidanceCommand['data']): Record<string, string> {
  const faults: Record<string, string> = {};
  if (d.steps.length === 0) faults.steps = 'at least one step';
  if (d.steps.length > GUIDANCE_LIMITS.steps) faults.steps = `at most ${GUIDANCE_LIMITS.steps} steps`;
  d.steps.forEach((s, i) => {
    if (!SECTION_KEY.test(s.key)) faults[`steps.${i}.key`] = 'lower-case letters, digits and hyphens, at most 60';
    else if (d.steps.findIndex((o) => o.key === s.key) < i) faults[`steps.${i}.key`] = 'repeats the key of another step';
    const title = checkText(s.title, { max: GUIDANCE_LIMITS.title, required: true });
    if (title) faults[`steps.${i}.title`] = title;
    const description = checkText(s.description, { max: GUIDANCE_LIMITS.description });
    if (description) faults[`steps.${i}.description`] = description;
  });
  if (d.maintainers.length > GUIDANCE_LIMITS.maintainers) faults.maintainers = `at most ${GUIDANCE_LIMITS.maintainers}`;
  if (new Set(d.maintainers).size !== d.maintainers.length) faults.maintainers = 'must not repeat an organisation';
  return faults;
}

export function decideProfileGuidance(command: ProfileGuidanceCommand, state: ProfileGuidanceState): ProfileGuidanceEvent[] {
  if (!command.actor) throw new UnauthenticatedError();
  const faults = guidanceFaults(command.data);
  if (Object.keys(faults).length) throw new ValidationError(POLICY_TOOL_ERRORS.INVALID, 'The guidance is not valid.', faults);
  const steps = command.data.steps.map((s) => ({ ...s, title: s.title.trim() }));
  if (
    state.status === 'SET' &&
    JSON.stringify(state.guidance.steps) === JSON.stringify(steps) &&
    JSON.stringify(state.guidance.maintainers) === JSON.stringify(command.data.maintainers)
  )
    return [];
  return [{ type: 'ProfileGuidanceSet', data: { steps, maintainers: command.data.maintainers, at: command.at } }];
}

export function evolveProfileGuidance(_state: ProfileGuidanceState, event: ProfileGuidanceEvent): ProfileGuidanceState {
  return { status: 'SET', guidance: { steps: event.data.steps, maintainers: event.data.maintainers, updatedAt: event.data.at } };
}

export const profileGuidancePolicies: Policies<ProfileGuidanceState, ProfileGuidanceCommand> = {
  SetProfileGuidance: (actor) =>
    all(requireSignIn(actor), () =>
      actor!.organizationKind === 'SUPPORT_UNIT'
        ? allow()
        : deny(POLICY_TOOL_ERRORS.SUPPORT_UNIT_ONLY, 'The Support Unit maintains the guidance of the repository.'),
    ),
};

/** The repository's guidance: one stream, `profileGuidance-<PROFILE_GUIDANCE_UUID>`. */
export const PROFILE_GUIDANCE_ID = 'profileGuidance-6d1f8a52-13a0-4e8b-9c2d-2011f0d0a208';

export const profileGuidanceAggregate: Aggregate<ProfileGuidanceState, ProfileGuidanceCommand, ProfileGuidanceEvent> = {
  category: 'profileGuidance',
  initialState: () => ({ status: 'NONE' }),
  decide: decideProfileGuidance,
  evolve: evolveProfileGuidance,
  policies: profileGuidancePolicies,
};
