import { demoPracticeId } from '@pfp/practices';
import { mutateRaw } from '../partnerships/partnership-api';
import type { Row } from './table';

/** What recordView writes: the view counters (a denied call would leave them as they are; none is denied). */
export const INSIGHT_WRITE_COUNTERS = [`SELECT coalesce(sum(views), 0) FROM subject_views_daily`];

/** recordView (issue 15 point 6): anyone may count a view of a public item, signed in or not. */
export const insightRows: Row<string>[] = [
  {
    mutation: 'recordView',
    prepare: async () => demoPracticeId('mx-unaccompanied-children-training'),
    run: (api, actor, subjectId) => mutateRaw(api, actor.token, 'recordView', 'RecordViewInput', { subjectId }, 'counted'),
    expected: { visitor: 'allowed', state: 'allowed', partner: 'allowed', supportUnit: 'allowed' },
  },
];
