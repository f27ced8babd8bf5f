/**
 * Operations on the contexts still landing in schema.graphql (practices, calls, projects), named
 * as in DESIGN.md. They are plain strings, not codegen documents, so the build does not fail
 * while the schema lacks them; a page whose query the server refuses says the part is not
 * available yet (ApiRequestError.unavailable). Move each into a typed `graphql()` document
 * once its API is in schema.graphql.
 */
import type { Document } from './api';

const doc = <TResult, TVariables = Record<string, unknown>>(text: string) => text as Document<TResult, TVariables>;

export interface Connection<T> {
  totalCount: number;
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}
export interface Facet {
  value: string;
  label?: string | null;
  count: number;
}
export interface PracticeSummary {
  id: string;
  title: string;
  summary: string;
  status: string;
  countries: string[];
  language: string;
  publishedAt: string | null;
  owner: { id: string; name: string } | null;
}
export interface Translation {
  language: string;
  title: string;
  summary: string;
  bodyHtml: string;
}
export interface PracticeDetails extends PracticeSummary {
  revision: number;
  body: string;
  bodyHtml: string;
  themes: Array<{ id: string; label: string }>;
  implementingPartners: Array<{ id: string; name: string }>;
  period: { start: string; end: string | null } | null;
  implementationStatus: string | null;
  results: Array<{ indicator: string; value: string }>;
  resources: Array<{ title: string; url: string; kind: string }>;
  translations: Translation[];
  changesRequestedReason: string | null;
  interestCount: number;
  viewerFollows: boolean | null;
}
export interface HistoryEntry {
  type: string;
  revision: number;
  occurredAt: string;
  actor: { displayName: string | null; organizationName: string | null } | null;
  data: string;
}

const PRACTICE_SUMMARY = `id title summary status countries language publishedAt owner { id name }`;

export const PracticesQuery = doc<
  { practices: Connection<PracticeSummary> & { facets: { themes: Facet[]; countries: Facet[]; implementationStatus: Facet[] } } },
  { search?: string; filter?: Record<string, unknown>; first?: number; after?: string | null }
>(`query Practices($search: String, $filter: PracticeFilter, $first: Int, $after: String) {
  practices(search: $search, filter: $filter, first: $first, after: $after) {
    totalCount
    facets { themes { value label count } countries { value count } implementationStatus { value count } }
    edges { cursor node { ${PRACTICE_SUMMARY} } }
    pageInfo { endCursor hasNextPage }
  }
}`);

export const LatestPracticesQuery = doc<{ practices: Connection<PracticeSummary> }, { first: number }>(`query LatestPractices($first: Int) {
  practices(first: $first) { totalCount edges { cursor node { ${PRACTICE_SUMMARY} } } pageInfo { endCursor hasNextPage } }
}`);

export const MyPracticesQuery = doc<{ practices: Connection<PracticeSummary & { changesRequestedReason: string | null }> }, { filter: Record<string, unknown> }>(`query MyPractices($filter: PracticeFilter) {
  practices(filter: $filter, first: 100) { totalCount edges { cursor node { ${PRACTICE_SUMMARY} changesRequestedReason } } pageInfo { endCursor hasNextPage } }
}`);

const PRACTICE_DETAILS = `${PRACTICE_SUMMARY} revision body bodyHtml themes { id label } implementingPartners { id name }
  period { start end } implementationStatus results { indicator value } resources { title url kind }
  translations { language title summary bodyHtml } changesRequestedReason interestCount viewerFollows`;

export const PracticeQuery = doc<{ practice: PracticeDetails | null }, { id: string }>(`query Practice($id: ID!) {
  practice(id: $id) { ${PRACTICE_DETAILS} }
}`);

export const HistoryQuery = doc<{ history: HistoryEntry[] }, { id: string }>(`query History($id: ID!) {
  history(id: $id) { type revision occurredAt actor { displayName organizationName } data }
}`);

export const ThemesQuery = doc<{ themes: Array<{ id: string; label: string }> }>(`query Themes { themes { id label } }`);

const PRACTICE_PAYLOAD = `practice { id status revision } revision`;
export type PracticePayload = { practice: { id: string; status: string; revision: number }; revision: number };

export const DraftPractice = doc<{ draftPractice: PracticePayload }, { input: Record<string, unknown> }>(`mutation DraftPractice($input: DraftPracticeInput!) {
  draftPractice(input: $input) { ${PRACTICE_PAYLOAD} }
}`);
export const RevisePractice = doc<{ revisePractice: PracticePayload }, { input: Record<string, unknown> }>(`mutation RevisePractice($input: RevisePracticeInput!) {
  revisePractice(input: $input) { ${PRACTICE_PAYLOAD} }
}`);
export const SubmitPractice = doc<{ submitPractice: PracticePayload }, { input: Record<string, unknown> }>(`mutation SubmitPractice($input: SubmitPracticeInput!) {
  submitPractice(input: $input) { ${PRACTICE_PAYLOAD} }
}`);
export const PublishPractice = doc<{ publishPractice: PracticePayload }, { input: Record<string, unknown> }>(`mutation PublishPractice($input: PublishPracticeInput!) {
  publishPractice(input: $input) { ${PRACTICE_PAYLOAD} }
}`);
export const RequestPracticeChanges = doc<{ requestPracticeChanges: PracticePayload }, { input: Record<string, unknown> }>(`mutation RequestPracticeChanges($input: RequestPracticeChangesInput!) {
  requestPracticeChanges(input: $input) { ${PRACTICE_PAYLOAD} }
}`);
export const ExpressInterest = doc<{ expressInterestInPractice: PracticePayload }, { input: Record<string, unknown> }>(`mutation ExpressInterest($input: ExpressInterestInPracticeInput!) {
  expressInterestInPractice(input: $input) { ${PRACTICE_PAYLOAD} }
}`);

export const Follow = doc<{ follow: { following: boolean } }, { input: { targetId: string } }>(`mutation Follow($input: FollowInput!) { follow(input: $input) { following } }`);
export const Unfollow = doc<{ unfollow: { following: boolean } }, { input: { targetId: string } }>(`mutation Unfollow($input: UnfollowInput!) { unfollow(input: $input) { following } }`);

export interface CallSummary {
  id: string;
  title: string;
  kind: string;
  status: string;
  countries: string[];
  deadline: string | null;
  postedBy: Array<{ id: string; name: string }>;
}
export interface CallDetails extends CallSummary {
  revision: number;
  description: string;
  responses: Array<{ id: string; organization: { id: string; name: string }; offerKind: string; message: string; respondedAt: string }>;
  project: { id: string; title: string } | null;
}
const CALL_SUMMARY = `id title kind status countries deadline postedBy { id name }`;

export const CallsQuery = doc<{ callsForAction: Connection<CallSummary> }, { filter?: Record<string, unknown>; first?: number }>(`query Calls($filter: CallForActionFilter, $first: Int) {
  callsForAction(filter: $filter, first: $first) { totalCount edges { cursor node { ${CALL_SUMMARY} } } pageInfo { endCursor hasNextPage } }
}`);
export const CallQuery = doc<{ callForAction: CallDetails | null }, { id: string }>(`query Call($id: ID!) {
  callForAction(id: $id) { ${CALL_SUMMARY} revision description responses { id organization { id name } offerKind message respondedAt } project { id title } }
}`);
export const PostCall = doc<{ postCallForAction: { callForAction: { id: string } } }, { input: Record<string, unknown> }>(`mutation PostCall($input: PostCallForActionInput!) {
  postCallForAction(input: $input) { callForAction { id } revision }
}`);
export const RespondToCall = doc<{ respondToCallForAction: { callForAction: { id: string } } }, { input: Record<string, unknown> }>(`mutation Respond($input: RespondToCallForActionInput!) {
  respondToCallForAction(input: $input) { callForAction { id } revision }
}`);

export interface ProjectSummary {
  id: string;
  title: string;
  status: string;
  countries: string[];
  lead: { id: string; name: string } | null;
}
export interface ProjectUpdate {
  id: string;
  text: string;
  postedAt: string;
  videoUrl: string | null;
  author: { name: string } | null;
}
export interface ProjectDetails extends ProjectSummary {
  revision: number;
  objectives: string;
  partners: Array<{ organization: { id: string; name: string }; role: string }>;
  milestones: Array<{ id: string; title: string; plannedOn: string | null; reachedOn: string | null }>;
  updates: ProjectUpdate[];
  viewerFollows: boolean | null;
}
const PROJECT_SUMMARY = `id title status countries lead { id name }`;
const PROJECT_UPDATE = `id text postedAt videoUrl author { name }`;

export const ProjectsQuery = doc<{ partnershipProjects: Connection<ProjectSummary> }, { filter?: Record<string, unknown>; first?: number }>(`query Projects($filter: PartnershipProjectFilter, $first: Int) {
  partnershipProjects(filter: $filter, first: $first) { totalCount edges { cursor node { ${PROJECT_SUMMARY} } } pageInfo { endCursor hasNextPage } }
}`);
export const ProjectQuery = doc<{ partnershipProject: ProjectDetails | null }, { id: string }>(`query Project($id: ID!) {
  partnershipProject(id: $id) { ${PROJECT_SUMMARY} revision objectives partners { organization { id name } role }
    milestones { id title plannedOn reachedOn } updates { ${PROJECT_UPDATE} } viewerFollows }
}`);
export const ProjectUpdatedSubscription = `subscription ProjectUpdated($projectId: ID!) { projectUpdated(projectId: $projectId) { ${PROJECT_UPDATE} } }`;

export interface PlatformStats {
  publishedPractices: number;
  sharingStates: number;
  openCallsForAction: number;
  activeProjects: number;
}
export const PlatformStatsQuery = doc<{ platformStats: PlatformStats }>(`query PlatformStats {
  platformStats { publishedPractices sharingStates openCallsForAction activeProjects }
}`);

export interface FeedItem {
  id: string;
  kind: string;
  title: string;
  occurredAt: string;
  targetId: string;
}
export const FeedQuery = doc<{ feed: Connection<FeedItem> }, { first: number }>(`query Feed($first: Int) {
  feed(first: $first) { totalCount edges { cursor node { id kind title occurredAt targetId } } pageInfo { endCursor hasNextPage } }
}`);
