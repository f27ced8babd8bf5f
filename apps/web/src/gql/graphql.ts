/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** At least 12 characters. */
  password: string;
  token: string;
};

/** An account's role in its organisation. */
export type AccountRole =
  | 'ADMIN'
  | 'MEMBER';

export type CallForActionKind =
  | 'EXPERTISE'
  | 'FUNDING'
  | 'INFORMATION'
  | 'OTHER'
  | 'PARTNERSHIP'
  | 'TRAINING';

export type CallForActionResponseStatus =
  | 'ACCEPTED'
  | 'ACTIVE'
  | 'WITHDRAWN';

/** PENDING: posted jointly, waiting for every co-poster to confirm. */
export type CallForActionStatus =
  | 'CLOSED'
  | 'CONVERTED'
  | 'OPEN'
  | 'PENDING';

export type CallsForActionFilter = {
  kind?: CallForActionKind | null | undefined;
  status?: CallForActionStatus | null | undefined;
};

/** Personal data: sealed with a key of its own, erased with eraseContact. */
export type ContactInput = {
  email: string;
  name: string;
};

export type CreateOrganizationInput = {
  /** ISO 3166-1 alpha-3; required for a STATE, absent otherwise. */
  country?: string | null | undefined;
  kind: OrganizationKind;
  name: string;
};

export type DraftPracticeInput = {
  /** Markdown. */
  body?: string;
  contact?: ContactInput | null | undefined;
  /** ISO 3166-1 alpha-3. */
  countries?: Array<string>;
  implementationStatus?: ImplementationStatus | null | undefined;
  /** Organisation ids. */
  implementingPartnerIds?: Array<string | number>;
  language?: Language;
  period?: PeriodInput | null | undefined;
  resources?: Array<ResourceInput>;
  results?: Array<ResultInput>;
  summary?: string;
  /** Ids from `themes`. */
  themes?: Array<string>;
  title: string;
};

export type ExpressInterestInPracticeInput = {
  /** The revision you last saw; another one is a CONFLICT. */
  expectedRevision?: number | null | undefined;
  id: string | number;
};

export type FollowInput = {
  /** A project, practice or callForAction id. */
  subjectId: string | number;
};

export type FollowSubjectKind =
  | 'CALL_FOR_ACTION'
  | 'PRACTICE'
  | 'PROJECT';

export type ImplementationStatus =
  | 'COMPLETED'
  | 'ONGOING'
  | 'PLANNED';

export type InviteAccountInput = {
  displayName: string;
  email: string;
  organizationId: string | number;
  role?: AccountRole;
};

/** A UN language (ISO 639-1). */
export type Language =
  | 'ar'
  | 'en'
  | 'es'
  | 'fr'
  | 'ru'
  | 'zh';

/** How often mail about what the account follows is sent. */
export type NotificationFrequency =
  | 'DAILY'
  | 'IMMEDIATELY'
  | 'NONE'
  | 'WEEKLY';

export type OrganizationKind =
  | 'ACADEMIA'
  | 'CIVIL_SOCIETY'
  | 'INTERNATIONAL_ORGANIZATION'
  | 'PRIVATE_SECTOR'
  | 'STATE'
  | 'SUPPORT_UNIT';

export type PartnershipProjectStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED';

export type PartnershipProjectsFilter = {
  status?: PartnershipProjectStatus | null | undefined;
};

export type PeriodInput = {
  end?: string | null | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  start: string;
};

export type PostCallForActionInput = {
  /** Other states posting jointly; each confirms with confirmCoPosting. */
  coPosterIds?: Array<string | number> | null | undefined;
  /** ISO 3166-1 alpha-3. */
  countries?: Array<string> | null | undefined;
  deadline?: string | null | undefined;
  description: string;
  kind: CallForActionKind;
  /** practice-<uuid> */
  practiceId?: string | number | null | undefined;
  themes?: Array<string> | null | undefined;
  title: string;
};

/** Each list keeps practices with any of its values; lists combine with AND. */
export type PracticeFilter = {
  /** ISO 3166-1 alpha-3. */
  countries?: Array<string> | null | undefined;
  /** gcm-1 .. gcm-23. */
  gcmObjectives?: Array<string> | null | undefined;
  implementationStatuses?: Array<ImplementationStatus> | null | undefined;
  /** Owner organisation ids. */
  owners?: Array<string | number> | null | undefined;
  /** UN M49 codes, any level (013, 419, 019). */
  regions?: Array<string> | null | undefined;
  themes?: Array<string> | null | undefined;
};

/** RELEVANCE (title > summary > body) needs `search`; otherwise newest first. */
export type PracticeOrder =
  | 'NEWEST'
  | 'RELEVANCE';

export type PracticeStatus =
  | 'ARCHIVED'
  | 'CHANGES_REQUESTED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED';

export type ProjectRole =
  | 'FUNDER'
  | 'IMPLEMENTER'
  | 'LEAD'
  | 'PARTNER';

export type PublishPracticeInput = {
  /** The revision you last saw; another one is a CONFLICT. */
  expectedRevision?: number | null | undefined;
  id: string | number;
};

export type RequestPasswordResetInput = {
  email: string;
};

export type RequestPracticeChangesInput = {
  /** The revision you last saw; another one is a CONFLICT. */
  expectedRevision?: number | null | undefined;
  id: string | number;
  /** What needs to change; required. */
  reason: string;
};

export type ResetPasswordInput = {
  /** At least 12 characters. */
  password: string;
  token: string;
};

export type ResourceInput = {
  kind: ResourceKind;
  title: string;
  url: string;
};

export type ResourceKind =
  | 'DOCUMENT'
  | 'VIDEO'
  | 'WEB_PAGE';

export type RespondToCallForActionInput = {
  callId: string | number;
  expectedRevision?: number | null | undefined;
  message: string;
  offerKind: CallForActionKind;
};

export type ResultInput = {
  indicator: string;
  value: string;
};

export type RevisePracticeInput = {
  /** Markdown. */
  body?: string;
  contact?: ContactInput | null | undefined;
  /** ISO 3166-1 alpha-3. */
  countries?: Array<string>;
  /** The revision you last saw; another one is a CONFLICT. */
  expectedRevision?: number | null | undefined;
  id: string | number;
  implementationStatus?: ImplementationStatus | null | undefined;
  /** Organisation ids. */
  implementingPartnerIds?: Array<string | number>;
  language?: Language;
  period?: PeriodInput | null | undefined;
  resources?: Array<ResourceInput>;
  results?: Array<ResultInput>;
  summary?: string;
  /** Ids from `themes`. */
  themes?: Array<string>;
  title: string;
};

export type SetNotificationPreferenceInput = {
  frequency: NotificationFrequency;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type SubmitPracticeInput = {
  /** The revision you last saw; another one is a CONFLICT. */
  expectedRevision?: number | null | undefined;
  id: string | number;
};

/** GFMD theme, objective of the Global Compact for Migration, or SDG target. */
export type ThemeKind =
  | 'GCM_OBJECTIVE'
  | 'GFMD_THEME'
  | 'SDG_TARGET';

export type UnfollowInput = {
  /** A project, practice or callForAction id. */
  subjectId: string | number;
};

export type OrganizationNameFragment = { id: string, name: string };

export type PageCursorFragment = { endCursor: string | null, hasNextPage: boolean };

export type FollowStateFragment = { following: boolean, subjectId: string };

export type FollowedQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowedQuery = { followedSubjects: Array<string> };

export type FollowMutationVariables = Exact<{
  input: FollowInput;
}>;


export type FollowMutation = { follow: FollowStateFragment };

export type UnfollowMutationVariables = Exact<{
  input: UnfollowInput;
}>;


export type UnfollowMutation = { unfollow: FollowStateFragment };

export type FeedEntryFragment = { id: string, type: string, text: string, occurredAt: string, read: boolean, subjectId: string, subjectKind: FollowSubjectKind, subjectTitle: string };

export type FeedQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type FeedQuery = { feed: { totalCount: number, unreadCount: number, edges: Array<{ node: FeedEntryFragment }> } };

export type LiveFeedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveFeedSubscription = { feed: FeedEntryFragment };

export type NotificationPreferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferenceQuery = { notificationPreference: NotificationFrequency };

export type SetNotificationPreferenceMutationVariables = Exact<{
  input: SetNotificationPreferenceInput;
}>;


export type SetNotificationPreferenceMutation = { setNotificationPreference: { frequency: NotificationFrequency } };

export type PlatformStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformStatsQuery = { platformStats: { practicesPublished: number, statesSharingPractices: number, callsForAction: number, activeProjects: number, callsConvertedToProjects: number, updatesLast30Days: number } };

export type CallSummaryFragment = { id: string, title: string, kind: CallForActionKind, status: CallForActionStatus, countries: Array<string>, deadline: string | null, posters: Array<{ organizationId: string, organization: OrganizationNameFragment | null }> };

export type CallRevisionFragment = { revision: number, callForAction: { id: string } };

export type CallsQueryVariables = Exact<{
  filter?: CallsForActionFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type CallsQuery = { callsForAction: { totalCount: number, edges: Array<{ node: CallSummaryFragment }> } };

export type CallQueryVariables = Exact<{
  id: string | number;
}>;


export type CallQuery = { callForAction: (
    { description: string, revision: number, postedAt: string, projectId: string | null, responses: Array<{ organizationId: string, offerKind: CallForActionKind, message: string, respondedAt: string, status: CallForActionResponseStatus, organization: OrganizationNameFragment | null }> }
    & CallSummaryFragment
  ) | null };

export type PostCallMutationVariables = Exact<{
  input: PostCallForActionInput;
}>;


export type PostCallMutation = { postCallForAction: CallRevisionFragment };

export type RespondToCallMutationVariables = Exact<{
  input: RespondToCallForActionInput;
}>;


export type RespondToCallMutation = { respondToCallForAction: CallRevisionFragment };

export type OrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: OrganizationKind, country: string | null, active: boolean, createdAt: string } }> } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { organization: OrganizationNameFragment } };

export type InviteAccountMutationVariables = Exact<{
  input: InviteAccountInput;
}>;


export type InviteAccountMutation = { inviteAccount: { invitationExpiresAt: string, account: { id: string, email: string } } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { expiresAt: string } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { passwordReset: boolean } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { accepted: boolean } };

export type PracticeSummaryFragment = { id: string, title: string, summary: string, status: PracticeStatus, countries: Array<string>, language: Language, publishedAt: string | null, ownerOrganizationId: string, owner: OrganizationNameFragment | null };

export type PracticeTextFragment = { title: string, summary: string, body: string, results: Array<{ indicator: string, value: string }> };

export type WorklistItemFragment = { id: string, title: string, status: PracticeStatus, ownerOrganizationId: string, changesRequested: string | null, hasPendingRevision: boolean, updatedAt: string, owner: OrganizationNameFragment | null };

export type PracticeRevisionFragment = { revision: number, practice: { id: string, status: PracticeStatus } };

export type FacetEntryFragment = { value: string, label: string | null, count: number };

export type PracticesQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: PracticeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: PracticeOrder | null | undefined;
}>;


export type PracticesQuery = { practices: { totalCount: number, facets: { theme: Array<FacetEntryFragment>, country: Array<FacetEntryFragment>, region: Array<FacetEntryFragment>, implementationStatus: Array<FacetEntryFragment> }, edges: Array<{ cursor: string, node: PracticeSummaryFragment }>, pageInfo: PageCursorFragment } };

export type PracticeQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type PracticeQuery = { practice: (
    { revision: number, bodyHtml: string, themeIds: Array<string>, implementingPartnerIds: Array<string>, implementationStatus: ImplementationStatus | null, changesRequested: string | null, hasPendingRevision: boolean, interestCount: number, updatedAt: string, themes: Array<{ id: string, label: string }>, period: { start: string, end: string | null } | null, resources: Array<{ title: string, url: string, kind: ResourceKind }>, translations: Array<{ language: Language, title: string, summary: string, body: string }> }
    & PracticeSummaryFragment
    & PracticeTextFragment
  ) | null };

export type PracticeAsOfQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type PracticeAsOfQuery = { practice: (
    { revision: number }
    & PracticeTextFragment
  ) | null };

export type PracticeHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type PracticeHistoryQuery = { history: Array<{ type: string, revision: number, occurredAt: string, reason: string | null, actor: { organizationId: string } | null }> };

export type ThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemesQuery = { themes: Array<{ id: string, kind: ThemeKind, label: string }> };

export type PartnerNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerNamesQuery = { organizations: { edges: Array<{ node: OrganizationNameFragment }> } };

export type DraftPracticeMutationVariables = Exact<{
  input: DraftPracticeInput;
}>;


export type DraftPracticeMutation = { draftPractice: PracticeRevisionFragment };

export type RevisePracticeMutationVariables = Exact<{
  input: RevisePracticeInput;
}>;


export type RevisePracticeMutation = { revisePractice: PracticeRevisionFragment };

export type SubmitPracticeMutationVariables = Exact<{
  input: SubmitPracticeInput;
}>;


export type SubmitPracticeMutation = { submitPractice: PracticeRevisionFragment };

export type PublishPracticeMutationVariables = Exact<{
  input: PublishPracticeInput;
}>;


export type PublishPracticeMutation = { publishPractice: PracticeRevisionFragment };

export type RequestPracticeChangesMutationVariables = Exact<{
  input: RequestPracticeChangesInput;
}>;


export type RequestPracticeChangesMutation = { requestPracticeChanges: PracticeRevisionFragment };

export type ExpressInterestMutationVariables = Exact<{
  input: ExpressInterestInPracticeInput;
}>;


export type ExpressInterestMutation = { expressInterestInPractice: { revision: number, practice: { id: string, interestCount: number } } };

export type PracticeWorklistQueryVariables = Exact<{
  statuses?: Array<PracticeStatus> | PracticeStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PracticeWorklistQuery = { practiceWorklist: { totalCount: number, edges: Array<{ cursor: string, node: WorklistItemFragment }>, pageInfo: PageCursorFragment } };

export type ProjectSummaryFragment = { id: string, title: string, summary: string, status: PartnershipProjectStatus, countries: Array<string>, inactive: boolean, leadOrganizationId: string, partners: Array<{ organizationId: string, role: ProjectRole, organization: OrganizationNameFragment | null }> };

export type ProjectUpdateEntryFragment = { id: string, text: string, postedAt: string, videoUrl: string | null, organizationId: string, metrics: Array<{ indicator: string, value: number }> };

export type ProjectsQueryVariables = Exact<{
  filter?: PartnershipProjectsFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ProjectsQuery = { partnershipProjects: { totalCount: number, edges: Array<{ node: ProjectSummaryFragment }> } };

export type ProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectQuery = { partnershipProject: (
    { objectives: Array<string>, startsOn: string | null, endsOn: string | null, revision: number, fromCallId: string | null, milestones: Array<{ id: string, title: string, plannedOn: string, reachedOn: string | null }>, updates: Array<ProjectUpdateEntryFragment> }
    & ProjectSummaryFragment
  ) | null };

export type ProjectUpdatedSubscriptionVariables = Exact<{
  projectId: string | number;
}>;


export type ProjectUpdatedSubscription = { projectUpdated: { type: string, update: ProjectUpdateEntryFragment | null } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, displayName: string, email: string, role: AccountRole, organization: { id: string, name: string, kind: OrganizationKind, country: string | null } } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { expiresAt: string, viewer: { id: string } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { signedOut: boolean } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PageCursorFragmentDoc = new TypedDocumentString(`
    fragment PageCursor on PageInfo {
  endCursor
  hasNextPage
}
    `, {"fragmentName":"PageCursor"}) as unknown as TypedDocumentString<PageCursorFragment, unknown>;
export const FollowStateFragmentDoc = new TypedDocumentString(`
    fragment FollowState on FollowPayload {
  following
  subjectId
}
    `, {"fragmentName":"FollowState"}) as unknown as TypedDocumentString<FollowStateFragment, unknown>;
export const FeedEntryFragmentDoc = new TypedDocumentString(`
    fragment FeedEntry on FeedItem {
  id
  type
  text
  occurredAt
  read
  subjectId
  subjectKind
  subjectTitle
}
    `, {"fragmentName":"FeedEntry"}) as unknown as TypedDocumentString<FeedEntryFragment, unknown>;
export const OrganizationNameFragmentDoc = new TypedDocumentString(`
    fragment OrganizationName on Organization {
  id
  name
}
    `, {"fragmentName":"OrganizationName"}) as unknown as TypedDocumentString<OrganizationNameFragment, unknown>;
export const CallSummaryFragmentDoc = new TypedDocumentString(`
    fragment CallSummary on CallForAction {
  id
  title
  kind
  status
  countries
  deadline
  posters {
    organizationId
    organization {
      ...OrganizationName
    }
  }
}
    fragment OrganizationName on Organization {
  id
  name
}`, {"fragmentName":"CallSummary"}) as unknown as TypedDocumentString<CallSummaryFragment, unknown>;
export const CallRevisionFragmentDoc = new TypedDocumentString(`
    fragment CallRevision on CallForActionPayload {
  revision
  callForAction {
    id
  }
}
    `, {"fragmentName":"CallRevision"}) as unknown as TypedDocumentString<CallRevisionFragment, unknown>;
export const PracticeSummaryFragmentDoc = new TypedDocumentString(`
    fragment PracticeSummary on Practice {
  id
  title
  summary
  status
  countries
  language
  publishedAt
  ownerOrganizationId
  owner {
    ...OrganizationName
  }
}
    fragment OrganizationName on Organization {
  id
  name
}`, {"fragmentName":"PracticeSummary"}) as unknown as TypedDocumentString<PracticeSummaryFragment, unknown>;
export const PracticeTextFragmentDoc = new TypedDocumentString(`
    fragment PracticeText on Practice {
  title
  summary
  body
  results {
    indicator
    value
  }
}
    `, {"fragmentName":"PracticeText"}) as unknown as TypedDocumentString<PracticeTextFragment, unknown>;
export const WorklistItemFragmentDoc = new TypedDocumentString(`
    fragment WorklistItem on Practice {
  id
  title
  status
  ownerOrganizationId
  owner {
    ...OrganizationName
  }
  changesRequested
  hasPendingRevision
  updatedAt
}
    fragment OrganizationName on Organization {
  id
  name
}`, {"fragmentName":"WorklistItem"}) as unknown as TypedDocumentString<WorklistItemFragment, unknown>;
export const PracticeRevisionFragmentDoc = new TypedDocumentString(`
    fragment PracticeRevision on PracticePayload {
  revision
  practice {
    id
    status
  }
}
    `, {"fragmentName":"PracticeRevision"}) as unknown as TypedDocumentString<PracticeRevisionFragment, unknown>;
export const FacetEntryFragmentDoc = new TypedDocumentString(`
    fragment FacetEntry on FacetCount {
  value
  label
  count
}
    `, {"fragmentName":"FacetEntry"}) as unknown as TypedDocumentString<FacetEntryFragment, unknown>;
export const ProjectSummaryFragmentDoc = new TypedDocumentString(`
    fragment ProjectSummary on PartnershipProject {
  id
  title
  summary
  status
  countries
  inactive
  leadOrganizationId
  partners {
    organizationId
    role
    organization {
      ...OrganizationName
    }
  }
}
    fragment OrganizationName on Organization {
  id
  name
}`, {"fragmentName":"ProjectSummary"}) as unknown as TypedDocumentString<ProjectSummaryFragment, unknown>;
export const ProjectUpdateEntryFragmentDoc = new TypedDocumentString(`
    fragment ProjectUpdateEntry on ProjectUpdate {
  id
  text
  postedAt
  videoUrl
  organizationId
  metrics {
    indicator
    value
  }
}
    `, {"fragmentName":"ProjectUpdateEntry"}) as unknown as TypedDocumentString<ProjectUpdateEntryFragment, unknown>;
export const FollowedDocument = new TypedDocumentString(`
    query Followed {
  followedSubjects
}
    `) as unknown as TypedDocumentString<FollowedQuery, FollowedQueryVariables>;
export const FollowDocument = new TypedDocumentString(`
    mutation Follow($input: FollowInput!) {
  follow(input: $input) {
    ...FollowState
  }
}
    fragment FollowState on FollowPayload {
  following
  subjectId
}`) as unknown as TypedDocumentString<FollowMutation, FollowMutationVariables>;
export const UnfollowDocument = new TypedDocumentString(`
    mutation Unfollow($input: UnfollowInput!) {
  unfollow(input: $input) {
    ...FollowState
  }
}
    fragment FollowState on FollowPayload {
  following
  subjectId
}`) as unknown as TypedDocumentString<UnfollowMutation, UnfollowMutationVariables>;
export const FeedDocument = new TypedDocumentString(`
    query Feed($first: Int) {
  feed(first: $first) {
    totalCount
    unreadCount
    edges {
      node {
        ...FeedEntry
      }
    }
  }
}
    fragment FeedEntry on FeedItem {
  id
  type
  text
  occurredAt
  read
  subjectId
  subjectKind
  subjectTitle
}`) as unknown as TypedDocumentString<FeedQuery, FeedQueryVariables>;
export const LiveFeedDocument = new TypedDocumentString(`
    subscription LiveFeed {
  feed {
    ...FeedEntry
  }
}
    fragment FeedEntry on FeedItem {
  id
  type
  text
  occurredAt
  read
  subjectId
  subjectKind
  subjectTitle
}`) as unknown as TypedDocumentString<LiveFeedSubscription, LiveFeedSubscriptionVariables>;
export const NotificationPreferenceDocument = new TypedDocumentString(`
    query NotificationPreference {
  notificationPreference
}
    `) as unknown as TypedDocumentString<NotificationPreferenceQuery, NotificationPreferenceQueryVariables>;
export const SetNotificationPreferenceDocument = new TypedDocumentString(`
    mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
  setNotificationPreference(input: $input) {
    frequency
  }
}
    `) as unknown as TypedDocumentString<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const PlatformStatsDocument = new TypedDocumentString(`
    query PlatformStats {
  platformStats {
    practicesPublished
    statesSharingPractices
    callsForAction
    activeProjects
    callsConvertedToProjects
    updatesLast30Days
  }
}
    `) as unknown as TypedDocumentString<PlatformStatsQuery, PlatformStatsQueryVariables>;
export const CallsDocument = new TypedDocumentString(`
    query Calls($filter: CallsForActionFilter, $first: Int) {
  callsForAction(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        ...CallSummary
      }
    }
  }
}
    fragment OrganizationName on Organization {
  id
  name
}
fragment CallSummary on CallForAction {
  id
  title
  kind
  status
  countries
  deadline
  posters {
    organizationId
    organization {
      ...OrganizationName
    }
  }
}`) as unknown as TypedDocumentString<CallsQuery, CallsQueryVariables>;
export const CallDocument = new TypedDocumentString(`
    query Call($id: ID!) {
  callForAction(id: $id) {
    ...CallSummary
    description
    revision
    postedAt
    projectId
    responses {
      organizationId
      organization {
        ...OrganizationName
      }
      offerKind
      message
      respondedAt
      status
    }
  }
}
    fragment OrganizationName on Organization {
  id
  name
}
fragment CallSummary on CallForAction {
  id
  title
  kind
  status
  countries
  deadline
  posters {
    organizationId
    organization {
      ...OrganizationName
    }
  }
}`) as unknown as TypedDocumentString<CallQuery, CallQueryVariables>;
export const PostCallDocument = new TypedDocumentString(`
    mutation PostCall($input: PostCallForActionInput!) {
  postCallForAction(input: $input) {
    ...CallRevision
  }
}
    fragment CallRevision on CallForActionPayload {
  revision
  callForAction {
    id
  }
}`) as unknown as TypedDocumentString<PostCallMutation, PostCallMutationVariables>;
export const RespondToCallDocument = new TypedDocumentString(`
    mutation RespondToCall($input: RespondToCallForActionInput!) {
  respondToCallForAction(input: $input) {
    ...CallRevision
  }
}
    fragment CallRevision on CallForActionPayload {
  revision
  callForAction {
    id
  }
}`) as unknown as TypedDocumentString<RespondToCallMutation, RespondToCallMutationVariables>;
export const OrganizationsDocument = new TypedDocumentString(`
    query Organizations($first: Int) {
  organizations(first: $first) {
    totalCount
    edges {
      node {
        id
        name
        kind
        country
        active
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    organization {
      ...OrganizationName
    }
  }
}
    fragment OrganizationName on Organization {
  id
  name
}`) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const InviteAccountDocument = new TypedDocumentString(`
    mutation InviteAccount($input: InviteAccountInput!) {
  inviteAccount(input: $input) {
    account {
      id
      email
    }
    invitationExpiresAt
  }
}
    `) as unknown as TypedDocumentString<InviteAccountMutation, InviteAccountMutationVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    passwordReset
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    accepted
  }
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const PracticesDocument = new TypedDocumentString(`
    query Practices($search: String, $filter: PracticeFilter, $first: Int, $after: String, $orderBy: PracticeOrder) {
  practices(
    search: $search
    filter: $filter
    first: $first
    after: $after
    orderBy: $orderBy
  ) {
    totalCount
    facets {
      theme {
        ...FacetEntry
      }
      country {
        ...FacetEntry
      }
      region {
        ...FacetEntry
      }
      implementationStatus {
        ...FacetEntry
      }
    }
    edges {
      cursor
      node {
        ...PracticeSummary
      }
    }
    pageInfo {
      ...PageCursor
    }
  }
}
    fragment OrganizationName on Organization {
  id
  name
}
fragment PageCursor on PageInfo {
  endCursor
  hasNextPage
}
fragment PracticeSummary on Practice {
  id
  title
  summary
  status
  countries
  language
  publishedAt
  ownerOrganizationId
  owner {
    ...OrganizationName
  }
}
fragment FacetEntry on FacetCount {
  value
  label
  count
}`) as unknown as TypedDocumentString<PracticesQuery, PracticesQueryVariables>;
export const PracticeDocument = new TypedDocumentString(`
    query Practice($id: ID!, $asOf: DateTime) {
  practice(id: $id, asOf: $asOf) {
    ...PracticeSummary
    ...PracticeText
    revision
    bodyHtml
    themes {
      id
      label
    }
    themeIds
    implementingPartnerIds
    period {
      start
      end
    }
    implementationStatus
    resources {
      title
      url
      kind
    }
    translations {
      language
      title
      summary
      body
    }
    changesRequested
    hasPendingRevision
    interestCount
    updatedAt
  }
}
    fragment OrganizationName on Organization {
  id
  name
}
fragment PracticeSummary on Practice {
  id
  title
  summary
  status
  countries
  language
  publishedAt
  ownerOrganizationId
  owner {
    ...OrganizationName
  }
}
fragment PracticeText on Practice {
  title
  summary
  body
  results {
    indicator
    value
  }
}`) as unknown as TypedDocumentString<PracticeQuery, PracticeQueryVariables>;
export const PracticeAsOfDocument = new TypedDocumentString(`
    query PracticeAsOf($id: ID!, $asOf: DateTime) {
  practice(id: $id, asOf: $asOf) {
    revision
    ...PracticeText
  }
}
    fragment PracticeText on Practice {
  title
  summary
  body
  results {
    indicator
    value
  }
}`) as unknown as TypedDocumentString<PracticeAsOfQuery, PracticeAsOfQueryVariables>;
export const PracticeHistoryDocument = new TypedDocumentString(`
    query PracticeHistory($id: ID!) {
  history(id: $id) {
    type
    revision
    occurredAt
    reason
    actor {
      organizationId
    }
  }
}
    `) as unknown as TypedDocumentString<PracticeHistoryQuery, PracticeHistoryQueryVariables>;
export const ThemesDocument = new TypedDocumentString(`
    query Themes {
  themes {
    id
    kind
    label
  }
}
    `) as unknown as TypedDocumentString<ThemesQuery, ThemesQueryVariables>;
export const PartnerNamesDocument = new TypedDocumentString(`
    query PartnerNames {
  organizations(first: 100) {
    edges {
      node {
        ...OrganizationName
      }
    }
  }
}
    fragment OrganizationName on Organization {
  id
  name
}`) as unknown as TypedDocumentString<PartnerNamesQuery, PartnerNamesQueryVariables>;
export const DraftPracticeDocument = new TypedDocumentString(`
    mutation DraftPractice($input: DraftPracticeInput!) {
  draftPractice(input: $input) {
    ...PracticeRevision
  }
}
    fragment PracticeRevision on PracticePayload {
  revision
  practice {
    id
    status
  }
}`) as unknown as TypedDocumentString<DraftPracticeMutation, DraftPracticeMutationVariables>;
export const RevisePracticeDocument = new TypedDocumentString(`
    mutation RevisePractice($input: RevisePracticeInput!) {
  revisePractice(input: $input) {
    ...PracticeRevision
  }
}
    fragment PracticeRevision on PracticePayload {
  revision
  practice {
    id
    status
  }
}`) as unknown as TypedDocumentString<RevisePracticeMutation, RevisePracticeMutationVariables>;
export const SubmitPracticeDocument = new TypedDocumentString(`
    mutation SubmitPractice($input: SubmitPracticeInput!) {
  submitPractice(input: $input) {
    ...PracticeRevision
  }
}
    fragment PracticeRevision on PracticePayload {
  revision
  practice {
    id
    status
  }
}`) as unknown as TypedDocumentString<SubmitPracticeMutation, SubmitPracticeMutationVariables>;
export const PublishPracticeDocument = new TypedDocumentString(`
    mutation PublishPractice($input: PublishPracticeInput!) {
  publishPractice(input: $input) {
    ...PracticeRevision
  }
}
    fragment PracticeRevision on PracticePayload {
  revision
  practice {
    id
    status
  }
}`) as unknown as TypedDocumentString<PublishPracticeMutation, PublishPracticeMutationVariables>;
export const RequestPracticeChangesDocument = new TypedDocumentString(`
    mutation RequestPracticeChanges($input: RequestPracticeChangesInput!) {
  requestPracticeChanges(input: $input) {
    ...PracticeRevision
  }
}
    fragment PracticeRevision on PracticePayload {
  revision
  practice {
    id
    status
  }
}`) as unknown as TypedDocumentString<RequestPracticeChangesMutation, RequestPracticeChangesMutationVariables>;
export const ExpressInterestDocument = new TypedDocumentString(`
    mutation ExpressInterest($input: ExpressInterestInPracticeInput!) {
  expressInterestInPractice(input: $input) {
    revision
    practice {
      id
      interestCount
    }
  }
}
    `) as unknown as TypedDocumentString<ExpressInterestMutation, ExpressInterestMutationVariables>;
export const PracticeWorklistDocument = new TypedDocumentString(`
    query PracticeWorklist($statuses: [PracticeStatus!], $first: Int, $after: String) {
  practiceWorklist(statuses: $statuses, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        ...WorklistItem
      }
    }
    pageInfo {
      ...PageCursor
    }
  }
}
    fragment OrganizationName on Organization {
  id
  name
}
fragment PageCursor on PageInfo {
  endCursor
  hasNextPage
}
fragment WorklistItem on Practice {
  id
  title
  status
  ownerOrganizationId
  owner {
    ...OrganizationName
  }
  changesRequested
  hasPendingRevision
  updatedAt
}`) as unknown as TypedDocumentString<PracticeWorklistQuery, PracticeWorklistQueryVariables>;
export const ProjectsDocument = new TypedDocumentString(`
    query Projects($filter: PartnershipProjectsFilter, $first: Int) {
  partnershipProjects(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        ...ProjectSummary
      }
    }
  }
}
    fragment OrganizationName on Organization {
  id
  name
}
fragment ProjectSummary on PartnershipProject {
  id
  title
  summary
  status
  countries
  inactive
  leadOrganizationId
  partners {
    organizationId
    role
    organization {
      ...OrganizationName
    }
  }
}`) as unknown as TypedDocumentString<ProjectsQuery, ProjectsQueryVariables>;
export const ProjectDocument = new TypedDocumentString(`
    query Project($id: ID!) {
  partnershipProject(id: $id) {
    ...ProjectSummary
    objectives
    startsOn
    endsOn
    revision
    fromCallId
    milestones {
      id
      title
      plannedOn
      reachedOn
    }
    updates {
      ...ProjectUpdateEntry
    }
  }
}
    fragment OrganizationName on Organization {
  id
  name
}
fragment ProjectSummary on PartnershipProject {
  id
  title
  summary
  status
  countries
  inactive
  leadOrganizationId
  partners {
    organizationId
    role
    organization {
      ...OrganizationName
    }
  }
}
fragment ProjectUpdateEntry on ProjectUpdate {
  id
  text
  postedAt
  videoUrl
  organizationId
  metrics {
    indicator
    value
  }
}`) as unknown as TypedDocumentString<ProjectQuery, ProjectQueryVariables>;
export const ProjectUpdatedDocument = new TypedDocumentString(`
    subscription ProjectUpdated($projectId: ID!) {
  projectUpdated(projectId: $projectId) {
    type
    update {
      ...ProjectUpdateEntry
    }
  }
}
    fragment ProjectUpdateEntry on ProjectUpdate {
  id
  text
  postedAt
  videoUrl
  organizationId
  metrics {
    indicator
    value
  }
}`) as unknown as TypedDocumentString<ProjectUpdatedSubscription, ProjectUpdatedSubscriptionVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    displayName
    email
    role
    organization {
      id
      name
      kind
      country
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    expiresAt
    viewer {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut {
    signedOut
  }
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;