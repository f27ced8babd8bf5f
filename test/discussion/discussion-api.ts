import type { GraphQLResult } from '@pfp/identity/testing';
import type { TestApi } from '../authorization/harness';

export const COMMENT_FIELDS = 'id subjectId parentId authorOrganizationId viewerIsAuthor body bodyHtml deleted hidden hiddenReason';

/** A mutation of the discussion context with its input; the raw result (errors included). */
export function discussionMutation(
  api: TestApi,
  token: string | null,
  mutation: string,
  inputType: string,
  input: Record<string, unknown>,
  selection: string,
): Promise<GraphQLResult> {
  return api.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} } }`, { input }, { token });
}

/** The same, answering its payload; throws with the errors. */
export async function discuss<T = Record<string, unknown>>(
  api: TestApi,
  token: string | null,
  mutation: string,
  inputType: string,
  input: Record<string, unknown>,
  selection: string,
): Promise<T> {
  const result = await discussionMutation(api, token, mutation, inputType, input, selection);
  if (!result.data?.[mutation]) throw new Error(`${mutation} failed: ${JSON.stringify(result.errors)}`);
  return result.data[mutation] as T;
}

export function postComment(
  api: TestApi,
  token: string | null,
  subjectId: string,
  body: string,
  parentId: string | null = null,
): Promise<{ comment: { id: string; bodyHtml: string } }> {
  return discuss(api, token, 'postComment', 'PostCommentInput', { subjectId, body, parentId }, `revision comment { ${COMMENT_FIELDS} }`);
}

export interface ListedComment {
  id: string;
  body: string;
  bodyHtml: string;
  hidden: boolean;
  hiddenReason: string | null;
  deleted: boolean;
  replies: ListedComment[];
}

export async function commentsOn(api: TestApi, token: string | null, subjectId: string): Promise<ListedComment[]> {
  const result = await api.gql<{ comments: { edges: Array<{ node: ListedComment }> } }>(
    `query($subjectId: ID!, $first: Int) { comments(subjectId: $subjectId, first: $first) { totalCount edges { node { ${COMMENT_FIELDS} replies { ${COMMENT_FIELDS} } } } } }`,
    { subjectId, first: 100 },
    { token },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.comments.edges.map((e) => ({ ...e.node, replies: e.node.replies ?? [] }));
}

export async function feedTexts(api: TestApi, token: string): Promise<Array<{ id: string; subjectId: string; type: string; text: string }>> {
  const result = await api.gql<{ feed: { edges: Array<{ node: { id: string; subjectId: string; type: string; text: string } }> } }>(
    `{ feed(first: 100) { edges { node { id subjectId type text } } } }`,
    {},
    { token },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.feed.edges.map((e) => e.node);
}

/** Polls `read` until `done` holds (projections are asynchronous), at most `ms`. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
