import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { CLOCK, type Clock } from '@pfp/event-sourcing';
import { ValidationError } from '@pfp/kernel';
import { Mailer, mailLanguageOf } from '@pfp/mail';
import { DataSource } from 'typeorm';
import { NEWSLETTER_ERRORS } from '../domain/errors';
import { confirmUrl, siteOf } from '../settings';
import { CONFIRMATION_VALID_MS, NewsletterTokens, normaliseEmail } from './tokens';

const badToken = () => new ValidationError(NEWSLETTER_ERRORS.BAD_TOKEN, 'This link is not valid (or has expired).', { token: 'is not valid' });

/**
 * The subscribers, in a table outside the event log: an address is personal data, an
 * unsubscribe deletes its row (and what was sent to it), and the log keeps nothing of it.
 * Double opt-in: a new address gets a signed confirmation link and nothing else until it
 * confirms; the answer to `subscribe` says nothing of whether the address was known.
 */
@Injectable()
export class NewsletterSubscriptions {
  private readonly logger = new Logger('Newsletter');
  readonly tokens: NewsletterTokens;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.tokens = new NewsletterTokens(config.sessionSecret);
  }

  /** New or still pending: (re)sends the confirmation; confirmed already: nothing. Pending ones older than the link's life are dropped first. */
  async subscribe(email: string, language: string | undefined): Promise<void> {
    const now = this.clock.now();
    const address = normaliseEmail(email);
    const key = this.tokens.emailKey(address);
    const lang = mailLanguageOf(language);
    await this.dataSource.query(`DELETE FROM newsletter_subscribers WHERE status = 'PENDING' AND created_at < $1`, [
      new Date(now.getTime() - CONFIRMATION_VALID_MS),
    ]);
    const [row] = (await this.dataSource.query(
      `INSERT INTO newsletter_subscribers (id, email_key, email, language, status, created_at) VALUES ($1, $2, $3, $4, 'PENDING', $5)
       ON CONFLICT (email_key) DO UPDATE SET language = CASE WHEN newsletter_subscribers.status = 'PENDING' THEN EXCLUDED.language ELSE newsletter_subscribers.language END
       RETURNING id, status`,
      [randomUUID(), key, address, lang, now],
    )) as Array<{ id: string; status: 'PENDING' | 'CONFIRMED' }>;
    if (row.status !== 'PENDING') return;
    await this.mailer.sendTemplate({
      to: address,
      language: lang,
      template: 'newsletter-confirmation',
      data: { confirmUrl: confirmUrl(siteOf(this.config), this.tokens.sign('confirm', row.id, now)) },
    });
  }

  /** Idempotent: a confirmed subscriber confirming again stays confirmed. */
  async confirm(token: string): Promise<void> {
    const now = this.clock.now();
    const id = this.tokens.verify('confirm', token, now);
    if (!id) throw badToken();
    const rows = (await this.dataSource.query(
      `UPDATE newsletter_subscribers SET status = 'CONFIRMED', confirmed_at = coalesce(confirmed_at, $2) WHERE id = $1 RETURNING id`,
      [id, now],
    )) as [unknown[], number];
    if (rows[1] === 0) throw badToken();
  }

  /** Erases the subscriber (its address, its pending deliveries); a second click finds nothing and says the same. */
  async unsubscribe(token: string): Promise<void> {
    const id = this.tokens.verify('unsubscribe', token, this.clock.now());
    if (!id) throw badToken();
    await this.dataSource.query(`DELETE FROM newsletter_subscribers WHERE id = $1`, [id]);
    this.logger.log('a subscriber left');
  }
}
