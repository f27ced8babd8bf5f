import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { authorizeActor, ConflictError, NotFoundError, supportUnitOnly, ValidationError, type Actor } from '@pfp/kernel';
import { Mailer } from '@pfp/mail';
import { audit, auditActorOf, PLATFORM } from '../audit/audit';
import { ACCOUNT, organizationGlobalId, uuidOf } from '../global-ids';
import { InvitationsService } from '../invitations/invitations.service';
import { OrganizationsService, validateOrganization } from '../organizations/organizations.service';
import { publicUrl } from '../public-url';
import { AccountRequestEntity, type AccountRequestStatus } from './account-request.entity';
import { ACCOUNT_REQUEST, CONTACT_NAME_MAX, REASON_MAX, type RequestAccountInput } from './account-request.graphql';

/** The partial unique index of migration AccountManagement1764800000000. */
const ONE_PENDING_PER_EMAIL = 'account_requests_one_pending_per_email';

const pendingExists = (): ConflictError =>
  new ConflictError('ACCOUNT_REQUEST.PENDING', 'A request from this e-mail address is already waiting for the Support Unit.');

function requiredText(fields: Record<string, string>, name: string, value: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) fields[name] = `must be 1 to ${max} characters`;
  return text;
}

/**
 * Requests for an account: anyone may send one (the API's rate limits stand in front); the
 * Support Unit lists them, approves one (the organisation is created and its contact invited as
 * ADMIN, in one transaction) or declines it with a reason that is mailed to the requester.
 */
@Injectable()
export class AccountRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly invitations: InvitationsService,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async request(input: RequestAccountInput): Promise<void> {
    const fields: Record<string, string> = {};
    if (input.kind === 'SUPPORT_UNIT') fields.kind = 'cannot be SUPPORT_UNIT';
    const contactName = requiredText(fields, 'contactName', input.contactName, CONTACT_NAME_MAX);
    const reason = requiredText(fields, 'reason', input.reason, REASON_MAX);
    if (Object.keys(fields).length > 0) throw new ValidationError('ACCOUNT_REQUEST.INVALID', 'The request is not valid.', fields);
    let organization: { name: string; country: string | null };
    try {
      organization = validateOrganization({ kind: input.kind, name: input.organizationName, country: input.country });
    } catch (error) {
      // The same rules as createOrganization, named after this input's fields.
      const invalid = (error as ValidationError).fields ?? {};
      const { name, ...rest } = invalid;
      throw new ValidationError('ACCOUNT_REQUEST.INVALID', 'The request is not valid.', { ...rest, ...(name ? { organizationName: name } : {}) });
    }
    const row: AccountRequestEntity = {
      id: randomUUID(),
      organizationName: organization.name,
      kind: input.kind as AccountRequestEntity['kind'],
      country: organization.country,
      contactName,
      email: input.email.trim(),
      reason,
      status: 'PENDING',
      createdAt: new Date(),
      decidedAt: null,
      decidedBy: null,
      declineReason: null,
      organizationId: null,
    };
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(AccountRequestEntity, row);
        await audit(manager, PLATFORM, 'AccountRequested', { requestId: row.id, kind: row.kind, organizationName: row.organizationName, country: row.country });
      });
    } catch (error) {
      const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
      if (driver?.code === '23505' && driver.constraint === ONE_PENDING_PER_EMAIL) throw pendingExists();
      throw error;
    }
  }

  async list(
    actor: Actor | null,
    status: AccountRequestStatus | null,
    offset: number,
    limit: number,
  ): Promise<{ rows: AccountRequestEntity[]; totalCount: number }> {
    authorizeActor(supportUnitOnly, actor, undefined);
    const [rows, totalCount] = await this.dataSource.getRepository(AccountRequestEntity).findAndCount({
      where: status ? { status } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { rows, totalCount };
  }

  async approve(actor: Actor | null, requestId: string): Promise<AccountRequestEntity> {
    const who = authorizeActor(supportUnitOnly, actor, undefined);
    return this.decide(requestId, async (manager, request) => {
      const organization = await this.organizations.createIn(
        manager,
        who,
        { kind: request.kind, name: request.organizationName, country: request.country },
        { accountRequestId: request.id },
      );
      await this.invitations.inviteIn(manager, who, {
        email: request.email,
        displayName: request.contactName,
        organizationId: organizationGlobalId(organization.id),
        role: 'ADMIN',
      });
      const decided = { ...this.decided(who, 'APPROVED'), organizationId: organization.id };
      await audit(manager, auditActorOf(who), 'AccountRequestApproved', { requestId: request.id, organizationId: organization.id });
      return decided;
    });
  }

  async decline(actor: Actor | null, requestId: string, reason: string): Promise<AccountRequestEntity> {
    const who = authorizeActor(supportUnitOnly, actor, undefined);
    const declineReason = reason.trim();
    if (declineReason.length === 0 || declineReason.length > REASON_MAX) {
      throw new ValidationError('ACCOUNT_REQUEST.INVALID', 'The reason is not valid.', { reason: `must be 1 to ${REASON_MAX} characters` });
    }
    return this.decide(requestId, async (manager, request) => {
      await audit(manager, auditActorOf(who), 'AccountRequestDeclined', { requestId: request.id, reason: declineReason });
      await this.mailer.sendTemplate({
        to: request.email,
        language: 'en',
        template: 'account-request-declined',
        data: {
          contactName: request.contactName,
          organizationName: request.organizationName,
          reason: declineReason,
          url: `${publicUrl(this.config)}/request-account`,
        },
      });
      return { ...this.decided(who, 'DECLINED'), declineReason };
    });
  }

  private decided(who: Actor, status: AccountRequestStatus): Pick<AccountRequestEntity, 'status' | 'decidedAt' | 'decidedBy'> {
    return { status, decidedAt: new Date(), decidedBy: uuidOf(who.accountId, ACCOUNT) };
  }

  /** Locks the pending request, applies the decision and stores what it returns; a decided request is CONFLICT. */
  private decide(
    requestId: string,
    apply: (manager: EntityManager, request: AccountRequestEntity) => Promise<Partial<AccountRequestEntity>>,
  ): Promise<AccountRequestEntity> {
    const uuid = uuidOf(requestId, ACCOUNT_REQUEST);
    return this.dataSource.transaction(async (manager) => {
      const request = uuid ? await manager.findOne(AccountRequestEntity, { where: { id: uuid }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!request) throw new NotFoundError('ACCOUNT_REQUEST.NOT_FOUND', `No account request ${requestId}.`);
      if (request.status !== 'PENDING') throw new ConflictError('ACCOUNT_REQUEST.DECIDED', `This request was already ${request.status.toLowerCase()}.`);
      const change = await apply(manager, request);
      await manager.update(AccountRequestEntity, { id: request.id }, change);
      return { ...request, ...change };
    });
  }
}
