import { readOutbox, type OutboxMail } from '@pfp/mail';
import type { TestApi } from '../authorization/harness';
import { mutate } from '../partnerships/partnership-api';

export const ISSUE = 'newsletterIssue { id status title introduction items { subjectId kind title path } gathered { subjectId } } revision';

export interface IssueView {
  id: string;
  status: string;
  title: string;
  introduction: string;
  items: Array<{ subjectId: string; kind: string; title: string; path: string }>;
  gathered: Array<{ subjectId: string }>;
}

export async function subscribe(api: TestApi, email: string, language?: string): Promise<unknown> {
  const result = await api.gql(`mutation($input: SubscribeToNewsletterInput!) { subscribeToNewsletter(input: $input) { accepted } }`, {
    input: { email, ...(language ? { language } : {}) },
  });
  return { data: result.data, ...(result.errors ? { errors: result.errors } : {}) };
}

export async function draftIssue(api: TestApi, token: string, title: string, introduction = ''): Promise<IssueView> {
  const { newsletterIssue } = await mutate<{ newsletterIssue: IssueView }>(
    api,
    token,
    'draftNewsletterIssue',
    'DraftNewsletterIssueInput',
    { title, introduction },
    ISSUE,
  );
  return newsletterIssue;
}

export async function sendIssue(api: TestApi, token: string, issueId: string): Promise<number> {
  const { recipients } = await mutate<{ recipients: number }>(
    api,
    token,
    'sendNewsletterIssue',
    'SendNewsletterIssueInput',
    { issueId },
    'recipients revision',
  );
  return recipients;
}

export async function mailsTo(api: TestApi, to: string): Promise<OutboxMail[]> {
  return (await readOutbox(api.outbox)).filter((m) => m.to.toLowerCase().includes(to.toLowerCase()));
}
