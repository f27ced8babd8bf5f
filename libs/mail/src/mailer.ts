import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { renderMail, type MailLanguage, type MailTemplate } from './templates';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The HTML alternative of `text` (a multipart/alternative mail). */
  html?: string;
  /** Extra headers (List-Unsubscribe...). */
  headers?: Record<string, string>;
  /** Content-Language. */
  language?: string;
}

/** A mail from a template (libs/mail/src/templates) in the reader's language: HTML and text parts. */
export type TemplateMail = MailTemplate & { to: string; language: MailLanguage; headers?: Record<string, string> };

export interface SentMail {
  messageId: string;
  /** Where the .eml was written, when there is no SMTP server. */
  file?: string;
}

export const MAIL_FROM = 'Platform for Partnerships <no-reply@pfp.example>';

/**
 * Sends through SMTP_URL; without one, writes each message as an .eml file into
 * `<dataDir>/outbox`, so development and tests read what would have been sent.
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter;
  readonly outbox: string | null;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'smtpUrl' | 'dataDir'>) {
    if (config.smtpUrl) {
      this.transport = createTransport(config.smtpUrl);
      this.outbox = null;
    } else {
      this.transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.outbox = join(config.dataDir, 'outbox');
    }
  }

  /** Renders a template in the reader's language and sends it with its HTML and text parts. */
  async sendTemplate(mail: TemplateMail): Promise<SentMail> {
    const { to, language, headers, ...template } = mail;
    const rendered = await renderMail(template as MailTemplate, language);
    return this.send({ to, language, headers, ...rendered });
  }

  async send(message: MailMessage): Promise<SentMail> {
    const { language, headers, ...rest } = message;
    const info = await this.transport.sendMail({
      from: MAIL_FROM,
      ...rest,
      headers: { ...(language ? { 'Content-Language': language } : {}), ...headers },
    });
    if (!this.outbox) return { messageId: info.messageId };
    await mkdir(this.outbox, { recursive: true });
    // Sortable by time, unique within a millisecond.
    const file = join(this.outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`);
    await writeFile(file, info.message as Buffer);
    this.logger.log(`mail to the outbox: ${file}`);
    return { messageId: info.messageId, file };
  }
}
