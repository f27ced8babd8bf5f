import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Moderation, NewsletterSources } from '@pfp/contributions';
import { CLOCK, type Clock } from '@pfp/event-sourcing';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, NotFoundError, supportUnitOnly, type Actor, type CommandRequest } from '@pfp/kernel';
import { DataSource } from 'typeorm';
import type { NewsletterIssueCommand } from '../domain/commands';
import { NEWSLETTER_ERRORS } from '../domain/errors';
import type { IssueItem } from '../domain/newsletter-issue';
import {
  DraftNewsletterIssueInput,
  EditNewsletterIssueInput,
  NewsletterIssue,
  NewsletterIssuePayload,
  SendNewsletterIssueInput,
  SendNewsletterIssuePayload,
} from '../graphql-types';
import { NewsletterIssueCommands } from '../newsletter-commands';
import { loadIssue } from '../newsletter-issues/load-issue';
import { NewsletterSender } from '../send-newsletter-issue/newsletter-sender';

/** The Support Unit's composing: a draft gathered from what was published since the last issue, its edits, and sending it. */
@Resolver()
export class ComposeNewsletterResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly dataSource: DataSource,
    private readonly sources: NewsletterSources,
    private readonly moderation: Moderation,
    private readonly sender: NewsletterSender,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Mutation(() => NewsletterIssuePayload, {
    description: 'The Support Unit drafts an issue: it lists what practices, calls and projects published since the last issue was drafted.',
  })
  async draftNewsletterIssue(@Args('input') input: DraftNewsletterIssueInput, @CurrentActor() current: Actor | null): Promise<NewsletterIssuePayload> {
    const actor = authorizeActor(supportUnitOnly, current, null);
    const [last] = (await this.dataSource.query(
      `SELECT doc->>'coversUntil' AS until FROM newsletter_issues WHERE status = 'SENT' ORDER BY sent_at DESC LIMIT 1`,
    )) as Array<{
      until: string;
    }>;
    const coversFrom = last ? new Date(last.until) : null;
    const coversUntil = this.clock.now();
    const published = await this.sources.publishedBetween(coversFrom, coversUntil);
    const visible = await this.moderation.visible(published, (i) => [i.subjectId]);
    const items: IssueItem[] = visible.map((i) => ({
      subjectId: i.subjectId,
      kind: i.kind,
      title: i.title,
      summary: i.summary ?? null,
      path: i.path,
      publishedAt: i.publishedAt.toISOString(),
    }));
    const request: CommandRequest<NewsletterIssueCommand> = {
      type: 'DraftNewsletterIssue',
      data: {
        title: input.title.trim(),
        introduction: input.introduction ?? '',
        items,
        coversFrom: coversFrom?.toISOString() ?? null,
        coversUntil: coversUntil.toISOString(),
      },
    };
    return this.send(`newsletterIssue-${randomUUID()}`, request, actor);
  }

  @Mutation(() => NewsletterIssuePayload, { description: 'Changes a draft: its title, its introduction, which gathered items it keeps and in which order.' })
  async editNewsletterIssue(@Args('input') input: EditNewsletterIssueInput, @CurrentActor() current: Actor | null): Promise<NewsletterIssuePayload> {
    const actor = authorizeActor(supportUnitOnly, current, null);
    const data = { title: input.title?.trim(), introduction: input.introduction, itemIds: input.itemIds };
    return this.send(input.issueId, { type: 'EditNewsletterIssue', data }, actor, input.expectedRevision);
  }

  @Mutation(() => SendNewsletterIssuePayload, { description: 'Sends a draft to every confirmed subscriber, each in their language; the issue becomes public.' })
  async sendNewsletterIssue(@Args('input') input: SendNewsletterIssueInput, @CurrentActor() current: Actor | null): Promise<SendNewsletterIssuePayload> {
    const actor = authorizeActor(supportUnitOnly, current, null);
    const payload = await this.send(input.issueId, { type: 'SendNewsletterIssue', data: {} }, actor, input.expectedRevision);
    const recipients = await this.sender.queue(input.issueId);
    await this.sender.drain();
    return Object.assign(new SendNewsletterIssuePayload(), payload, { recipients });
  }

  private async send(id: string, request: CommandRequest<NewsletterIssueCommand>, actor: Actor, expectedRevision?: number): Promise<NewsletterIssuePayload> {
    const outcome = await this.commandBus.execute(new NewsletterIssueCommands.Command(id, request, actor, { expectedRevision }));
    const row = await loadIssue(this.dataSource, id);
    if (!row) throw new NotFoundError(NEWSLETTER_ERRORS.NOT_FOUND, 'There is no such newsletter issue.');
    return { newsletterIssue: NewsletterIssue.from(row.doc, outcome.revision, true), revision: outcome.revision };
  }
}
