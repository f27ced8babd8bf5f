export { Mailer } from './mailer';
export type { MailMessage, SentMail } from './mailer';
export { MailModule } from './mail.module';
export { readOutbox } from './outbox';
export type { OutboxMail } from './outbox';
