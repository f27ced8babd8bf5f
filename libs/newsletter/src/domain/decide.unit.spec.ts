import type { Actor } from '@pfp/kernel';
import { DeciderSpecification } from '@pfp/testing';
import { newsletterIssueAggregate } from './decide';
import type { IssueItem, NewsletterIssueEvent } from './newsletter-issue';

const spec = DeciderSpecification(newsletterIssueAggregate);
const at = '2011-12-01T09:00:00.000Z';
const supportUnit: Actor = { accountId: 'account-su', organizationId: 'organization-su', organizationKind: 'SUPPORT_UNIT', role: 'ADMIN' };
const state: Actor = { accountId: 'account-mx', organizationId: 'organization-mx', organizationKind: 'STATE', role: 'MEMBER' };
const item = (n: number, kind = 'PRACTICE'): IssueItem => ({
  subjectId: `practice-0000000${n}-0000-4000-8000-000000000000`,
  kind,
  title: `Practice ${n}`,
  summary: null,
  path: `/practices/practice-0000000${n}-0000-4000-8000-000000000000`,
  publishedAt: '2011-11-20T00:00:00.000Z',
});
const content = { title: 'December 2011', introduction: 'What the Platform gained this month.', items: [item(1), item(2)] };
const drafted: NewsletterIssueEvent = {
  type: 'NewsletterIssueDrafted',
  data: { ...content, coversFrom: null, coversUntil: at, draftedBy: 'account-su', draftedAt: at },
};
const draft = (actor: Actor | null, data: Partial<typeof content> = {}) => ({
  type: 'DraftNewsletterIssue' as const,
  actor,
  at,
  data: { ...content, ...data, coversFrom: null, coversUntil: at },
});
const edit = (data: Record<string, unknown>, actor: Actor | null = supportUnit) => ({ type: 'EditNewsletterIssue' as const, actor, at, data });
const send = (actor: Actor | null = supportUnit) => ({ type: 'SendNewsletterIssue' as const, actor, at, data: {} });
const sent: NewsletterIssueEvent = { type: 'NewsletterIssueSent', data: { sentBy: 'account-su', sentAt: at } };

describe('NewsletterIssue', () => {
  it('is drafted by the Support Unit from what was published in its period', () => spec.given([]).when(draft(supportUnit)).then([drafted]));

  it('is drafted by no one else, needs a title, and is drafted once', () => {
    spec.given([]).when(draft(state)).thenThrows('AUTH.SUPPORT_UNIT_ONLY', 'FORBIDDEN');
    spec.given([]).when(draft(null)).thenThrows('AUTH.UNAUTHENTICATED', 'UNAUTHENTICATED');
    spec
      .given([])
      .when(draft(supportUnit, { title: '  ' }))
      .thenThrows('NEWSLETTER.TITLE_REQUIRED', 'BAD_USER_INPUT');
    spec.given([drafted]).when(draft(supportUnit)).thenThrows('NEWSLETTER.ISSUE_EXISTS', 'CONFLICT');
  });

  it('is edited while a draft: title, introduction, and which gathered items it keeps, in which order', () => {
    const reordered = [item(2), item(1)];
    spec
      .given([drafted])
      .when(edit({ title: 'December', itemIds: reordered.map((i) => i.subjectId) }))
      .then([{ type: 'NewsletterIssueEdited', data: { title: 'December', introduction: content.introduction, items: reordered, editedAt: at } }]);
    spec
      .given([drafted])
      .when(edit({ title: content.title }))
      .then([]);
  });

  it('takes back an item an earlier edit dropped, and no item it did not gather', () => {
    const dropped: NewsletterIssueEvent = { type: 'NewsletterIssueEdited', data: { ...content, items: [item(1)], editedAt: at } };
    spec
      .given([drafted, dropped])
      .when(edit({ itemIds: [item(1).subjectId, item(2).subjectId] }))
      .then([{ type: 'NewsletterIssueEdited', data: { ...content, editedAt: at } }]);
    spec
      .given([drafted])
      .when(edit({ itemIds: [item(3).subjectId] }))
      .thenThrows('NEWSLETTER.UNKNOWN_ITEM', 'BAD_USER_INPUT');
  });

  it('refuses an edit by anyone else, of an issue that does not exist, or of a sent one', () => {
    spec
      .given([drafted])
      .when(edit({ title: 'x' }, state))
      .thenThrows('AUTH.SUPPORT_UNIT_ONLY', 'FORBIDDEN');
    spec
      .given([])
      .when(edit({ title: 'x' }))
      .thenThrows('NEWSLETTER.ISSUE_NOT_FOUND', 'NOT_FOUND');
    spec
      .given([drafted, sent])
      .when(edit({ title: 'x' }))
      .thenThrows('NEWSLETTER.ALREADY_SENT', 'CONFLICT');
    spec
      .given([drafted])
      .when(edit({ title: '' }))
      .thenThrows('NEWSLETTER.TITLE_REQUIRED', 'BAD_USER_INPUT');
  });

  it('is sent once, by the Support Unit, when it holds something', () => {
    spec.given([drafted]).when(send()).then([sent]);
    spec.given([drafted, sent]).when(send()).thenThrows('NEWSLETTER.ALREADY_SENT', 'CONFLICT');
    spec.given([]).when(send()).thenThrows('NEWSLETTER.ISSUE_NOT_FOUND', 'NOT_FOUND');
    spec.given([drafted]).when(send(state)).thenThrows('AUTH.SUPPORT_UNIT_ONLY', 'FORBIDDEN');
    const empty: NewsletterIssueEvent = { type: 'NewsletterIssueEdited', data: { title: 'Empty', introduction: '', items: [], editedAt: at } };
    spec.given([drafted, empty]).when(send()).thenThrows('NEWSLETTER.EMPTY_ISSUE', 'BAD_USER_INPUT');
  });
});
