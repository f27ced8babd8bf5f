export { practiceRows, PRACTICE_WRITE_COUNTERS } from './authorization-rows';
export { draft, mexicoDraft, mutate, mutateRaw, PRACTICE_FIELDS, type Api } from './practice-api';
