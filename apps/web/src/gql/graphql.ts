/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An account's role in its organisation. */
export type AccountRole =
  | 'ADMIN'
  | 'MEMBER';

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

export type OrganizationKind =
  | 'ACADEMIA'
  | 'CIVIL_SOCIETY'
  | 'INTERNATIONAL_ORGANIZATION'
  | 'PRIVATE_SECTOR'
  | 'STATE'
  | 'SUPPORT_UNIT';

export type PeriodInput = {
  end?: string | null | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  start: string;
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

export type PublishPracticeInput = {
  /** The revision you last saw; another one is a CONFLICT. */
  expectedRevision?: number | null | undefined;
  id: string | number;
};

export type RequestPracticeChangesInput = {
  /** The revision you last saw; another one is a CONFLICT. */
  expectedRevision?: number | null | undefined;
  id: string | number;
  /** What needs to change; required. */
  reason: string;
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

export type OrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: OrganizationKind, country: string | null, active: boolean, createdAt: string } }> } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { organization: { id: string, name: string } } };

export type InviteAccountMutationVariables = Exact<{
  input: InviteAccountInput;
}>;


export type InviteAccountMutation = { inviteAccount: { invitationExpiresAt: string, account: { id: string, email: string } } };

export type PracticesQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: PracticeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: PracticeOrder | null | undefined;
}>;


export type PracticesQuery = { practices: { totalCount: number, facets: { theme: Array<{ value: string, label: string | null, count: number }>, country: Array<{ value: string, label: string | null, count: number }>, region: Array<{ value: string, label: string | null, count: number }>, implementationStatus: Array<{ value: string, label: string | null, count: number }> }, edges: Array<{ cursor: string, node: { id: string, title: string, summary: string, status: PracticeStatus, countries: Array<string>, language: Language, publishedAt: string | null, ownerOrganizationId: string, owner: { id: string, name: string } | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PracticeQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type PracticeQuery = { practice: { id: string, title: string, summary: string, status: PracticeStatus, countries: Array<string>, language: Language, publishedAt: string | null, ownerOrganizationId: string, revision: number, body: string, bodyHtml: string, themeIds: Array<string>, implementingPartnerIds: Array<string>, implementationStatus: ImplementationStatus | null, changesRequested: string | null, hasPendingRevision: boolean, interestCount: number, updatedAt: string, owner: { id: string, name: string } | null, themes: Array<{ id: string, label: string }>, period: { start: string, end: string | null } | null, results: Array<{ indicator: string, value: string }>, resources: Array<{ title: string, url: string, kind: ResourceKind }>, translations: Array<{ language: Language, title: string, summary: string, body: string }> } | null };

export type PracticeAsOfQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type PracticeAsOfQuery = { practice: { revision: number, title: string, summary: string, body: string } | null };

export type PracticeHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type PracticeHistoryQuery = { history: Array<{ type: string, revision: number, occurredAt: string, reason: string | null, actor: { organizationId: string } | null }> };

export type ThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemesQuery = { themes: Array<{ id: string, kind: ThemeKind, label: string }> };

export type PartnerNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerNamesQuery = { organizations: { edges: Array<{ node: { id: string, name: string } }> } };

export type DraftPracticeMutationVariables = Exact<{
  input: DraftPracticeInput;
}>;


export type DraftPracticeMutation = { draftPractice: { revision: number, practice: { id: string, status: PracticeStatus } } };

export type RevisePracticeMutationVariables = Exact<{
  input: RevisePracticeInput;
}>;


export type RevisePracticeMutation = { revisePractice: { revision: number, practice: { id: string, status: PracticeStatus } } };

export type SubmitPracticeMutationVariables = Exact<{
  input: SubmitPracticeInput;
}>;


export type SubmitPracticeMutation = { submitPractice: { revision: number, practice: { id: string, status: PracticeStatus } } };

export type PublishPracticeMutationVariables = Exact<{
  input: PublishPracticeInput;
}>;


export type PublishPracticeMutation = { publishPractice: { revision: number, practice: { id: string, status: PracticeStatus } } };

export type RequestPracticeChangesMutationVariables = Exact<{
  input: RequestPracticeChangesInput;
}>;


export type RequestPracticeChangesMutation = { requestPracticeChanges: { revision: number, practice: { id: string, status: PracticeStatus } } };

export type ExpressInterestMutationVariables = Exact<{
  input: ExpressInterestInPracticeInput;
}>;


export type ExpressInterestMutation = { expressInterestInPractice: { revision: number, practice: { id: string, interestCount: number } } };

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
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
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
        value
        label
        count
      }
      country {
        value
        label
        count
      }
      region {
        value
        label
        count
      }
      implementationStatus {
        value
        label
        count
      }
    }
    edges {
      cursor
      node {
        id
        title
        summary
        status
        countries
        language
        publishedAt
        ownerOrganizationId
        owner {
          id
          name
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<PracticesQuery, PracticesQueryVariables>;
export const PracticeDocument = new TypedDocumentString(`
    query Practice($id: ID!, $asOf: DateTime) {
  practice(id: $id, asOf: $asOf) {
    id
    title
    summary
    status
    countries
    language
    publishedAt
    ownerOrganizationId
    owner {
      id
      name
    }
    revision
    body
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
    results {
      indicator
      value
    }
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
    `) as unknown as TypedDocumentString<PracticeQuery, PracticeQueryVariables>;
export const PracticeAsOfDocument = new TypedDocumentString(`
    query PracticeAsOf($id: ID!, $asOf: DateTime) {
  practice(id: $id, asOf: $asOf) {
    revision
    title
    summary
    body
  }
}
    `) as unknown as TypedDocumentString<PracticeAsOfQuery, PracticeAsOfQueryVariables>;
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
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerNamesQuery, PartnerNamesQueryVariables>;
export const DraftPracticeDocument = new TypedDocumentString(`
    mutation DraftPractice($input: DraftPracticeInput!) {
  draftPractice(input: $input) {
    revision
    practice {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<DraftPracticeMutation, DraftPracticeMutationVariables>;
export const RevisePracticeDocument = new TypedDocumentString(`
    mutation RevisePractice($input: RevisePracticeInput!) {
  revisePractice(input: $input) {
    revision
    practice {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RevisePracticeMutation, RevisePracticeMutationVariables>;
export const SubmitPracticeDocument = new TypedDocumentString(`
    mutation SubmitPractice($input: SubmitPracticeInput!) {
  submitPractice(input: $input) {
    revision
    practice {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitPracticeMutation, SubmitPracticeMutationVariables>;
export const PublishPracticeDocument = new TypedDocumentString(`
    mutation PublishPractice($input: PublishPracticeInput!) {
  publishPractice(input: $input) {
    revision
    practice {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PublishPracticeMutation, PublishPracticeMutationVariables>;
export const RequestPracticeChangesDocument = new TypedDocumentString(`
    mutation RequestPracticeChanges($input: RequestPracticeChangesInput!) {
  requestPracticeChanges(input: $input) {
    revision
    practice {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RequestPracticeChangesMutation, RequestPracticeChangesMutationVariables>;
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