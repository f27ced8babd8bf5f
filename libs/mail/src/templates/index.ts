import { accountRequestDeclined, invitation, passwordReset, type AccountRequestDeclinedData, type InvitationData, type PasswordResetData } from './identity';
import { renderContent, type MailContent, type MailLanguage, type RenderedMail } from './layout';
import { newsletterConfirmation, newsletterIssue, type NewsletterConfirmationData, type NewsletterIssueData } from './newsletter';
import { digest, webhookDisabled, type DigestData, type WebhookDisabledData } from './notifications';

/** Every mail the platform sends: a template name and its data; the language is the reader's. */
export type MailTemplate =
  | { template: 'invitation'; data: InvitationData }
  | { template: 'password-reset'; data: PasswordResetData }
  | { template: 'account-request-declined'; data: AccountRequestDeclinedData }
  | { template: 'digest'; data: DigestData }
  | { template: 'webhook-disabled'; data: WebhookDisabledData }
  | { template: 'newsletter-confirmation'; data: NewsletterConfirmationData }
  | { template: 'newsletter-issue'; data: NewsletterIssueData };

export const MAIL_TEMPLATES = [
  'invitation',
  'password-reset',
  'account-request-declined',
  'digest',
  'webhook-disabled',
  'newsletter-confirmation',
  'newsletter-issue',
] as const satisfies ReadonlyArray<MailTemplate['template']>;

export function mailContent(mail: MailTemplate, language: MailLanguage): MailContent {
  switch (mail.template) {
    case 'invitation':
      return invitation(mail.data, language);
    case 'password-reset':
      return passwordReset(mail.data, language);
    case 'account-request-declined':
      return accountRequestDeclined(mail.data, language);
    case 'digest':
      return digest(mail.data, language);
    case 'webhook-disabled':
      return webhookDisabled(mail.data, language);
    case 'newsletter-confirmation':
      return newsletterConfirmation(mail.data, language);
    case 'newsletter-issue':
      return newsletterIssue(mail.data, language);
    default: {
      const unknown: never = mail;
      throw new Error(`Unknown mail template ${(unknown as MailTemplate).template}`);
    }
  }
}

/** The subject, HTML part and text part of a template in one of the six languages. */
export const renderMail = (mail: MailTemplate, language: MailLanguage): Promise<RenderedMail> => renderContent(mailContent(mail, language));

export { MAIL_LANGUAGES, isMailLanguage, mailLanguageOf, escapeHtml } from './layout';
export type { MailLanguage, RenderedMail } from './layout';
export { NEWSLETTER_SECTION_HEADINGS } from './newsletter';
export type { NewsletterIssueData } from './newsletter';
export type { DigestData } from './notifications';
