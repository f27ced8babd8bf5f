import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { ORGANIZATION, uuidOf } from '../global-ids';
import { Organization } from '../graphql-types';
import type { OrganizationEntity } from './organization.entity';

const loaders = new WeakMap<object, DataLoader<string, Organization | null>>();

/**
 * The organisations of one GraphQL request by global id: the owners, posters, responders and
 * partners that the rows of a page name are read in one query per tick, each once.
 * Keyed on the request's GraphQL context, so it lives and dies with the request. A graphql-ws
 * subscription keeps one context for as long as it runs (no `req` in it): there the loader still
 * batches the look-ups of one event but caches nothing, so a renamed organisation shows renamed.
 */
export function organizationLoader(context: object, dataSource: DataSource): DataLoader<string, Organization | null> {
  let loader = loaders.get(context);
  if (!loader) {
    loader = new DataLoader<string, Organization | null>((ids) => loadOrganizations(dataSource, ids), { cache: 'req' in context });
    loaders.set(context, loader);
  }
  return loader;
}

/** Null for an id that names no organisation (or is not an organisation's id), in the order asked. */
async function loadOrganizations(dataSource: DataSource, ids: readonly string[]): Promise<Array<Organization | null>> {
  const uuids = ids.map((id) => uuidOf(id, ORGANIZATION));
  const wanted = [...new Set(uuids.filter((uuid): uuid is string => uuid !== null))];
  // plain SQL: a list page asks this on every request, and TypeORM's find builds and hydrates through its metadata each time
  const rows: OrganizationEntity[] =
    wanted.length > 0
      ? await dataSource.query(
          `SELECT id, kind, name, country, created_at AS "createdAt", deactivated_at AS "deactivatedAt" FROM organizations WHERE id = ANY($1::uuid[])`,
          [wanted],
        )
      : [];
  const byUuid = new Map(rows.map((row) => [row.id, Organization.from(row)]));
  return uuids.map((uuid) => (uuid ? (byUuid.get(uuid) ?? null) : null));
}
