import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { Moderation } from '@pfp/contributions';
import { EVENT_SOURCING_OPTIONS, type EventSourcingOptions } from '@pfp/event-sourcing';
import { accountMailLanguageSql } from '@pfp/identity';
import { mailLanguageOf, Mailer, type DigestData } from '@pfp/mail';
import { DataSource } from 'typeorm';
import type { Frequency } from '../domain/follows';
import type { FeedItemData } from '../feed/feed-item';
import { rowToFeedItem } from '../feed/feed.resolver';

const PERIOD_MS: Record<Exclude<Frequency, 'NONE'>, number> = { IMMEDIATELY: 0, DAILY: 24 * 3600_000, WEEKLY: 7 * 24 * 3600_000 };

/** The page of a subject on the site, for the kinds the site has pages for. */
const SUBJECT_PAGES: Record<string, string> = { practice: 'practices', callForAction: 'calls', project: 'projects', policyTool: 'tools' };

/** A digest's data for its mail template: the updates grouped by what they are about, each group linking to its subject. */
export function digestData(items: FeedItemData[], frequency: Exclude<Frequency, 'NONE'>, site: string): DigestData {
  const groups = new Map<string, FeedItemData[]>();
  for (const item of items) groups.set(item.subjectTitle, [...(groups.get(item.subjectTitle) ?? []), item]);
  return {
    frequency,
    groups: [...groups].map(([title, group]) => {
      const page = SUBJECT_PAGES[group[0].subjectId.split('-')[0]];
      return {
        title,
        url: page ? `${site}/${page}/${encodeURIComponent(group[0].subjectId)}` : undefined,
        items: group.map((i) => {
          const metrics = i.metrics.map((m) => `${m.indicator}: ${m.value}`).join('; ');
          return { date: i.occurredAt.slice(0, 10), text: `${i.text}${metrics ? ` (${metrics})` : ''}` };
        }),
      };
    }),
    settingsUrl: `${site}/my/settings`,
  };
}

/**
 * Mails each account the news of what it follows at the frequency it chose. `mailed_until`
 * moves in the same transaction that picks the items (row locks), so two processes never
 * mail the same news twice; a crash between commit and SMTP loses at most that one mail.
 */
@Injectable()
export class Digests implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Digests');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_SOURCING_OPTIONS) private readonly options: EventSourcingOptions,
    private readonly moderation: Moderation,
  ) {}

  private site(): string {
    return (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/+$/, '');
  }

  onApplicationBootstrap(): void {
    if (!this.options.runConsumers || this.config.env === 'test') return;
    this.timer = setInterval(() => void this.sendDue().catch((e: Error) => this.logger.error(e.message)), 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Every frequency whose period has passed for an account; the timer runs it each minute. */
  async sendDue(now = new Date()): Promise<number> {
    let sent = 0;
    for (const frequency of ['IMMEDIATELY', 'DAILY', 'WEEKLY'] as const) sent += await this.send(frequency, now, false);
    return sent;
  }

  /** Sends the digests of `frequency`; `force` ignores the period (tests, operators). Returns the number of mails. */
  async send(frequency: Exclude<Frequency, 'NONE'>, now = new Date(), force = true): Promise<number> {
    const due = new Date(now.getTime() - PERIOD_MS[frequency]);
    const accounts: Array<{ account_id: string }> = await this.dataSource.query(
      `SELECT account_id FROM feed_accounts WHERE frequency = $1 AND ($2 OR mailed_until IS NULL OR mailed_until <= $3)`,
      [frequency, force, due],
    );
    let sent = 0;
    for (const { account_id } of accounts) {
      const mail = await this.dataSource.transaction(async (manager) => {
        const [account] = await manager.query(
          `SELECT a.mailed_until, acc.email, ${accountMailLanguageSql('acc')} AS language FROM feed_accounts a JOIN accounts acc ON acc.id::text = substring(a.account_id from 9)
           WHERE a.account_id = $1 AND a.frequency = $2 FOR UPDATE OF a SKIP LOCKED`,
          [account_id, frequency],
        );
        if (!account) return null;
        const rows = await manager.query(
          `SELECT event_id, subject_id, subject_kind, subject_title, type, text, metrics, occurred_at FROM feed_items
           WHERE account_id = $1 AND occurred_at <= $2 AND ($3::timestamptz IS NULL OR occurred_at > $3) ORDER BY subject_title, occurred_at`,
          [account_id, now, account.mailed_until],
        );
        await manager.query(`UPDATE feed_accounts SET mailed_until = $2 WHERE account_id = $1`, [account_id, now]);
        return rows.length > 0 ? { to: account.email as string, language: mailLanguageOf(account.language as string), items: rows.map(rowToFeedItem) } : null;
      });
      if (!mail) continue;
      // what the Support Unit hid is not mailed
      mail.items = await this.moderation.visible<FeedItemData>(mail.items, (i) => [i.id, i.subjectId]);
      if (mail.items.length === 0) continue;
      // in the account's language (the one chosen, else its site's at the last sign-in, else English)
      await this.mailer.sendTemplate({ to: mail.to, language: mail.language, template: 'digest', data: digestData(mail.items, frequency, this.site()) });
      sent++;
    }
    if (sent > 0) this.logger.log(`${frequency.toLowerCase()} digest: ${sent} mail(s)`);
    return sent;
  }
}
