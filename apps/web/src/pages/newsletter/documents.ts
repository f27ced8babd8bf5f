import type { Document } from '../../api';

/** The newsletter's operations (plain strings typed here: their names are the contract's, schema.graphql). */
export interface IssueItemView {
  subjectId: string;
  kind: string;
  title: string;
  summary: string | null;
  path: string;
}
export interface IssueView {
  id: string;
  status: 'DRAFT' | 'SENT';
  title: string;
  introduction: string;
  items: IssueItemView[];
  gathered: IssueItemView[];
  sentAt: string | null;
  draftedAt: string;
  revision: number;
}

const ISSUE =
  'id status title introduction sentAt draftedAt revision items { subjectId kind title summary path } gathered { subjectId kind title summary path }';

export const IssuesDocument: Document<
  { newsletterIssues: { totalCount: number; edges: Array<{ node: IssueView }> } },
  { first: number; includeDrafts: boolean }
> =
  `query NewsletterIssues($first: Int, $includeDrafts: Boolean) { newsletterIssues(first: $first, includeDrafts: $includeDrafts) { totalCount edges { node { ${ISSUE} } } } }`;

export const IssueDocument: Document<{ newsletterIssue: IssueView | null }, { id: string }> =
  `query NewsletterIssue($id: ID!) { newsletterIssue(id: $id) { ${ISSUE} } }`;

export const PreviewDocument: Document<{ newsletterIssuePreview: { subject: string; html: string; text: string } }, { id: string; language: string }> =
  `query NewsletterPreview($id: ID!, $language: String) { newsletterIssuePreview(id: $id, language: $language) { subject html text } }`;

export const SubscribeDocument: Document<{ subscribeToNewsletter: { accepted: boolean } }, { input: { email: string; language: string } }> =
  `mutation Subscribe($input: SubscribeToNewsletterInput!) { subscribeToNewsletter(input: $input) { accepted } }`;

export const ConfirmDocument: Document<{ confirmNewsletterSubscription: { confirmed: boolean } }, { input: { token: string } }> =
  `mutation Confirm($input: ConfirmNewsletterSubscriptionInput!) { confirmNewsletterSubscription(input: $input) { confirmed } }`;

export const UnsubscribeDocument: Document<{ unsubscribeFromNewsletter: { unsubscribed: boolean } }, { input: { token: string } }> =
  `mutation Unsubscribe($input: UnsubscribeFromNewsletterInput!) { unsubscribeFromNewsletter(input: $input) { unsubscribed } }`;

export const DraftDocument: Document<{ draftNewsletterIssue: { newsletterIssue: IssueView } }, { input: { title: string; introduction: string } }> =
  `mutation Draft($input: DraftNewsletterIssueInput!) { draftNewsletterIssue(input: $input) { newsletterIssue { ${ISSUE} } } }`;

export const EditDocument: Document<
  { editNewsletterIssue: { newsletterIssue: IssueView } },
  { input: { issueId: string; title: string; introduction: string; itemIds: string[]; expectedRevision: number } }
> = `mutation Edit($input: EditNewsletterIssueInput!) { editNewsletterIssue(input: $input) { newsletterIssue { ${ISSUE} } } }`;

export const SendDocument: Document<{ sendNewsletterIssue: { recipients: number } }, { input: { issueId: string; expectedRevision: number } }> =
  `mutation Send($input: SendNewsletterIssueInput!) { sendNewsletterIssue(input: $input) { recipients } }`;
