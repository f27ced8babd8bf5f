import { randomUUID } from 'node:crypto';
import { NewsletterTokens } from '@pfp/newsletter';
import type { TestApi } from '../authorization/harness';
import type { Row, TableActor, TableActors } from '../authorization/table';
import { mutate, mutateRaw } from '../partnerships/partnership-api';

const A = 'allowed' as const;
const D = 'denied' as const;
const SUPPORT_UNIT_ONLY = { visitor: D, state: D, partner: D, supportUnit: A };
const ANYONE = { visitor: A, state: A, partner: A, supportUnit: A };

/** What the newsletter rows write: issue events, subscribers (and which are confirmed), deliveries. */
export const NEWSLETTER_WRITE_COUNTERS = [
  `SELECT count(*) FROM es_events WHERE stream_name ~ '^newsletterIssue-'`,
  `SELECT count(*) FROM newsletter_subscribers`,
  `SELECT count(*) FROM newsletter_subscribers WHERE status = 'CONFIRMED'`,
  `SELECT count(*) FROM newsletter_deliveries`,
];

const address = () => `table-${randomUUID().slice(0, 8)}@example.org`;

/** A draft of the Support Unit's, with an introduction so that it may be sent. */
async function draft(api: TestApi, actors: TableActors): Promise<string> {
  const { newsletterIssue } = await mutate<{ newsletterIssue: { id: string } }>(
    api,
    actors.supportUnit.token,
    'draftNewsletterIssue',
    'DraftNewsletterIssueInput',
    { title: 'Table issue', introduction: 'For the authorization table.' },
    'newsletterIssue { id }',
  );
  return newsletterIssue.id;
}

/** A new address's confirmation token, from its mail. */
async function pending(api: TestApi): Promise<{ email: string; token: string }> {
  const email = address();
  await mutate(api, null, 'subscribeToNewsletter', 'SubscribeToNewsletterInput', { email }, 'accepted');
  const { token } = await api.lastMailTo(email);
  if (!token) throw new Error('no token in the confirmation');
  return { email, token };
}

const run =
  (name: string, inputType: string, selection: string, input: (prepared: never) => Record<string, unknown>) =>
  (api: TestApi, actor: TableActor, prepared: never) =>
    mutateRaw(api, actor.token, name, inputType, input(prepared), selection);

/** One row per newsletter mutation, for test/authorization/table.ts. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of different prepared types share one table
export const newsletterRows: Row<any>[] = [
  {
    mutation: 'draftNewsletterIssue',
    run: (api, actor) => mutateRaw(api, actor.token, 'draftNewsletterIssue', 'DraftNewsletterIssueInput', { title: 'Table draft' }, 'revision'),
    expected: SUPPORT_UNIT_ONLY,
  },
  {
    mutation: 'editNewsletterIssue',
    prepare: draft,
    run: run('editNewsletterIssue', 'EditNewsletterIssueInput', 'revision', (issueId: string) => ({ issueId, title: 'Table issue, edited' })),
    expected: SUPPORT_UNIT_ONLY,
  },
  {
    mutation: 'sendNewsletterIssue',
    prepare: draft,
    run: run('sendNewsletterIssue', 'SendNewsletterIssueInput', 'recipients', (issueId: string) => ({ issueId })),
    expected: SUPPORT_UNIT_ONLY,
  },
  {
    mutation: 'subscribeToNewsletter',
    run: (api, actor) => mutateRaw(api, actor.token, 'subscribeToNewsletter', 'SubscribeToNewsletterInput', { email: address() }, 'accepted'),
    expected: ANYONE,
  },
  {
    mutation: 'confirmNewsletterSubscription',
    prepare: (api) => pending(api),
    run: run('confirmNewsletterSubscription', 'ConfirmNewsletterSubscriptionInput', 'confirmed', ({ token }: { token: string }) => ({ token })),
    expected: ANYONE,
  },
  {
    mutation: 'unsubscribeFromNewsletter',
    prepare: async (api) => {
      const { email } = await pending(api);
      const [{ id }] = (await api.dataSource.query(`SELECT id FROM newsletter_subscribers WHERE email = $1`, [email])) as Array<{ id: string }>;
      return new NewsletterTokens(api.config.sessionSecret).sign('unsubscribe', id, new Date());
    },
    run: run('unsubscribeFromNewsletter', 'UnsubscribeFromNewsletterInput', 'unsubscribed', (token: string) => ({ token })),
    expected: ANYONE,
  },
];
