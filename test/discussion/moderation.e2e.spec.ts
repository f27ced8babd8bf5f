import { Digests } from '@pfp/follows';
import { demoAccountEmail, demoOrganizationId } from '@pfp/identity';
import { draft, mexicoDraft, mutate } from '@pfp/practices/testing';
import { useTestApi } from '../authorization/harness';
import { commentsOn, discuss, discussionMutation, eventually, feedTexts, postComment } from './discussion-api';

const REASON = 'A personal attack on the officers named: against the code of conduct.';

/**
 * Issue 14's story: ICMC (civil society) comments on Mexico's practice, Mexico replies, the
 * comment is reported, the Support Unit hides it, and it leaves the page (comments), the feed
 * and the export while its author is told why.
 */
describe('discussion and moderation over HTTP GraphQL', () => {
  const t = useTestApi(['mx', 'icmc', 'iom', 'gfmd-support-unit']);
  let practiceId: string;
  let commentId: string;
  let discussionId: string;

  beforeAll(async () => {
    practiceId = (await draft(t.api, t.tokens.mx, { ...mexicoDraft, title: 'Discussed practice' })).practice.id as string;
    await mutate(t.api, t.tokens.mx, 'submitPractice', 'SubmitPracticeInput', { id: practiceId });
    await mutate(t.api, t.tokens['gfmd-support-unit'], 'publishPractice', 'PublishPracticeInput', { id: practiceId });
    discussionId = `discussion-${practiceId.slice('practice-'.length)}`;
    // Mexico follows its practice's discussion before anyone comments
    const followed = await t.api.gql(
      `mutation($input: FollowInput!) { follow(input: $input) { following } }`,
      { input: { subjectId: discussionId } },
      { token: t.tokens.mx },
    );
    expect(followed.errors).toBeUndefined();
  });

  const exported = async () => {
    const response = await fetch(`${t.api.url.replace(/\/graphql$/, '')}/export/comments.json`);
    if (response.status !== 200) throw new Error(`${response.status} ${await response.text()}`);
    return ((await response.json()) as { comments: Array<{ id: string; body: string }> }).comments;
  };

  it('ICMC comments and Mexico replies; the discussion is on the page, in the feed and in the export, sanitised', async () => {
    const posted = await postComment(
      t.api,
      t.tokens.icmc,
      practiceId,
      'How many officers were trained? **Thank you.** <img src=x onerror="alert(1)"> [x](javascript:alert(2))',
    );
    commentId = posted.comment.id;
    expect(posted.comment.bodyHtml).toContain('<strong>Thank you.</strong>');
    expect(posted.comment.bodyHtml).not.toMatch(/onerror|javascript:/);
    await postComment(t.api, t.tokens.mx, practiceId, 'Four hundred, in 2010.', commentId);

    const page = await commentsOn(t.api, null, practiceId);
    expect(page).toHaveLength(1);
    expect(page[0]).toMatchObject({ id: commentId, hidden: false });
    expect(page[0].replies.map((r) => r.body)).toEqual(['Four hundred, in 2010.']);

    const feed = await eventually(
      () => feedTexts(t.api, t.tokens.mx),
      (items) => items.some((i) => i.text.startsWith('New comment')),
    );
    expect(feed.map((i) => i.text)).toEqual(expect.arrayContaining([expect.stringContaining('How many officers were trained?')]));
    expect((await exported()).map((c) => c.id)).toContain(commentId);
  });

  it('IOM reports it; the Support Unit sees it in its queue and hides it with a reason', async () => {
    const report = await discuss<{ item: { contentId: string; reports: Array<{ reason: string }> } }>(
      t.api,
      t.tokens.iom,
      'reportContent',
      'ModerationReasonInput',
      { contentId: commentId, reason: 'Names officers and insults them' },
      'revision item { contentId reports { reason } }',
    );
    expect(report.item).toEqual({ contentId: commentId, reports: [{ reason: 'Names officers and insults them' }] });

    const denied = await t.api.gql(`{ moderationQueue(first: 10) { totalCount } }`, {}, { token: t.tokens.mx });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const queue = await t.api.gql<{
      moderationQueue: { edges: Array<{ node: { contentId: string; kind: string; subjectId: string; authorOrganizationId: string; excerpt: string } }> };
    }>(
      `{ moderationQueue(first: 10) { totalCount edges { node { contentId kind subjectId authorOrganizationId excerpt reports { reason reporterOrganizationId } } } } }`,
      {},
      { token: t.tokens['gfmd-support-unit'] },
    );
    expect(queue.data!.moderationQueue.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ contentId: commentId, kind: 'COMMENT', subjectId: practiceId, authorOrganizationId: demoOrganizationId('icmc') }),
    ]);

    const refused = await discussionMutation(t.api, t.tokens.mx, 'hideContent', 'ModerationReasonInput', { contentId: commentId, reason: 'x' }, 'revision');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MODERATION.SUPPORT_UNIT_ONLY' });
    const hidden = await discuss<{ item: { hidden: boolean; hiddenReason: string } }>(
      t.api,
      t.tokens['gfmd-support-unit'],
      'hideContent',
      'ModerationReasonInput',
      { contentId: commentId, reason: REASON },
      'revision item { hidden hiddenReason }',
    );
    expect(hidden.item).toEqual({ hidden: true, hiddenReason: REASON });
    const after = await t.api.gql<{ moderationQueue: { totalCount: number } }>(
      `{ moderationQueue(first: 10) { totalCount } }`,
      {},
      { token: t.tokens['gfmd-support-unit'] },
    );
    expect(after.data!.moderationQueue.totalCount).toBe(0);
  });

  it('the hidden comment leaves the page, the feed and the export; its author sees it with the reason, and is told in its feed and mail', async () => {
    expect(await commentsOn(t.api, null, practiceId)).toEqual([]);
    expect(await commentsOn(t.api, t.tokens.mx, practiceId)).toEqual([]);
    const own = await commentsOn(t.api, t.tokens.icmc, practiceId);
    expect(own).toEqual([expect.objectContaining({ id: commentId, hidden: true, hiddenReason: REASON })]);

    expect((await exported()).map((c) => c.id)).not.toContain(commentId);
    const mexicoFeed = await eventually(
      () => feedTexts(t.api, t.tokens.mx),
      (items) => items.some((i) => i.type === 'ContentHidden'),
    );
    expect(mexicoFeed.some((i) => i.text.includes('How many officers'))).toBe(false);

    const icmcFeed = await eventually(
      () => feedTexts(t.api, t.tokens.icmc),
      (items) => items.some((i) => i.type === 'ContentHidden'),
    );
    expect(icmcFeed.find((i) => i.type === 'ContentHidden')!.text).toContain(REASON);
    expect(icmcFeed.some((i) => i.text.includes('How many officers'))).toBe(false);

    await t.api.app.get(Digests).send('DAILY');
    const mail = await t.api.lastMailTo(demoAccountEmail('icmc'));
    expect(JSON.stringify(mail)).toContain(REASON);
    expect(JSON.stringify(mail)).not.toContain('How many officers');
  });

  it('keeps the comment and every decision, with its actor, in the event log (the audit trail)', async () => {
    const events: Array<{ type: string; actor: { organizationId: string } | null }> = await t.api.dataSource.query(
      `SELECT event_type AS type, metadata->'actor' AS actor FROM es_events WHERE stream_name = $1 ORDER BY revision`,
      [discussionId],
    );
    expect(events.map((e) => [e.type, e.actor?.organizationId])).toEqual([
      ['CommentPosted', demoOrganizationId('icmc')],
      ['CommentPosted', demoOrganizationId('mx')],
      ['ContentReported', demoOrganizationId('iom')],
      ['ContentHidden', demoOrganizationId('gfmd-support-unit')],
    ]);
    const history = await t.api.gql<{ history: Array<{ type: string; reason: string | null; changes: Array<{ after: string | null }> }> }>(
      `query($id: ID!) { history(id: $id) { type reason changes { after } } }`,
      { id: discussionId },
      { token: t.tokens['gfmd-support-unit'] },
    );
    expect(history.data!.history.map((e) => e.type)).toEqual(['CommentPosted', 'CommentPosted', 'ContentReported', 'ContentHidden']);
    expect(history.data!.history[3]).toMatchObject({ reason: REASON, changes: [{ after: expect.stringContaining('hidden by the Support Unit') }] });
  });

  it('the Support Unit restores it, and it is back on the page', async () => {
    await discuss(t.api, t.tokens['gfmd-support-unit'], 'restoreContent', 'RestoreContentInput', { contentId: commentId }, 'revision');
    expect((await commentsOn(t.api, null, practiceId)).map((c) => c.id)).toEqual([commentId]);
    expect((await exported()).map((c) => c.id)).toContain(commentId);
  });
});
