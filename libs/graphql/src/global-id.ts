import { randomUUID } from 'node:crypto';
import { ValidationError } from '@pfp/kernel';

/** A global ID: `<category>-<uuid>`, the aggregate's stream name (`practice-…`, `callForAction-…`). */
export interface GlobalId {
  id: string;
  category: string;
  uuid: string;
}

const CATEGORY = /^[a-z][A-Za-z0-9]*$/;
const GLOBAL_ID = /^([a-z][A-Za-z0-9]*)-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function formatGlobalId(category: string, uuid: string): string {
  if (!CATEGORY.test(category)) throw new Error(`Invalid global id category "${category}"`);
  return `${category}-${uuid}`;
}

export function newGlobalId(category: string): string {
  return formatGlobalId(category, randomUUID());
}

/**
 * Checks that `id` names an object of `expectedCategory`; a malformed or foreign id is the
 * client's mistake, reported as BAD_USER_INPUT on `field`.
 */
export function parseGlobalId(id: unknown, expectedCategory: string, field = 'id'): GlobalId {
  const match = typeof id === 'string' ? GLOBAL_ID.exec(id) : null;
  if (!match || match[1] !== expectedCategory) {
    throw new ValidationError('ID.MALFORMED', `"${field}" is not a ${expectedCategory} id.`, {
      [field]: `must be a ${expectedCategory} id (${expectedCategory}-<uuid>)`,
    });
  }
  return { id: match[0], category: match[1], uuid: match[2] };
}
