export { Mailer } from './mailer';
export type { MailMessage, SentMail, TemplateMail } from './mailer';
export { MailModule } from './mail.module';
export { readOutbox } from './outbox';
export type { OutboxMail } from './outbox';
export { MAIL_LANGUAGES, MAIL_TEMPLATES, NEWSLETTER_SECTION_HEADINGS, escapeHtml, isMailLanguage, mailLanguageOf, renderMail } from './templates';
export type { DigestData, MailLanguage, MailTemplate, NewsletterIssueData, RenderedMail } from './templates';
