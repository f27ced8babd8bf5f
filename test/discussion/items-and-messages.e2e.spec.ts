import { demoOrganizationId } from '@pfp/identity';
import { draft, mexicoDraft, mutate } from '@pfp/practices/testing';
import { useTestApi } from '../authorization/harness';
import { launchProject, postCall, settle, subscribe, wsClient } from '../partnerships/partnership-api';
import { commentsOn, discuss, discussionMutation, eventually, feedTexts, postComment } from './discussion-api';

const XSS = [
  '<script>alert(1)</script>',
  '<img src="x" onerror="alert(2)">',
  '<a href="javascript:alert(3)">a</a>',
  '[b](javascript:alert(4))',
  '[c](JaVaScRiPt:alert(5))',
  '<div onclick="alert(6)">d</div>',
  '<iframe src="https://evil.example"></iframe>',
  '<svg><script>alert(7)</script></svg>',
  '![e](data:text/html;base64,PHNjcmlwdD4=)',
  '<a href="&#106;avascript:alert(8)">f</a>',
].join('\n\n');
const UNSAFE = /<script|onerror|onclick|javascript:|<iframe|<svg|data:/i;

/** Moderation of published items across contexts, conversations with an owner, live comments and messages, refusals. */
describe('published items, messages and refusals over HTTP GraphQL and graphql-ws', () => {
  const t = useTestApi(['mx', 'icmc', 'iom', 'gfmd-support-unit']);
  const su = () => t.tokens['gfmd-support-unit'];
  let practiceId: string;
  const base = () => t.api.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    practiceId = (await draft(t.api, t.tokens.mx, { ...mexicoDraft, title: 'Moderated practice of Mexico' })).practice.id as string;
    await mutate(t.api, t.tokens.mx, 'submitPractice', 'SubmitPracticeInput', { id: practiceId });
    await mutate(t.api, su(), 'publishPractice', 'PublishPracticeInput', { id: practiceId });
  });

  const hide = (contentId: string, reason = 'Not what the platform is for') =>
    discuss(t.api, su(), 'hideContent', 'ModerationReasonInput', { contentId, reason }, 'revision item { hidden }');
  const restore = (contentId: string) => discuss(t.api, su(), 'restoreContent', 'RestoreContentInput', { contentId }, 'revision');

  const listedPractices = async () =>
    (
      await t.api.gql<{ practices: { edges: Array<{ node: { id: string } }> } }>(`{ practices(first: 100) { edges { node { id } } } }`)
    ).data!.practices.edges.map((e) => e.node.id);
  const practiceFor = async (token: string | null) =>
    (await t.api.gql<{ practice: { id: string } | null }>(`query($id: ID!) { practice(id: $id) { id } }`, { id: practiceId }, { token })).data!.practice;

  it('a practice the Support Unit hides leaves the list, its page for others, the export and the Atom feed; its owner still sees it; restored it is back', async () => {
    const report = await discuss<{ item: { kind: string } }>(
      t.api,
      t.tokens.icmc,
      'reportContent',
      'ModerationReasonInput',
      { contentId: practiceId, reason: 'Copied' },
      'item { kind }',
    );
    expect(report.item.kind).toBe('PRACTICE');
    expect(await listedPractices()).toContain(practiceId);
    await hide(practiceId);

    expect(await listedPractices()).not.toContain(practiceId);
    expect(await practiceFor(null)).toBeNull();
    expect(await practiceFor(t.tokens.iom)).toBeNull();
    expect(await practiceFor(t.tokens.mx)).toEqual({ id: practiceId });
    const exported = (await (await fetch(`${base()}/export/practices.json`)).json()) as { practices: Array<{ id: string }> };
    expect(exported.practices.map((p) => p.id)).not.toContain(practiceId);
    expect(await (await fetch(`${base()}/feeds/practices.atom`)).text()).not.toContain(practiceId);
    // nor can it be discussed any more by others
    const refused = await discussionMutation(t.api, t.tokens.iom, 'postComment', 'PostCommentInput', { subjectId: practiceId, body: 'Hello' }, 'revision');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'DISCUSSION.SUBJECT_NOT_FOUND' });

    await restore(practiceId);
    expect(await listedPractices()).toContain(practiceId);
    expect(await practiceFor(null)).toEqual({ id: practiceId });
    expect(await (await fetch(`${base()}/feeds/practices.atom`)).text()).toContain(practiceId);
  });

  it('a hidden call and a hidden project leave their lists and pages', async () => {
    const callId = await postCall(t.api, t.tokens.mx);
    const projectId = await launchProject(t.api, t.tokens.mx, { title: 'A project to hide' });
    const calls = async () =>
      (
        await t.api.gql<{ callsForAction: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
          `{ callsForAction(first: 100) { totalCount edges { node { id } } } }`,
        )
      ).data!.callsForAction;
    const projects = async () =>
      (
        await t.api.gql<{ partnershipProjects: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
          `{ partnershipProjects(first: 100) { totalCount edges { node { id } } } }`,
        )
      ).data!.partnershipProjects;
    const [callsBefore, projectsBefore] = [await calls(), await projects()];
    await hide(callId);
    await hide(projectId);
    const [callsAfter, projectsAfter] = [await calls(), await projects()];
    expect(callsAfter.edges.map((e) => e.node.id)).not.toContain(callId);
    expect(callsAfter.totalCount).toBe(callsBefore.totalCount - 1);
    expect(projectsAfter.edges.map((e) => e.node.id)).not.toContain(projectId);
    expect(projectsAfter.totalCount).toBe(projectsBefore.totalCount - 1);
    expect((await t.api.gql<{ callForAction: unknown }>(`query($id: ID!) { callForAction(id: $id) { id } }`, { id: callId })).data!.callForAction).toBeNull();
    expect(
      (await t.api.gql<{ partnershipProject: unknown }>(`query($id: ID!) { partnershipProject(id: $id) { id } }`, { id: projectId }, { token: t.tokens.mx }))
        .data!.partnershipProject,
    ).toBeNull();
  });

  it('ICMC contacts the owner: both organisations see the thread, a third does not, no e-mail address anywhere, and the answer arrives live and in the feed', async () => {
    const live = wsClient(t.api.url, t.tokens.icmc);
    const received = subscribe<{ messageReceived: { conversationId: string; bodyHtml: string; senderOrganizationId: string } }>(
      live,
      `subscription { messageReceived { conversationId bodyHtml senderOrganizationId } }`,
    );
    try {
      await settle();
      const started = await discuss<{ conversation: { id: string; withOrganizationId: string } }>(
        t.api,
        t.tokens.icmc,
        'startConversation',
        'StartConversationInput',
        { subjectId: practiceId, withOrganizationId: demoOrganizationId('mx'), body: 'May our caseworkers join the next training?' },
        'conversation { id withOrganizationId }',
      );
      const conversationId = started.conversation.id;
      expect((await received.next(15_000)).data.messageReceived.conversationId).toBe(conversationId);

      const inbox = await t.api.gql<{ conversations: { edges: Array<{ node: { id: string; messages: Array<{ body: string }> } }> } }>(
        `{ conversations(first: 10) { edges { node { id starterOrganizationId messages { body senderOrganizationId } } } } }`,
        {},
        { token: t.tokens.mx },
      );
      expect(inbox.data!.conversations.edges.map((e) => e.node.id)).toEqual([conversationId]);
      expect(JSON.stringify(inbox.data)).not.toMatch(/@/);
      const third = await t.api.gql<{ conversation: unknown }>(
        `query($id: ID!) { conversation(id: $id) { id } }`,
        { id: conversationId },
        { token: t.tokens.iom },
      );
      expect(third.data!.conversation).toBeNull();
      const denied = await discussionMutation(t.api, t.tokens.iom, 'sendMessage', 'SendMessageInput', { conversationId, body: 'Me too' }, 'revision');
      expect(denied.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DISCUSSION.NOT_PARTICIPANT' });

      await discuss(t.api, t.tokens.mx, 'sendMessage', 'SendMessageInput', { conversationId, body: 'Yes: in **May**, in Tapachula.' }, 'revision');
      const answer = await received.next(15_000);
      expect(answer.data.messageReceived).toMatchObject({ conversationId, senderOrganizationId: demoOrganizationId('mx') });
      expect(answer.data.messageReceived.bodyHtml).toContain('<strong>May</strong>');
      const feed = await eventually(
        () => feedTexts(t.api, t.tokens.icmc),
        (items) => items.some((i) => i.text.includes('Tapachula')),
      );
      expect(feed.find((i) => i.text.includes('Tapachula'))).toMatchObject({ subjectId: conversationId, type: 'MessageSent' });
    } finally {
      received.dispose();
      await live.dispose();
    }
  });

  it('new comments arrive live on commentPosted(subjectId)', async () => {
    const live = wsClient(t.api.url, null);
    const received = subscribe<{ commentPosted: { id: string; bodyHtml: string } }>(
      live,
      `subscription($s: ID!) { commentPosted(subjectId: $s) { id bodyHtml } }`,
      { s: practiceId },
    );
    try {
      await settle();
      const posted = await postComment(t.api, t.tokens.iom, practiceId, 'Live from **IOM**');
      const message = await received.next(10_000);
      expect(message.data.commentPosted).toEqual({ id: posted.comment.id, bodyHtml: '<p>Live from <strong>IOM</strong></p>\n' });
    } finally {
      received.dispose();
      await live.dispose();
    }
  });

  it('passes the XSS corpus of practice bodies for comments and messages', async () => {
    // accounts known to discussion (three writings) may send the corpus's links
    for (const [who, n] of [
      ['icmc', 3],
      ['iom', 2],
    ] as const)
      for (let i = 0; i < n; i++) await postComment(t.api, t.tokens[who], practiceId, `Question ${i} of ${who}`);
    const comment = await postComment(t.api, t.tokens.icmc, practiceId, XSS);
    expect(comment.comment.bodyHtml).not.toMatch(UNSAFE);
    expect(comment.comment.bodyHtml).not.toMatch(/alert\([1267]\)/);
    const listed = (await commentsOn(t.api, null, practiceId)).find((c) => c.id === comment.comment.id)!;
    expect(listed.bodyHtml).not.toMatch(UNSAFE);
    const started = await discuss<{ conversation: { messages: Array<{ bodyHtml: string }> } }>(
      t.api,
      t.tokens.iom,
      'startConversation',
      'StartConversationInput',
      { subjectId: practiceId, withOrganizationId: demoOrganizationId('mx'), body: XSS },
      'conversation { messages { bodyHtml } }',
    );
    expect(started.conversation.messages[0].bodyHtml).not.toMatch(UNSAFE);
    expect(started.conversation.messages[0].bodyHtml).not.toMatch(/alert\([1267]\)/);
  });

  it('refuses bad input with a stable code naming the field, and writes nothing', async () => {
    const events = () => t.api.count(`SELECT count(*) FROM es_events WHERE stream_name ~ '^(discussion|conversation|moderation)-'`);
    const before = await events();
    const cases: Array<[string, string, Record<string, unknown>, string]> = [
      ['postComment', 'PostCommentInput', { subjectId: practiceId, body: '   ' }, 'body'],
      ['postComment', 'PostCommentInput', { subjectId: 'not-an-id', body: 'Hello' }, 'subjectId'],
      ['postComment', 'PostCommentInput', { subjectId: practiceId, body: 'Hello', parentId: 'practice-1' }, 'parentId'],
      ['postComment', 'PostCommentInput', { subjectId: practiceId, body: 'x'.repeat(10_001) }, 'body'],
      ['editComment', 'EditCommentInput', { commentId: 'comment-x', body: 'Hello' }, 'commentId'],
      ['reportContent', 'ModerationReasonInput', { contentId: practiceId, reason: '' }, 'reason'],
      [
        'startConversation',
        'StartConversationInput',
        { subjectId: practiceId, withOrganizationId: demoOrganizationId('icmc'), body: 'Hello' },
        'withOrganizationId',
      ],
      [
        'startConversation',
        'StartConversationInput',
        { subjectId: practiceId, withOrganizationId: 'organization-00000000-0000-4000-8000-000000000000', body: 'Hello' },
        'withOrganizationId',
      ],
      ['sendMessage', 'SendMessageInput', { conversationId: 'conversation-1', body: 'Hello' }, 'conversationId'],
    ];
    for (const [mutation, inputType, input, field] of cases) {
      const result = await discussionMutation(t.api, t.tokens.icmc, mutation, inputType, input, 'revision');
      expect([mutation, result.errors?.[0].extensions?.code]).toEqual([mutation, 'BAD_USER_INPUT']);
      expect(Object.keys((result.errors?.[0].extensions?.fields as Record<string, string>) ?? {})).toContain(field);
    }
    expect(await events()).toBe(before);
  });

  it('refuses the same text twice in a day and many links from an account new to discussion, saying why', async () => {
    await postComment(t.api, t.tokens.mx, practiceId, 'Thank you all for the questions.');
    const again = await discussionMutation(
      t.api,
      t.tokens.mx,
      'postComment',
      'PostCommentInput',
      { subjectId: practiceId, body: ' thank you ALL for the   questions. ' },
      'revision',
    );
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DISCUSSION.DUPLICATE_TEXT',
      fields: { body: 'repeats a text you wrote in the last day' },
    });
    const token = await t.api.signInAsDemo('hn');
    const links = await discussionMutation(
      t.api,
      token,
      'postComment',
      'PostCommentInput',
      { subjectId: practiceId, body: 'See https://a.example, https://b.example and https://c.example' },
      'revision',
    );
    expect(links.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DISCUSSION.TOO_MANY_LINKS' });
  });
});
