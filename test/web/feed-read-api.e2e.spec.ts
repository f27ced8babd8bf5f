import type { TestApi } from '../authorization/harness';
import { startTestApi } from '../authorization/harness';
import { launchProject, mutate, mutateRaw, postUpdate } from '../partnerships/partnership-api';

// The API the feed page's "Mark as read" sends (issue 12 point 6), over HTTP GraphQL.
const FEED = `{ feed(first: 10) { unreadCount edges { node { id text read } } } }`;
type Feed = { feed: { unreadCount: number; edges: Array<{ node: { id: string; text: string; read: boolean } }> } };

describe('markFeedRead with itemIds: one item read, the count at once', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('marks one item read, refuses unknown and foreign ids naming itemIds and writes nothing', async () => {
    const [mx, iom] = await Promise.all(['mx', 'iom'].map((id) => api.signInAsDemo(id)));
    const projectId = await launchProject(api, mx, { title: 'Officials trained, one by one' });
    await mutate(api, iom, 'follow', 'FollowInput', { subjectId: projectId }, 'following');
    await postUpdate(api, mx, projectId, 'First 1,200 officials trained');
    await postUpdate(api, mx, projectId, 'Then 3,500 officials trained');
    const feedOf = async (token: string) => (await api.gql<Feed>(FEED, {}, { token })).data!.feed;
    // the feed fans out from the log: wait for both items
    let feed = await feedOf(iom);
    for (let i = 0; i < 100 && feed.edges.length < 2; i++) {
      await new Promise((r) => setTimeout(r, 100));
      feed = await feedOf(iom);
    }
    expect(feed.edges.map((e) => e.node.read)).toEqual([false, false]);
    expect(feed.unreadCount).toBe(2);
    const [newest, older] = feed.edges.map((e) => e.node);

    const marked = await mutate<{ unreadCount: number }>(api, iom, 'markFeedRead', 'MarkFeedReadInput', { itemIds: [older.id] }, 'unreadCount revision');
    expect(marked.unreadCount).toBe(1);
    feed = await feedOf(iom);
    expect(feed.unreadCount).toBe(1);
    expect(feed.edges.map((e) => [e.node.text, e.node.read])).toEqual([
      [newest.text, false],
      [older.text, true],
    ]);
    // again: nothing new to record
    const events = () => api.count(`SELECT count(*) FROM es_events WHERE stream_name ~ '^follows-'`);
    const before = await events();
    expect((await mutate<{ unreadCount: number }>(api, iom, 'markFeedRead', 'MarkFeedReadInput', { itemIds: [older.id] }, 'unreadCount')).unreadCount).toBe(1);
    expect(await events()).toBe(before);

    // Mexico does not follow its project: IOM's items are not in its feed; nor is a made-up id
    for (const [token, itemIds] of [
      [mx, [newest.id]],
      [iom, ['c0ffee00-6a43-4c55-9a5b-1d2f3e4a5b6c']],
      [iom, ['not an id']],
      [iom, []],
    ] as const) {
      const refused = await mutateRaw(api, token, 'markFeedRead', 'MarkFeedReadInput', { itemIds }, 'unreadCount');
      expect(refused.data?.markFeedRead ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { itemIds: expect.any(String) } });
    }
    const both = await mutateRaw(api, iom, 'markFeedRead', 'MarkFeedReadInput', { itemIds: [newest.id], until: new Date().toISOString() }, 'unreadCount');
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { itemIds: expect.any(String) } });
    const visitor = await mutateRaw(api, null, 'markFeedRead', 'MarkFeedReadInput', { itemIds: [newest.id] }, 'unreadCount');
    expect(visitor.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await events()).toBe(before);
    expect(await api.count(`SELECT count(*) FROM feed_read_items`)).toBe(1);
    expect((await feedOf(iom)).unreadCount).toBe(1);

    // "mark all" still reads everything
    expect((await mutate<{ unreadCount: number }>(api, iom, 'markFeedRead', 'MarkFeedReadInput', {}, 'unreadCount')).unreadCount).toBe(0);
  });
});
