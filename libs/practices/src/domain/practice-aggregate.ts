import type { Aggregate } from '@pfp/kernel';
import { decide, type PracticeCommand } from './decide';
import { practicePolicies } from './policies';
import { evolve, initialPractice, PRACTICE_CATEGORY, type Practice, type PracticeEvent } from './practice';

/** The practice: `practice-<uuid>` streams, its decider and the policy of each command. */
export const practiceAggregate: Aggregate<Practice, PracticeCommand, PracticeEvent> = {
  category: PRACTICE_CATEGORY,
  initialState: initialPractice,
  decide,
  evolve,
  policies: practicePolicies,
};
