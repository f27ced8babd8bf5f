/**
 * The field names history sources give (calls, projects), each with a label `history.field.<name>`;
 * a part of a list (`response.<organization id>`) has a label `history.part.<part>` naming it.
 */
export const HISTORY_FIELDS = [
  'title',
  'description',
  'summary',
  'objectives',
  'kind',
  'status',
  'visibility',
  'themes',
  'countries',
  'deadline',
  'posters',
  'startsOn',
  'endsOn',
  'updates',
] as const;
export const HISTORY_PARTS = ['response', 'partner', 'milestone'] as const;
