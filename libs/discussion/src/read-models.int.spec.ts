import { replayTwice } from '@pfp/event-sourcing/testing';
import { InMemoryEventStore } from '@pfp/event-store';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { DataSource } from 'typeorm';
import { discussionCommentsProjection, DISCUSSION_COMMENTS_TABLES, type DiscussionDocument } from './comments/comments.projection';
import { conversationsProjection, CONVERSATIONS_TABLES, type ConversationDocument } from './conversations/conversations.projection';
import { Discussion1764900000000 } from './migrations/1764900000000-discussion';
import { itemModerationProjection, ITEM_MODERATION_TABLES } from './moderation/item-moderation.projection';
import { hiddenContent } from './surface/hidden-content';

const at = '2011-03-01T10:00:00.000Z';
const practiceId = 'practice-00000000-0000-4000-8000-000000000001';
const discussionId = 'discussion-00000000-0000-4000-8000-000000000001';
const commentId = 'comment-00000000-0000-4000-8000-000000000002';
const replyId = 'comment-00000000-0000-4000-8000-000000000003';
const conversationId = 'conversation-00000000-0000-4000-8000-000000000004';
const messageId = 'message-00000000-0000-4000-8000-000000000005';
const moderated = 'moderation-00000000-0000-4000-8000-000000000001';
const author = { authorAccountId: 'account-icmc', authorOrganizationId: 'organization-icmc' };

describe('discussion read models (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const store = new InMemoryEventStore();

  beforeAll(async () => {
    db = await createTestDatabase('discussion_read_models');
    dataSource = await new DataSource({ type: 'postgres', url: db.url, migrations: [Discussion1764900000000] }).initialize();
    await dataSource.runMigrations();
    await store.appendToStream(discussionId, [
      { type: 'CommentPosted', data: { commentId, subjectId: practiceId, parentId: null, body: 'How many?', mentions: [], ...author, postedAt: at } },
      {
        type: 'CommentPosted',
        data: {
          commentId: replyId,
          subjectId: practiceId,
          parentId: commentId,
          body: '400',
          mentions: [],
          authorAccountId: 'account-mx',
          authorOrganizationId: 'organization-mx',
          postedAt: at,
        },
      },
      { type: 'CommentEdited', data: { commentId, body: 'How many officers?', mentions: [], editedAt: at } },
      {
        type: 'ContentReported',
        data: { contentId: commentId, reason: 'x', reporterAccountId: 'account-iom', reporterOrganizationId: 'organization-iom', reportedAt: at },
      },
      { type: 'ContentHidden', data: { contentId: commentId, reason: 'Abuse', hiddenBy: 'account-su', hiddenAt: at, reportsClosed: 1 } },
      { type: 'CommentDeleted', data: { commentId: replyId, deletedAt: at } },
    ]);
    await store.appendToStream(conversationId, [
      {
        type: 'ConversationStarted',
        data: { conversationId, subjectId: practiceId, starterOrganizationId: 'organization-icmc', withOrganizationId: 'organization-mx', startedAt: at },
      },
      { type: 'MessageSent', data: { messageId, body: 'Hello', senderAccountId: 'account-icmc', senderOrganizationId: 'organization-icmc', sentAt: at } },
      { type: 'ContentHidden', data: { contentId: messageId, reason: 'Spam', hiddenBy: 'account-su', hiddenAt: at, reportsClosed: 0 } },
    ]);
    await store.appendToStream(moderated, [
      { type: 'ItemUnderModeration', data: { itemId: practiceId, ownerOrganizationId: null } },
      { type: 'ContentHidden', data: { contentId: practiceId, reason: 'Not a practice', hiddenBy: 'account-su', hiddenAt: at, reportsClosed: 0 } },
    ]);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const streamEvents = async (prefix: string) => (await store.readAll()).filter((e) => e.streamName.startsWith(prefix));

  it('projects a discussion idempotently, keeping hidden and deleted comments for the resolvers to choose', async () => {
    const events = await streamEvents('discussion-');
    const { once, twice } = await replayTwice(dataSource, discussionCommentsProjection, events, DISCUSSION_COMMENTS_TABLES);
    expect(twice).toEqual(once);
    const [row] = await dataSource.query(`SELECT doc, hidden_ids, comment_ids FROM discussion_comments WHERE id = $1`, [discussionId]);
    const doc = row.doc as DiscussionDocument;
    expect(doc.comments.map((c) => [c.id, c.body, c.moderation.hidden?.reason ?? null, c.deletedAt])).toEqual([
      [commentId, 'How many officers?', 'Abuse', null],
      [replyId, '', null, at],
    ]);
    // the comment and the two events that carried its text
    expect(row.hidden_ids).toEqual([commentId, events[0].id, events[2].id]);
  });

  it('projects conversations and item moderation idempotently; the hidden-content source answers from them', async () => {
    const conversation = await replayTwice(dataSource, conversationsProjection, await streamEvents('conversation-'), CONVERSATIONS_TABLES);
    expect(conversation.twice).toEqual(conversation.once);
    const items = await replayTwice(dataSource, itemModerationProjection, await streamEvents('moderation-'), ITEM_MODERATION_TABLES);
    expect(items.twice).toEqual(items.once);
    const [row] = await dataSource.query(`SELECT doc FROM conversations WHERE id = $1`, [conversationId]);
    expect((row.doc as ConversationDocument).messages.map((m) => m.moderation.hidden?.reason)).toEqual(['Spam']);

    const source = hiddenContent(dataSource);
    const hidden = await source.hiddenAmong([commentId, replyId, messageId, practiceId, 'practice-other']);
    expect([...hidden].sort()).toEqual([commentId, messageId, practiceId].sort());
    expect(await source.hiddenOf('practice')).toEqual([practiceId]);
    expect(await source.hiddenOf('callForAction')).toEqual([]);
    expect(await source.hiddenOf('comment')).toEqual([commentId]);
  });

  it("keeps hiddenOf while this process's moderation read models stand still, for HIDDEN_OF_CACHE_MS at most, and asks again once they move", async () => {
    let at = 'before';
    const source = hiddenContent(dataSource, () => at);
    expect(await source.hiddenOf('practice')).toEqual([practiceId]);
    // restored behind the source's back; this process's projections said they moved: asked again at once
    await dataSource.query(`UPDATE item_moderation SET hidden = false WHERE item_id = $1`, [practiceId]);
    at = 'after the restore';
    expect(await source.hiddenOf('practice')).toEqual([]);
    // hidden again by another process (nothing moved here): seen once the kept answer is HIDDEN_OF_CACHE_MS old
    await dataSource.query(`UPDATE item_moderation SET hidden = true WHERE item_id = $1`, [practiceId]);
    const started = Date.now();
    while ((await source.hiddenOf('practice')).length === 0) {
      expect(Date.now() - started).toBeLessThan(5_000);
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(await source.hiddenOf('practice')).toEqual([practiceId]);
    expect(await source.hiddenOf('comment')).toEqual([commentId]);
  });
});
