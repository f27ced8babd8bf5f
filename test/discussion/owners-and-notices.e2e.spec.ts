import { Digests } from '@pfp/follows';
import { demoOrganizationId } from '@pfp/identity';
import { draft, mexicoDraft, mutate } from '@pfp/practices/testing';
import { useTestApi } from '../authorization/harness';
import { launchProject, postCall, settle, subscribe, wsClient } from '../partnerships/partnership-api';
import { discuss, discussionMutation, eventually, feedTexts, postComment } from './discussion-api';

/**
 * Issue 14, the gaps: a conversation is with the subject's real owner (practice, call, project);
 * the owner side hears of it at once (feed, mail, live) before any of its members writes; the
 * organisations a comment mentions are told of it.
 */
describe('contact the owner, notices to the other side and mentions', () => {
  const t = useTestApi(['mx', 'icmc', 'iom', 'ilo', 'ph']);
  let practiceId: string;

  beforeAll(async () => {
    practiceId = (await draft(t.api, t.tokens.mx, { ...mexicoDraft, title: 'Owned by Mexico' })).practice.id as string;
    await mutate(t.api, t.tokens.mx, 'submitPractice', 'SubmitPracticeInput', { id: practiceId });
    await mutate(t.api, await t.api.signInAsDemo('gfmd-support-unit'), 'publishPractice', 'PublishPracticeInput', { id: practiceId });
  });

  /** The titles of the feed's groups: one per subject discussed ("Discussion: <its title>"). */
  const titlesOf = async (token: string, subjectId: string) =>
    (
      await t.api.gql<{ feed: { edges: Array<{ node: { subjectId: string; subjectTitle: string; pageSubjectId: string | null } }> } }>(
        `{ feed(first: 100) { edges { node { subjectId subjectTitle pageSubjectId } } } }`,
        {},
        { token },
      )
    ).data!.feed.edges
      .filter((e) => e.node.subjectId === subjectId)
      .map((e) => `${e.node.subjectTitle} -> ${e.node.pageSubjectId}`);
  const events = () => t.api.count(`SELECT count(*) FROM es_events WHERE stream_name ~ '^conversation-'`);
  const start = (token: string, subjectId: string, withOrganizationId: string, body: string) =>
    discussionMutation(t.api, token, 'startConversation', 'StartConversationInput', { subjectId, withOrganizationId, body }, 'conversation { id withOrganizationId }');

  it("reaches the owner of a practice, a call and a project, and refuses another organisation as 'the owner'", async () => {
    const callId = await postCall(t.api, t.tokens.mx);
    const projectId = await launchProject(t.api, t.tokens.mx, { title: 'A project Mexico leads' });
    for (const subjectId of [practiceId, callId, projectId]) {
      const before = await events();
      const refused = await start(t.tokens.icmc, subjectId, demoOrganizationId('iom'), `Are you the owner of ${subjectId}?`);
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'DISCUSSION.NOT_THE_OWNER',
        fields: { withOrganizationId: 'must be an owner of the subject' },
      });
      expect(await events()).toBe(before);
      const started = await start(t.tokens.icmc, subjectId, demoOrganizationId('mx'), `A question about ${subjectId}`);
      expect(started.errors).toBeUndefined();
      expect((started.data!.startConversation as { conversation: { withOrganizationId: string } }).conversation.withOrganizationId).toBe(
        demoOrganizationId('mx'),
      );
    }
    // the owner answers anyone: Mexico writes to IOM about its own call
    expect((await start(t.tokens.mx, callId, demoOrganizationId('iom'), 'Would IOM answer our call?')).errors).toBeUndefined();
  });

  it('the owner side is told of the first message at once: its feed, its live feed and messageReceived, and its digest', async () => {
    const owner = wsClient(t.api.url, t.tokens.ph);
    const received = subscribe<{ messageReceived: { conversationId: string; senderOrganizationId: string } }>(
      owner,
      `subscription { messageReceived { conversationId senderOrganizationId } }`,
    );
    const feedLive = subscribe<{ feed: { subjectId: string; text: string } }>(owner, `subscription { feed { subjectId text } }`);
    try {
      // a practice of the Philippines, whose account follows nothing of it
      const philippines = (await draft(t.api, t.tokens.ph, { ...mexicoDraft, title: 'Pre-departure orientation' })).practice.id as string;
      await mutate(t.api, t.tokens.ph, 'submitPractice', 'SubmitPracticeInput', { id: philippines });
      await mutate(t.api, await t.api.signInAsDemo('gfmd-support-unit'), 'publishPractice', 'PublishPracticeInput', { id: philippines });
      await settle();
      const started = await discuss<{ conversation: { id: string } }>(
        t.api,
        t.tokens.ilo,
        'startConversation',
        'StartConversationInput',
        { subjectId: philippines, withOrganizationId: demoOrganizationId('ph'), body: 'Could ILO use the orientation course in Geneva?' },
        'conversation { id }',
      );
      const conversationId = started.conversation.id;
      expect((await received.next(15_000)).data.messageReceived).toEqual({ conversationId, senderOrganizationId: demoOrganizationId('ilo') });
      expect((await feedLive.next(15_000)).data.feed).toMatchObject({ subjectId: conversationId, text: expect.stringContaining('Geneva') });
      const feed = await eventually(
        () => feedTexts(t.api, t.tokens.ph),
        (items) => items.some((i) => i.subjectId === conversationId),
      );
      expect(feed.filter((i) => i.subjectId === conversationId)).toEqual([
        expect.objectContaining({ type: 'MessageSent', text: 'New message: “Could ILO use the orientation course in Geneva?”' }),
      ]);
      expect(await titlesOf(t.tokens.ph, conversationId)).toEqual(['Conversation: Pre-departure orientation -> null']);
      expect(await t.api.app.get(Digests).send('DAILY')).toBeGreaterThanOrEqual(1);
      expect((await t.api.lastMailTo('ph@demo.pfp.example')).text).toContain('Could ILO use the orientation course in Geneva?');

      // the writer's own side is not told of its own message; once the owner answers, the writer hears of it
      expect((await feedTexts(t.api, t.tokens.ilo)).some((i) => i.text.includes('Geneva'))).toBe(false);
      await discuss(t.api, t.tokens.ph, 'sendMessage', 'SendMessageInput', { conversationId, body: 'Yes: the materials are open.' }, 'revision');
      const answered = await eventually(
        () => feedTexts(t.api, t.tokens.ilo),
        (items) => items.some((i) => i.text.includes('materials are open')),
      );
      expect(answered.filter((i) => i.text.includes('materials are open'))).toHaveLength(1);
      // the owner, now following (it wrote), has its own message once at most, not twice
      const ownerFeed = await feedTexts(t.api, t.tokens.ph);
      expect(ownerFeed.filter((i) => i.text.includes('Geneva'))).toHaveLength(1);
    } finally {
      received.dispose();
      feedLive.dispose();
      await owner.dispose();
    }
  });

  it('an organisation a comment mentions (@[short name], @[full name], @organization-id) is told of it; the author’s own and unknown names are not', async () => {
    const comment = await postComment(
      t.api,
      t.tokens.icmc,
      practiceId,
      `Have @[ILO] and @[International Organization for Migration (IOM)] seen this? @[ICMC] and @[Nobody at all] are not told.`,
    );
    const about = (items: Array<{ text: string; type: string; subjectId: string }>) => items.filter((i) => i.text.includes('seen this'));
    // ILO's item and the others' are written by the same fold of the feed: once ILO has it, the rest are settled
    const ilo = await eventually(
      () => feedTexts(t.api, t.tokens.ilo),
      (items) => about(items).length > 0,
    );
    expect(about(ilo)).toEqual([expect.objectContaining({ type: 'CommentPosted' })]);
    expect(await titlesOf(t.tokens.ilo, about(ilo)[0].subjectId)).toEqual([`Discussion: Owned by Mexico -> ${practiceId}`]);
    expect(about(await feedTexts(t.api, t.tokens.iom))).toHaveLength(1);
    expect(about(await feedTexts(t.api, t.tokens.icmc))).toHaveLength(0);
    expect(comment.comment.id).toMatch(/^comment-/);

    // hidden by the Support Unit, the comment leaves ILO's feed and its counts (total and unread)
    const counts = async () =>
      (await t.api.gql<{ feed: { totalCount: number; unreadCount: number } }>(`{ feed(first: 1) { totalCount unreadCount } }`, {}, { token: t.tokens.ilo }))
        .data!.feed;
    const before = await counts();
    await discuss(
      t.api,
      await t.api.signInAsDemo('gfmd-support-unit'),
      'hideContent',
      'ModerationReasonInput',
      { contentId: comment.comment.id, reason: 'Off topic' },
      'revision',
    );
    expect(about(await feedTexts(t.api, t.tokens.ilo))).toHaveLength(0);
    expect(await counts()).toEqual({ totalCount: before.totalCount - 1, unreadCount: before.unreadCount - 1 });

    const byId = await postComment(t.api, t.tokens.mx, practiceId, `Thank you @${demoOrganizationId('ph')} for the idea.`);
    expect(byId.comment.id).toMatch(/^comment-/);
    expect(
      (
        await eventually(
          () => feedTexts(t.api, t.tokens.ph),
          (items) => items.some((i) => i.text.includes('for the idea')),
        )
      ).filter((i) => i.text.includes('for the idea')),
    ).toHaveLength(1);
  });
});
