import { Logger } from '@nestjs/common';
import type { CommandBus } from '@nestjs/cqrs';
import { DomainError } from '@pfp/kernel';
import { accountMailLanguageSql } from '@pfp/identity';
import { mailLanguageOf, type Mailer } from '@pfp/mail';
import type { DataSource } from 'typeorm';
import { backoffMs, type WebhookSettings } from '../settings';
import type { SecretBox } from '../signing';
import { signedHeaders } from '../signing';
import { WebhookCommands } from '../webhook-commands';
import { checkTarget } from './address-guard';
import { postOnce, type AttemptResult } from './send';

interface Claimed {
  id: string;
  webhook_id: string;
  event_id: string;
  body: string;
  attempts: number;
  retry_from: Date;
  url: string;
  sealed_secret: string;
  organization_id: string;
}

const MAX_IN_FLIGHT = 500;
const POLL_MS = 1000;

/**
 * Empties the delivery outbox: the oldest pending delivery of each enabled endpoint whose time
 * has come is claimed (claimed_until: a worker that dies mid-attempt loses its claim when it
 * runs out, and the delivery is sent again), posted signed, and recorded; a failure waits
 * exponentially longer (with jitter) until WEBHOOK_RETRY_FOR_MS has passed, then the delivery
 * fails, its endpoint is disabled and the organisation's admins are told. Later deliveries of an
 * endpoint wait behind its oldest one: log order per endpoint. Any process may run one.
 */
export class DeliverySender {
  private readonly logger = new Logger('WebhookSender');
  private readonly inFlight = new Set<Promise<void>>();
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeResolve: (() => void) | null = null;
  private woken = false;
  /** Called once per round of the loop. */
  everyRound: () => void = () => undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: WebhookSettings,
    private readonly box: SecretBox,
    private readonly commandBus: CommandBus,
    private readonly mailer: Mailer,
    private readonly production: boolean,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
  }

  wake = (): void => {
    this.woken = true;
    const resolve = this.wakeResolve;
    this.wakeResolve = null;
    resolve?.();
  };

  private sleep(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wakeResolve = null;
        resolve();
      }, ms);
      timer.unref();
      this.wakeResolve = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.woken = false;
      this.everyRound();
      try {
        const claimed = await this.claim(MAX_IN_FLIGHT - this.inFlight.size);
        for (const delivery of claimed) {
          const attempt = this.attempt(delivery)
            .catch((error: Error) => this.logger.error(`delivery ${delivery.id}: ${error.message}`))
            .finally(() => {
              this.inFlight.delete(attempt);
              this.wake();
            });
          this.inFlight.add(attempt);
        }
      } catch (error) {
        if (this.running) this.logger.error(`claiming deliveries failed: ${(error as Error).message}`);
      }
      if (this.running) await this.sleep(POLL_MS);
    }
  }

  /** The oldest pending delivery of each enabled endpoint, when due and not claimed by another attempt. */
  private async claim(limit: number): Promise<Claimed[]> {
    if (limit <= 0) return [];
    const claimMs = this.settings.timeoutMs * 3 + 1000;
    const [rows] = (await this.dataSource.query(
      `WITH heads AS (
         SELECT DISTINCT ON (d.webhook_id) d.seq, d.next_attempt_at, d.claimed_until
         FROM webhook_deliveries d JOIN webhook_targets t ON t.id = d.webhook_id AND t.enabled
         WHERE d.status = 'PENDING'
         ORDER BY d.webhook_id, d.seq
       ), due AS (
         SELECT seq FROM heads WHERE next_attempt_at <= now() AND (claimed_until IS NULL OR claimed_until < now()) LIMIT $2
       )
       UPDATE webhook_deliveries d SET claimed_until = now() + $1 * interval '1 millisecond'
       FROM due, webhook_targets t
       WHERE d.seq = due.seq AND t.id = d.webhook_id AND d.status = 'PENDING' AND (d.claimed_until IS NULL OR d.claimed_until < now())
       RETURNING d.id, d.webhook_id, d.event_id, d.body, d.attempts, d.retry_from, t.url, t.sealed_secret, t.organization_id`,
      [claimMs, limit],
    )) as [Claimed[], number];
    return rows;
  }

  private async attempt(d: Claimed): Promise<void> {
    const timestamp = Math.floor(Date.now() / 1000);
    let result: AttemptResult;
    try {
      // checked again at each attempt, and the connection goes to the address checked (DNS rebinding)
      const target = await checkTarget(d.url, { ...this.settings, allowHttp: this.settings.allowHttp && !this.production });
      result = await postOnce(target, signedHeaders(this.box.open(d.sealed_secret), d.event_id, timestamp, d.body), d.body, this.settings.timeoutMs);
    } catch (error) {
      result = { ok: false, status: null, excerpt: (error as Error).message, durationMs: 0 };
    }
    await this.record(d, result);
  }

  private async record(d: Claimed, result: AttemptResult): Promise<void> {
    const common = [d.id, result.status, result.excerpt, result.durationMs];
    if (result.ok) {
      await this.dataSource.query(
        `UPDATE webhook_deliveries SET status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = now(), delivered_at = now(),
           last_response_status = $2, last_response_excerpt = $3, last_duration_ms = $4, claimed_until = NULL WHERE id = $1`,
        common,
      );
      return;
    }
    const attempts = d.attempts + 1;
    const wait = backoffMs(this.settings, attempts);
    const givenUp = Date.now() + wait > d.retry_from.getTime() + this.settings.retryForMs;
    await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = $5, attempts = attempts + 1, last_attempt_at = now(), next_attempt_at = now() + $6 * interval '1 millisecond',
         last_response_status = $2, last_response_excerpt = $3, last_duration_ms = $4, claimed_until = NULL WHERE id = $1`,
      [...common, givenUp ? 'FAILED' : 'PENDING', wait],
    );
    if (givenUp) await this.disable(d);
    else setTimeout(this.wake, wait).unref();
  }

  /** The endpoint has failed for longer than the retry horizon: disabled through its own pipeline, its organisation's admins told. */
  private async disable(d: Claimed): Promise<void> {
    try {
      const outcome = await this.commandBus.execute(new WebhookCommands.Command(d.webhook_id, { type: 'DisableFailingWebhook', data: {} }, null));
      if (outcome.events.length === 0) return;
    } catch (error) {
      if (error instanceof DomainError) return;
      throw error;
    }
    const admins = (await this.dataSource.query(
      `SELECT email, ${accountMailLanguageSql('accounts')} AS language FROM accounts WHERE organization_id::text = substring($1 from 14) AND role = 'ADMIN' ORDER BY email`,
      [d.organization_id],
    )) as Array<{ email: string; language: string }>;
    for (const { email, language } of admins) {
      await this.mailer.sendTemplate({
        to: email,
        language: mailLanguageOf(language),
        template: 'webhook-disabled',
        data: { url: d.url, hours: Math.round(this.settings.retryForMs / 3_600_000) },
      });
    }
  }
}
