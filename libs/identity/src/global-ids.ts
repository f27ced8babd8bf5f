import { createHash } from 'node:crypto';

/** Global ids are `<category>-<uuid>`; the tables hold the bare uuid. */
export const ORGANIZATION = 'organization';
export const ACCOUNT = 'account';

export const organizationGlobalId = (uuid: string): string => `${ORGANIZATION}-${uuid}`;
export const accountGlobalId = (uuid: string): string => `${ACCOUNT}-${uuid}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The uuid inside `<category>-<uuid>`, or null when the id is not of that category. */
export function uuidOf(globalId: string, category: string): string | null {
  const prefix = `${category}-`;
  if (!globalId.startsWith(prefix)) return null;
  const uuid = globalId.slice(prefix.length);
  return UUID.test(uuid) ? uuid.toLowerCase() : null;
}

// Fixed forever: changing it would give every demo organisation a new id.
const DEMO_NAMESPACE = Buffer.from('6d2f1c58a3e04b7f9a1e2c0d5b8f4a17', 'hex');

/** RFC 4122 version 5 (SHA-1, name-based): the same facts id gives the same uuid on every machine. */
export function demoOrganizationUuid(factsId: string): string {
  return uuidV5(factsId);
}

/** The demo account of an organisation gets a fixed uuid too (name `account:<factsId>`). */
export function demoAccountUuid(factsId: string): string {
  return uuidV5(`account:${factsId}`);
}

/** `account-<uuid>` of the demo account of the organisation with this facts id, for other contexts' demo seeds (event metadata). */
export function demoAccountId(factsId: string): string {
  return accountGlobalId(demoAccountUuid(factsId));
}

function uuidV5(name: string): string {
  const hash = createHash('sha1').update(DEMO_NAMESPACE).update(name, 'utf8').digest();
  const bytes = Buffer.from(hash.subarray(0, 16));
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The global id (`organization-<uuid>`) the demo seed gives the organisation with this id in
 * demo/gfmd-2011-facts.json (e.g. "mx"), so other contexts' demo seeds can refer to it.
 */
export function demoOrganizationId(factsId: string): string {
  return organizationGlobalId(demoOrganizationUuid(factsId));
}
