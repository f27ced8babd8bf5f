/** The stream categories whose items have view counts: practices, calls for action, projects and policy tools. */
export const COUNTABLE_CATEGORIES = ['practice', 'callForAction', 'project', 'policyTool'] as const;
export type CountableCategory = (typeof COUNTABLE_CATEGORIES)[number];

export const INSIGHT_ERRORS = {
  /** The id is not `<category>-<uuid>` of a countable kind. */
  NOT_COUNTABLE: 'INSIGHT.NOT_COUNTABLE',
  /** No item the reader may see has this id. */
  SUBJECT_NOT_FOUND: 'INSIGHT.SUBJECT_NOT_FOUND',
  /** The dashboard of another organisation than the viewer's. */
  NOT_A_MEMBER: 'INSIGHT.NOT_A_MEMBER',
} as const;

export const isCountable = (category: string | null): category is CountableCategory =>
  category !== null && (COUNTABLE_CATEGORIES as readonly string[]).includes(category);

/** The UTC day of an instant, `YYYY-MM-DD`: the counters' day. */
export const dayOf = (at: Date): string => at.toISOString().slice(0, 10);
