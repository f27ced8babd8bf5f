import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { Moderation } from '@pfp/contributions';
import { EVENT_SOURCING_OPTIONS, type EventSourcingOptions } from '@pfp/event-sourcing';
import { isMailLanguage, Mailer, NEWSLETTER_SECTION_HEADINGS, renderMail, type MailLanguage, type RenderedMail } from '@pfp/mail';
import { DataSource } from 'typeorm';
import type { NewsletterIssueDocument } from '../newsletter-issues/newsletter-issues.projection';
import { issuePage, siteOf, unsubscribeUrl } from '../settings';
import { NewsletterSubscriptions } from '../subscriptions/subscriptions';

/** Stands for each subscriber's own unsubscribe token in an issue rendered once per language. */
const TOKEN_SLOT = 'NEWSLETTERUNSUBSCRIBETOKEN';

/**
 * Sends a sent issue to its subscribers through the mailer (the outbox without SMTP_URL):
 * the recipients are queued once (one row per confirmed subscriber at the time of sending),
 * each row is marked when its mail is written, and what is still queued is sent again when
 * the process starts. Each mail carries RFC 8058 one-click unsubscribe headers.
 */
@Injectable()
export class NewsletterSender implements OnApplicationBootstrap {
  private readonly logger = new Logger('NewsletterSender');
  private draining: Promise<number> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly subscriptions: NewsletterSubscriptions,
    private readonly moderation: Moderation,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_SOURCING_OPTIONS) private readonly options: EventSourcingOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.runConsumers) return;
    void this.drain().catch((e: Error) => this.logger.error(e.message));
  }

  /** Queues the issue for every confirmed subscriber (once: a second call adds no one twice); returns how many it is for. */
  async queue(issueId: string): Promise<number> {
    await this.dataSource.query(
      `INSERT INTO newsletter_deliveries (issue_id, subscriber_id) SELECT $1, id FROM newsletter_subscribers WHERE status = 'CONFIRMED'
       ON CONFLICT DO NOTHING`,
      [issueId],
    );
    const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM newsletter_deliveries WHERE issue_id = $1`, [issueId])) as Array<{
      n: number;
    }>;
    return n;
  }

  /** Sends every queued mail; one drain at a time in this process (rows are claimed with SKIP LOCKED across processes). */
  drain(): Promise<number> {
    this.draining ??= this.sendQueued().finally(() => (this.draining = null));
    return this.draining;
  }

  /** The issue as `language` reads it, with `token` in its unsubscribe link (the preview shows a placeholder). */
  async render(doc: NewsletterIssueDocument, language: MailLanguage, token = TOKEN_SLOT): Promise<RenderedMail> {
    const site = siteOf(this.config);
    const hidden = await this.moderation.hiddenAmong(doc.items.map((i) => i.subjectId));
    const items = doc.items.filter((i) => !hidden.has(i.subjectId));
    const headings = NEWSLETTER_SECTION_HEADINGS[language];
    const kinds = [...new Set(items.map((i) => i.kind))];
    return renderMail(
      {
        template: 'newsletter-issue',
        data: {
          title: doc.title,
          introduction: doc.introduction,
          sections: kinds.map((kind) => ({
            heading: headings[kind] ?? kind,
            items: items.filter((i) => i.kind === kind).map((i) => ({ title: i.title, url: `${site}${i.path}`, summary: i.summary ?? undefined })),
          })),
          issueUrl: issuePage(site, doc.id),
          unsubscribeUrl: unsubscribeUrl(site, token),
        },
      },
      language,
    );
  }

  private async sendQueued(): Promise<number> {
    const site = siteOf(this.config);
    const rendered = new Map<string, RenderedMail>();
    let sent = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const [row] = (await manager.query(
          `SELECT d.issue_id, d.subscriber_id, s.email, s.language, i.doc FROM newsletter_deliveries d
           JOIN newsletter_subscribers s ON s.id = d.subscriber_id JOIN newsletter_issues i ON i.id = d.issue_id
           WHERE d.status = 'PENDING' ORDER BY d.created_at, d.subscriber_id LIMIT 1 FOR UPDATE OF d SKIP LOCKED`,
        )) as Array<{ issue_id: string; subscriber_id: string; email: string; language: string; doc: NewsletterIssueDocument }>;
        if (!row) return true;
        const language: MailLanguage = isMailLanguage(row.language) ? row.language : 'en';
        const cacheKey = `${row.issue_id} ${language}`;
        if (!rendered.has(cacheKey)) rendered.set(cacheKey, await this.render(row.doc, language));
        const mail = rendered.get(cacheKey)!;
        const token = this.subscriptions.tokens.sign('unsubscribe', row.subscriber_id, new Date());
        const leave = unsubscribeUrl(site, token);
        await this.mailer.send({
          to: row.email,
          language,
          subject: mail.subject,
          html: mail.html.split(TOKEN_SLOT).join(token),
          text: mail.text.split(TOKEN_SLOT).join(token),
          headers: {
            'List-Unsubscribe': `<${leave}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            'List-Id': `Platform for Partnerships newsletter <newsletter.${new URL(site).hostname}>`,
          },
        });
        await manager.query(`UPDATE newsletter_deliveries SET status = 'SENT', sent_at = now() WHERE issue_id = $1 AND subscriber_id = $2`, [
          row.issue_id,
          row.subscriber_id,
        ]);
        sent++;
        return false;
      });
      if (done) break;
    }
    if (sent > 0) this.logger.log(`newsletter: ${sent} mail(s)`);
    return sent;
  }
}
