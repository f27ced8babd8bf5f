import { randomUUID } from 'node:crypto';
import { demoOrganizationId } from '@pfp/identity';
import { draft, mexicoDraft, mutate as practiceMutation } from '@pfp/practices/testing';
import type { TestApi } from './harness';
import type { Row, TableActor, TableActors } from './table';
import { mutate, mutateRaw } from '../partnerships/partnership-api';

const A = 'allowed' as const;
const D = 'denied' as const;
const SIGNED_IN = { visitor: D, state: A, partner: A, supportUnit: A };
/** The table's state member wrote the comment the row acts on. */
const AUTHOR_ONLY = { visitor: D, state: A, partner: D, supportUnit: D };
/** Anyone signed in but the author's organisation (it cannot report its own). */
const NOT_THE_AUTHOR = { visitor: D, state: D, partner: A, supportUnit: A };
const SUPPORT_UNIT_ONLY = { visitor: D, state: D, partner: D, supportUnit: A };
/** The partner started it with the state: those two organisations only. */
const PARTICIPANTS = { visitor: D, state: A, partner: A, supportUnit: D };

/** What the discussion rows write: events of discussions, conversations and moderation cases, and the follows of their authors. */
export const DISCUSSION_WRITE_COUNTERS = [`SELECT count(*) FROM es_events WHERE stream_name ~ '^(discussion|conversation|moderation|follows)-'`];

const practices = new WeakMap<TestApi, Promise<string>>();

/** One practice of the table's state, published, for every row (made once per API). */
function publishedPractice(api: TestApi, actors: TableActors): Promise<string> {
  let id = practices.get(api);
  if (!id) {
    id = (async () => {
      const practiceId = (await draft(api, actors.state.token, { ...mexicoDraft, title: 'Discussed in the table' })).practice.id as string;
      await practiceMutation(api, actors.state.token, 'submitPractice', 'SubmitPracticeInput', { id: practiceId });
      await practiceMutation(api, actors.supportUnit.token, 'publishPractice', 'PublishPracticeInput', { id: practiceId });
      return practiceId;
    })();
    practices.set(api, id);
  }
  return id;
}

const text = () => `Table comment ${randomUUID()}`;

/**
 * A comment on the practice by `author` (the state member, or the Support Unit for the rows of
 * its own decisions); reported by the partner, or hidden by the Support Unit, as asked. The
 * comment guards count every comment of an account in the last hour: a row makes a fresh
 * comment only for the actor allowed to change it, and the denied share one.
 */
async function comment(
  api: TestApi,
  actors: TableActors,
  author: 'state' | 'supportUnit',
  then: 'reported' | 'hidden' | null,
): Promise<{ commentId: string; practiceId: string }> {
  const practiceId = await publishedPractice(api, actors);
  const posted = await mutate<{ comment: { id: string } }>(
    api,
    actors[author].token,
    'postComment',
    'PostCommentInput',
    { subjectId: practiceId, body: text() },
    'comment { id }',
  );
  const commentId = posted.comment.id;
  if (then === 'reported')
    await mutate(api, actors.partner.token, 'reportContent', 'ModerationReasonInput', { contentId: commentId, reason: 'Off topic' }, 'revision');
  if (then === 'hidden')
    await mutate(api, actors.supportUnit.token, 'hideContent', 'ModerationReasonInput', { contentId: commentId, reason: 'Off topic' }, 'revision');
  return { commentId, practiceId };
}

const shared = new WeakMap<TestApi, Map<string, Promise<{ commentId: string; practiceId: string }>>>();

/** The prepare of a row on a comment: fresh for an allowed actor, the row's shared one for the denied. */
const commentFor =
  (key: string, expected: Row['expected'], author: 'state' | 'supportUnit', then: 'reported' | 'hidden' | null = null) =>
  (api: TestApi, actors: TableActors, actor: TableActor): Promise<Prepared> => {
    if (expected[actor.kind] === 'allowed') return comment(api, actors, author, then);
    const byRow = shared.get(api) ?? new Map<string, Promise<{ commentId: string; practiceId: string }>>();
    shared.set(api, byRow);
    if (!byRow.has(key)) byRow.set(key, comment(api, actors, author, then));
    return byRow.get(key)!;
  };

type Prepared = { commentId: string; practiceId: string; conversationId?: string; withOrganizationId?: string };

const row = (
  mutation: string,
  inputType: string,
  expected: Row['expected'],
  prepare: (api: TestApi, actors: TableActors, actor: TableActor) => Promise<Prepared>,
  input: (p: Prepared) => Record<string, unknown>,
): Row<Prepared> => ({
  mutation,
  prepare,
  run: (api: TestApi, actor: TableActor, prepared: Prepared) => mutateRaw(api, actor.token, mutation, inputType, input(prepared), 'revision'),
  expected,
});

const practiceOnly = async (api: TestApi, actors: TableActors): Promise<Prepared> => ({ commentId: '', practiceId: await publishedPractice(api, actors) });

/** One row per discussion mutation, for table.ts. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of different prepared types share one table
export const discussionRows: Row<any>[] = [
  row('postComment', 'PostCommentInput', SIGNED_IN, practiceOnly, (p) => ({ subjectId: p.practiceId, body: text() })),
  row('editComment', 'EditCommentInput', AUTHOR_ONLY, commentFor('edit', AUTHOR_ONLY, 'state'), (p) => ({ commentId: p.commentId, body: text() })),
  row('deleteComment', 'DeleteCommentInput', AUTHOR_ONLY, commentFor('delete', AUTHOR_ONLY, 'state'), (p) => ({ commentId: p.commentId })),
  // the partner and the Support Unit report the same comment (one report per account)
  row('reportContent', 'ModerationReasonInput', NOT_THE_AUTHOR, commentFor('report', AUTHOR_ONLY, 'state'), (p) => ({
    contentId: p.commentId,
    reason: 'Spam',
  })),
  row('hideContent', 'ModerationReasonInput', SUPPORT_UNIT_ONLY, commentFor('hide', SUPPORT_UNIT_ONLY, 'state'), (p) => ({
    contentId: p.commentId,
    reason: 'Spam',
  })),
  row('restoreContent', 'RestoreContentInput', SUPPORT_UNIT_ONLY, commentFor('restore', SUPPORT_UNIT_ONLY, 'supportUnit', 'hidden'), (p) => ({
    contentId: p.commentId,
  })),
  row('dismissReport', 'DismissReportInput', SUPPORT_UNIT_ONLY, commentFor('dismiss', SUPPORT_UNIT_ONLY, 'supportUnit', 'reported'), (p) => ({
    contentId: p.commentId,
  })),
  // the others contact the owner (Mexico); the state's member is the owner, and answers ICMC
  row(
    'startConversation',
    'StartConversationInput',
    SIGNED_IN,
    async (api, actors, actor) => ({ ...(await practiceOnly(api, actors)), withOrganizationId: demoOrganizationId(actor.kind === 'state' ? 'icmc' : 'mx') }),
    (p) => ({ subjectId: p.practiceId, withOrganizationId: p.withOrganizationId, body: text() }),
  ),
  row(
    'sendMessage',
    'SendMessageInput',
    PARTICIPANTS,
    async (api, actors) => {
      const practiceId = await publishedPractice(api, actors);
      const started = await mutate<{ conversation: { id: string } }>(
        api,
        actors.partner.token,
        'startConversation',
        'StartConversationInput',
        { subjectId: practiceId, withOrganizationId: demoOrganizationId('mx'), body: text() },
        'conversation { id }',
      );
      return { commentId: '', practiceId, conversationId: started.conversation.id };
    },
    (p) => ({ conversationId: p.conversationId, body: text() }),
  ),
];
