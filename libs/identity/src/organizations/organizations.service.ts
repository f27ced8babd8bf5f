import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { isISO31661Alpha3 } from 'class-validator';
import { authorizeActor, ConflictError, DomainError, NotFoundError, ValidationError, type Actor, type OrganizationKind } from '@pfp/kernel';
import { audit, auditActorOf } from '../audit/audit';
import { endSessionsOnCommit } from '../sessions/session.service';
import { organizationGlobalId, uuidOf, ORGANIZATION } from '../global-ids';
import { ORGANIZATION_KINDS, OrganizationEntity } from './organization.entity';
import { createOrganizationPolicy, deactivateOrganizationPolicy, renameOrganizationPolicy } from './organization.policies';

export interface CreateOrganization {
  kind: OrganizationKind;
  name: string;
  country?: string | null;
}

export const NAME_MAX = 200;

/** What other contexts may know of an organisation an id names (OrganizationsService.kindsOf). */
export interface OrganizationListing {
  kind: OrganizationKind;
  active: boolean;
  country: string | null;
}

/** The partial unique index behind "one STATE per country" (migration OneStatePerCountry1764700000000). */
export const ONE_STATE_PER_COUNTRY = 'organizations_one_state_per_country';

const stateExists = (country: string, name?: string): DomainError =>
  new DomainError('ORGANIZATION.STATE_EXISTS', `${country} already has a state organisation${name ? ` (${name})` : ''}.`, 'CONFLICT', {
    country: `already has a STATE organisation${name ? `: ${name}` : ''}`,
  });

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } } | null;
  const driver = e?.driverError ?? e;
  return driver?.code === '23505' && driver.constraint === constraint;
}

/** Checks what the GraphQL inputs check too, so the rules hold for every caller, not just the API. */
export function validateOrganization(input: CreateOrganization): { name: string; country: string | null } {
  const fields: Record<string, string> = {};
  const name = input.name.trim();
  if (!ORGANIZATION_KINDS.includes(input.kind)) fields.kind = `must be one of ${ORGANIZATION_KINDS.join(', ')}`;
  if (name.length === 0 || name.length > NAME_MAX) fields.name = `must be 1 to ${NAME_MAX} characters`;
  let country: string | null = input.country?.trim().toUpperCase() || null;
  if (input.kind === 'STATE') {
    if (!country) fields.country = 'is required for a STATE';
    else if (!isISO31661Alpha3(country)) fields.country = 'must be an ISO 3166-1 alpha-3 country code';
  } else if (country) {
    fields.country = 'is only for a STATE';
    country = null;
  }
  if (Object.keys(fields).length > 0) throw new ValidationError('ORGANIZATION.INVALID', 'The organisation is not valid.', fields);
  return { name, country };
}

@Injectable()
export class OrganizationsService {
  constructor(private readonly dataSource: DataSource) {}

  async create(actor: Actor | null, input: CreateOrganization): Promise<OrganizationEntity> {
    const who = authorizeActor(createOrganizationPolicy, actor, undefined);
    return this.dataSource.transaction((manager) => this.createIn(manager, who, input));
  }

  /**
   * The creation in the caller's transaction, for a caller that has authorised it (an approved
   * account request). Two creations of a country's state at once both pass the check; the
   * index lets one commit and the other hears ORGANIZATION.STATE_EXISTS.
   */
  async createIn(manager: EntityManager, who: Actor, input: CreateOrganization, extra: Record<string, unknown> = {}): Promise<OrganizationEntity> {
    const { name, country } = validateOrganization(input);
    if (input.kind === 'STATE' && country) {
      const existing = await manager.getRepository(OrganizationEntity).findOne({ where: { kind: 'STATE', country, deactivatedAt: IsNull() } });
      if (existing) throw stateExists(country, existing.name);
    }
    const organization = manager.create(OrganizationEntity, {
      id: randomUUID(),
      kind: input.kind,
      name,
      country,
      createdAt: new Date(),
      deactivatedAt: null,
    });
    try {
      await manager.insert(OrganizationEntity, organization);
    } catch (error) {
      if (country && isUniqueViolation(error, ONE_STATE_PER_COUNTRY)) throw stateExists(country);
      throw error;
    }
    await audit(manager, auditActorOf(who), 'OrganizationCreated', { organizationId: organization.id, kind: input.kind, name, country, ...extra });
    return organization;
  }

  async rename(actor: Actor | null, id: string, newName: string): Promise<OrganizationEntity> {
    const who = authorizeActor(renameOrganizationPolicy, actor, { id });
    const name = newName.trim();
    if (name.length === 0 || name.length > NAME_MAX) {
      throw new ValidationError('ORGANIZATION.INVALID', 'The organisation is not valid.', { name: `must be 1 to ${NAME_MAX} characters` });
    }
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.lockForUpdate(manager, id);
      if (organization.name === name) return organization;
      await manager.update(OrganizationEntity, { id: organization.id }, { name });
      await audit(manager, auditActorOf(who), 'OrganizationRenamed', { organizationId: organization.id, from: organization.name, to: name });
      return { ...organization, name };
    });
  }

  async deactivate(actor: Actor | null, id: string): Promise<OrganizationEntity> {
    const who = authorizeActor(deactivateOrganizationPolicy, actor, { id });
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.lockForUpdate(manager, id);
      if (organization.deactivatedAt) {
        throw new ConflictError('ORGANIZATION.ALREADY_DEACTIVATED', 'The organisation is already deactivated.');
      }
      const deactivatedAt = new Date();
      await manager.update(OrganizationEntity, { id: organization.id }, { deactivatedAt });
      await audit(manager, auditActorOf(who), 'OrganizationDeactivated', { organizationId: organization.id }, deactivatedAt);
      // Its members' open sockets close after the commit (libs/live), in every API process.
      endSessionsOnCommit(manager, { reason: 'ORGANIZATION_DEACTIVATED', organizationIds: [organization.id] });
      return { ...organization, deactivatedAt };
    });
  }

  /** By global id; null when there is none (or the id is not an organisation's). */
  async findByGlobalId(id: string): Promise<OrganizationEntity | null> {
    const uuid = uuidOf(id, ORGANIZATION);
    if (!uuid) return null;
    return this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: uuid });
  }

  /**
   * What each of these global ids names, for other contexts' checks of the ids they are given
   * (co-posters, partners): an id that names no organisation is absent from the map.
   */
  async kindsOf(ids: readonly string[]): Promise<Map<string, OrganizationListing>> {
    const byUuid = new Map<string, string[]>();
    for (const id of ids) {
      const uuid = uuidOf(id, ORGANIZATION);
      if (uuid) byUuid.set(uuid, [...(byUuid.get(uuid) ?? []), id]);
    }
    const found = new Map<string, OrganizationListing>();
    if (byUuid.size === 0) return found;
    const rows = await this.dataSource
      .getRepository(OrganizationEntity)
      .find({ where: { id: In([...byUuid.keys()]) }, select: { id: true, kind: true, country: true, deactivatedAt: true } });
    for (const row of rows) for (const id of byUuid.get(row.id)!) found.set(id, { kind: row.kind, active: !row.deactivatedAt, country: row.country });
    return found;
  }

  /**
   * The active organisations these names (any case) name, by their full name or the short name
   * at its end in parentheses ("International Catholic Migration Commission (ICMC)": "icmc"), for
   * mentions in discussion: global id and kind.
   */
  async findByNames(names: readonly string[]): Promise<Array<{ id: string; kind: OrganizationKind }>> {
    const wanted = [...new Set(names.map((n) => n.trim().toLowerCase()).filter((n) => n.length > 0))];
    if (wanted.length === 0) return [];
    const rows: Array<{ id: string; kind: OrganizationKind }> = await this.dataSource.query(
      `SELECT id::text, kind FROM organizations WHERE deactivated_at IS NULL
         AND (lower(name) = ANY($1) OR lower(substring(name from '\\(([^()]+)\\)\\s*$')) = ANY($1)) ORDER BY name, id`,
      [wanted],
    );
    return rows.map((r) => ({ id: organizationGlobalId(r.id), kind: r.kind }));
  }

  /** A page in name order; the offset is the position after the cursor. */
  async list(kind: OrganizationKind | null | undefined, offset: number, limit: number): Promise<{ rows: OrganizationEntity[]; totalCount: number }> {
    const repository = this.dataSource.getRepository(OrganizationEntity);
    const where = kind ? { kind } : {};
    const [rows, totalCount] = await repository.findAndCount({ where, order: { name: 'ASC', id: 'ASC' }, skip: offset, take: limit });
    return { rows, totalCount };
  }

  private async lockForUpdate(manager: EntityManager, globalId: string): Promise<OrganizationEntity> {
    const uuid = uuidOf(globalId, ORGANIZATION);
    const organization = uuid ? await manager.getRepository(OrganizationEntity).findOne({ where: { id: uuid }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!organization) throw new NotFoundError('ORGANIZATION.NOT_FOUND', `No organisation ${globalId}.`);
    return organization;
  }
}
