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
