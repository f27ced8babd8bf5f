import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Contributions } from '@pfp/contributions';
import { CurrentActor } from '@pfp/identity';
import { authorize, authorizeActor, NotFoundError, ValidationError, type Actor, type CommandRequest } from '@pfp/kernel';
import { DataSource } from 'typeorm';
import { WEBHOOK_ERRORS, type WebhookCommand } from '../domain/decide';
import { ownAdmin } from '../domain/policies';
import { checkTarget } from '../deliveries/address-guard';
import { DeleteWebhookPayload, RegisterWebhookPayload, Webhook, WebhookPayload } from '../graphql-types';
import type { WebhookSettings } from '../settings';
import { newSecret, SecretBox } from '../signing';
import { WEBHOOK_SETTINGS } from '../tokens';
import { WebhookCommands } from '../webhook-commands';
import type { WebhookDocument } from '../webhooks.projection';
import { DeleteWebhookInput, RegisterWebhookInput, UpdateWebhookInput } from './webhook.inputs';

@Resolver()
export class WebhooksResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly dataSource: DataSource,
    private readonly contributions: Contributions,
    private readonly box: SecretBox,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  @Mutation(() => RegisterWebhookPayload, { description: "An organisation's admin registers an endpoint; the answer shows its signing secret, once." })
  async registerWebhook(@Args('input') input: RegisterWebhookInput, @CurrentActor() current: Actor | null): Promise<RegisterWebhookPayload> {
    const actor = authorizeActor(ownAdmin, current, { status: 'NONE' });
    const filter = await this.checkedFilter(input, actor);
    await checkTarget(input.url.trim(), this.settings);
    const secret = newSecret();
    const id = `webhook-${randomUUID()}`;
    const request: CommandRequest<WebhookCommand> = {
      type: 'RegisterWebhook',
      data: { url: input.url.trim(), subjects: filter.subjects ?? [], eventTypes: filter.eventTypes ?? [], sealedSecret: this.box.seal(secret) },
    };
    const payload = await this.send(id, request, actor);
    return Object.assign(new RegisterWebhookPayload(), payload, { secret });
  }

  @Mutation(() => WebhookPayload, { description: 'Changes an endpoint’s URL or what it asks for, or disables or enables it.' })
  async updateWebhook(@Args('input') input: UpdateWebhookInput, @CurrentActor() current: Actor | null): Promise<WebhookPayload> {
    const actor = authorizeActor(ownAdmin, current, await this.stateFor(input.webhookId, current));
    const filter = await this.checkedFilter(input, actor);
    if (input.url !== undefined) await checkTarget(input.url.trim(), this.settings);
    const data = { url: input.url?.trim(), subjects: filter.subjects, eventTypes: filter.eventTypes, enabled: input.enabled };
    return this.send(input.webhookId, { type: 'UpdateWebhook', data }, actor, input.expectedRevision);
  }

  @Mutation(() => DeleteWebhookPayload, { description: 'Removes an endpoint: nothing more is sent to it.' })
  async deleteWebhook(@Args('input') input: DeleteWebhookInput, @CurrentActor() current: Actor | null): Promise<DeleteWebhookPayload> {
    const actor = authorizeActor(ownAdmin, current, await this.stateFor(input.webhookId, current));
    const outcome = await this.commandBus.execute(new WebhookCommands.Command(input.webhookId, { type: 'DeleteWebhook', data: {} }, actor));
    return { webhookId: input.webhookId, revision: outcome.revision };
  }

  @Query(() => [Webhook], { description: "The endpoints of the viewer's organisation (its admins only), oldest first." })
  async webhooks(@CurrentActor() current: Actor | null): Promise<Webhook[]> {
    const actor = authorizeActor(ownAdmin, current, { status: 'NONE' });
    const rows = (await this.dataSource.query(
      `SELECT doc, revision FROM webhooks WHERE organization_id = $1 AND status = 'ACTIVE' ORDER BY registered_at, id`,
      [actor.organizationId],
    )) as Array<{ doc: WebhookDocument; revision: number }>;
    return rows.map((r) => Webhook.from(r.doc, r.revision));
  }

  /** The endpoint's state for its policy: another organisation's endpoint reads as one that does not exist. */
  private async stateFor(id: string, actor: Actor | null) {
    authorize(ownAdmin, actor, { status: 'NONE' });
    const doc = await loadWebhook(this.dataSource, id);
    if (!doc || doc.status !== 'ACTIVE' || doc.organizationId !== actor?.organizationId)
      throw new NotFoundError(WEBHOOK_ERRORS.NOT_FOUND, 'There is no such webhook.');
    return { status: 'ACTIVE' as const, webhook: doc };
  }

  /** Each subject must be something the organisation may read (its context says so): otherwise it reads as unknown. */
  private async checkedFilter<F extends { subjects?: string[]; eventTypes?: string[] }>(input: F, actor: Actor): Promise<F> {
    const subjects = input.subjects ? [...new Set(input.subjects)] : undefined;
    for (const id of subjects ?? []) {
      const subject = this.contributions.subjectOf(id);
      if (!subject || !(await subject.mayFollow(id, actor)))
        throw new ValidationError('WEBHOOK.SUBJECT_NOT_FOUND', 'There is no such subject that your organisation may read.', {
          subjects: `${id} is not readable`,
        });
    }
    return { ...input, subjects, eventTypes: input.eventTypes ? [...new Set(input.eventTypes)] : undefined };
  }

  private async send(id: string, request: CommandRequest<WebhookCommand>, actor: Actor, expectedRevision?: number): Promise<WebhookPayload> {
    const outcome = await this.commandBus.execute(new WebhookCommands.Command(id, request, actor, { expectedRevision }));
    const doc = await loadWebhook(this.dataSource, id);
    if (!doc) throw new NotFoundError(WEBHOOK_ERRORS.NOT_FOUND, 'There is no such webhook.');
    return { webhook: Webhook.from(doc, outcome.revision), revision: outcome.revision };
  }
}

export async function loadWebhook(dataSource: DataSource, id: string): Promise<WebhookDocument | null> {
  const [row] = (await dataSource.query(`SELECT doc FROM webhooks WHERE id = $1`, [id])) as Array<{ doc: WebhookDocument }>;
  return row?.doc ?? null;
}
