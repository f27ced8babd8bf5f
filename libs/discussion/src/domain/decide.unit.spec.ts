import { DeciderSpecification, member } from '@pfp/testing';
import type { ConversationEvent } from './conversation';
import { conversationAggregate, discussionAggregate, itemModerationAggregate } from './decide';
import type { DiscussionEvent } from './discussion';
import { GUARDS, linkCount, mentionedNames, mentionsOf } from './guards';

const discussion = DeciderSpecification(discussionAggregate);
const conversations = DeciderSpecification(conversationAggregate);
const items = DeciderSpecification(itemModerationAggregate);

const mexico = member('organization-mx', 'STATE');
const icmc = member('organization-icmc', 'CIVIL_SOCIETY');
const iom = member('organization-iom', 'INTERNATIONAL_ORGANIZATION');
const supportUnit = member('organization-su', 'SUPPORT_UNIT');
const at = '2011-03-01T10:00:00.000Z';
const tenMinutesLater = '2011-03-01T10:10:00.000Z';
const anHourLater = '2011-03-01T11:00:00.000Z';
const quiet = { lastHour: 0, sameTextLastDay: false, writtenBefore: 10 };
const subjectId = 'practice-1';

const post = (actor = icmc, data: Partial<{ commentId: string; parentId: string | null; body: string; mentions: string[]; facts: typeof quiet }> = {}) => ({
  type: 'PostComment' as const,
  actor,
  at,
  data: { commentId: 'comment-1', subjectId, parentId: null, body: 'How many officers were trained?', mentions: [], facts: quiet, ...data },
});
const posted = (actor = icmc, commentId = 'comment-1', parentId: string | null = null, body = 'How many officers were trained?'): DiscussionEvent => ({
  type: 'CommentPosted',
  data: { commentId, subjectId, parentId, body, mentions: [], authorAccountId: actor.accountId, authorOrganizationId: actor.organizationId, postedAt: at },
});
const reported: DiscussionEvent = {
  type: 'ContentReported',
  data: { contentId: 'comment-1', reason: 'Off topic', reporterAccountId: iom.accountId, reporterOrganizationId: iom.organizationId, reportedAt: at },
};
const hidden: DiscussionEvent = {
  type: 'ContentHidden',
  data: { contentId: 'comment-1', reason: 'Personal attack', hiddenBy: supportUnit.accountId, hiddenAt: at, reportsClosed: 1 },
};
const moderate = (type: 'ReportContent' | 'HideContent' | 'RestoreContent' | 'DismissReport', actor: typeof icmc, reason?: string) => ({
  type,
  actor,
  at,
  data: { contentId: 'comment-1', ...(reason === undefined ? {} : { reason }) },
});

describe('Discussion', () => {
  describe('post a comment', () => {
    it('is posted by a member of any organisation', () => discussion.given([]).when(post()).then([posted()]));
    it('takes a reply to a comment, from the owner state', () =>
      discussion
        .given([posted()])
        .when(post(mexico, { commentId: 'comment-2', parentId: 'comment-1', body: 'Four hundred.' }))
        .then([posted(mexico, 'comment-2', 'comment-1', 'Four hundred.')]));
    it('refuses a visitor', () =>
      discussion
        .given([])
        .when({ ...post(), actor: null })
        .thenThrows('AUTH.UNAUTHENTICATED', 'UNAUTHENTICATED'));
    it('refuses a reply to a reply (one level)', () =>
      discussion
        .given([posted(), posted(mexico, 'comment-2', 'comment-1')])
        .when(post(icmc, { commentId: 'comment-3', parentId: 'comment-2' }))
        .thenThrows('DISCUSSION.ONE_LEVEL_OF_REPLIES', 'BAD_USER_INPUT'));
    it('refuses a reply to a comment that is not there', () =>
      discussion
        .given([])
        .when(post(icmc, { parentId: 'comment-9' }))
        .thenThrows('DISCUSSION.COMMENT_NOT_FOUND', 'BAD_USER_INPUT'));
    it('refuses an empty body', () =>
      discussion
        .given([])
        .when(post(icmc, { body: '  ' }))
        .thenThrows('DISCUSSION.INVALID', 'BAD_USER_INPUT'));
    it('refuses a body too long', () =>
      discussion
        .given([])
        .when(post(icmc, { body: 'x'.repeat(GUARDS.MAX_BODY + 1) }))
        .thenThrows('DISCUSSION.INVALID'));
    it('refuses the same comment id twice', () => discussion.given([posted()]).when(post()).thenThrows('DISCUSSION.ALREADY_POSTED', 'CONFLICT'));
    it('records the organisations mentioned', () => {
      const mention = 'organization-00000000-0000-4000-8000-000000000001';
      const body = `Ask @${mention} and @${mention}`;
      discussion
        .given([])
        .when(post(icmc, { body, mentions: [mention, mention] }))
        .then([{ ...posted(icmc, 'comment-1', null, body), data: { ...(posted().data as object), body, mentions: [mention] } } as DiscussionEvent]);
    });
  });

  describe('spam and abuse guards', () => {
    it('refuses an account past its comments per hour', () =>
      discussion
        .given([])
        .when(post(icmc, { facts: { ...quiet, lastHour: GUARDS.COMMENTS_PER_HOUR } }))
        .thenThrows('DISCUSSION.TOO_MANY', 'TOO_MANY_REQUESTS'));
    it('refuses many links from an account new to discussion', () =>
      discussion
        .given([])
        .when(post(icmc, { body: 'https://a.example https://b.example [c](https://c.example)', facts: { ...quiet, writtenBefore: 0 } }))
        .thenThrows('DISCUSSION.TOO_MANY_LINKS', 'BAD_USER_INPUT'));
    it('takes the same links from an account known to discussion', () =>
      discussion
        .given([])
        .when(post(icmc, { body: 'https://a.example https://b.example https://c.example' }))
        .then([posted(icmc, 'comment-1', null, 'https://a.example https://b.example https://c.example')]));
    it('refuses a text the account wrote in the last day', () =>
      discussion
        .given([])
        .when(post(icmc, { facts: { ...quiet, sameTextLastDay: true } }))
        .thenThrows('DISCUSSION.DUPLICATE_TEXT', 'BAD_USER_INPUT'));
    it('counts links and mentions', () => {
      expect(linkCount('see https://x.example and www.y.example and [z](/z)')).toBe(3);
      expect(mentionsOf('@organization-x')).toEqual([]);
      expect(mentionedNames('Ask @[ILO] and @[International Labour Organization (ILO)], and @[ilo ]; not @ILO nor @[]')).toEqual([
        'ilo',
        'international labour organization (ilo)',
      ]);
    });
  });

  describe('edit and delete', () => {
    const edit = (actor = icmc, when = tenMinutesLater, body = 'How many officers, in which states?') => ({
      type: 'EditComment' as const,
      actor,
      at: when,
      data: { commentId: 'comment-1', body, mentions: [] as string[] },
    });
    it('is edited by its author within 15 minutes', () =>
      discussion
        .given([posted()])
        .when(edit())
        .then([
          { type: 'CommentEdited', data: { commentId: 'comment-1', body: 'How many officers, in which states?', mentions: [], editedAt: tenMinutesLater } },
        ]));
    it('records the organisations the edited text mentions', () =>
      discussion
        .given([posted()])
        .when({ ...edit(), data: { ...edit().data, mentions: [iom.organizationId] } })
        .then([
          {
            type: 'CommentEdited',
            data: { commentId: 'comment-1', body: 'How many officers, in which states?', mentions: [iom.organizationId], editedAt: tenMinutesLater },
          },
        ]));
    it('refuses an edit after 15 minutes', () => discussion.given([posted()]).when(edit(icmc, anHourLater)).thenThrows('DISCUSSION.EDIT_WINDOW_PASSED'));
    it('refuses an edit by another organisation', () => discussion.given([posted()]).when(edit(mexico)).thenThrows('DISCUSSION.NOT_AUTHOR', 'FORBIDDEN'));
    it('refuses an edit of a missing comment', () => discussion.given([]).when(edit()).thenThrows('DISCUSSION.COMMENT_NOT_FOUND', 'NOT_FOUND'));
    it('refuses an edit of a hidden comment', () => discussion.given([posted(), hidden]).when(edit()).thenThrows('DISCUSSION.HIDDEN'));
    it('refuses an edit to nothing', () =>
      discussion
        .given([posted()])
        .when(edit(icmc, tenMinutesLater, ' '))
        .thenThrows('DISCUSSION.INVALID'));
    it('records nothing for the same text', () =>
      discussion
        .given([posted()])
        .when(edit(icmc, tenMinutesLater, 'How many officers were trained?'))
        .then([]));
    const del = (actor = icmc) => ({ type: 'DeleteComment' as const, actor, at: anHourLater, data: { commentId: 'comment-1' } });
    const deleted: DiscussionEvent = { type: 'CommentDeleted', data: { commentId: 'comment-1', deletedAt: anHourLater } };
    it('is deleted by its author at any time, leaving "deleted" in place', () => {
      discussion.given([posted()]).when(del()).then([deleted]);
      const state = discussionAggregate.evolve(discussionAggregate.evolve(discussionAggregate.initialState(), posted()), deleted);
      expect(state.status === 'OPEN' && state.comments['comment-1']).toMatchObject({ body: '', deletedAt: anHourLater });
    });
    it('refuses a deletion by another organisation', () => discussion.given([posted()]).when(del(iom)).thenThrows('DISCUSSION.NOT_AUTHOR', 'FORBIDDEN'));
    it('deletes once', () => discussion.given([posted(), deleted]).when(del()).then([]));
    it('refuses an edit of a deleted comment', () => discussion.given([posted(), deleted]).when(edit()).thenThrows('DISCUSSION.DELETED'));
  });

  describe('reports and moderation', () => {
    it('takes a report with a reason from anyone signed in', () =>
      discussion
        .given([posted()])
        .when(moderate('ReportContent', iom, ' Off topic '))
        .then([reported]));
    it('refuses a report without a reason', () =>
      discussion
        .given([posted()])
        .when(moderate('ReportContent', iom, ' '))
        .thenThrows('MODERATION.INVALID'));
    it('refuses a report of its own organisation’s comment', () =>
      discussion
        .given([posted()])
        .when(moderate('ReportContent', icmc, 'x'))
        .thenThrows('MODERATION.OWN_CONTENT', 'FORBIDDEN'));
    it('refuses a second report by the same account', () =>
      discussion
        .given([posted(), reported])
        .when(moderate('ReportContent', iom, 'again'))
        .thenThrows('MODERATION.ALREADY_REPORTED', 'CONFLICT'));
    it('refuses a report of a missing comment', () =>
      discussion
        .given([])
        .when(moderate('ReportContent', iom, 'x'))
        .thenThrows('DISCUSSION.COMMENT_NOT_FOUND'));
    it('refuses a report of a visitor', () =>
      discussion
        .given([posted()])
        .when({ ...moderate('ReportContent', iom, 'x'), actor: null })
        .thenThrows('AUTH.UNAUTHENTICATED'));
    it('is hidden by the Support Unit with a reason, closing the reports', () =>
      discussion
        .given([posted(), reported])
        .when(moderate('HideContent', supportUnit, 'Personal attack'))
        .then([hidden]));
    it('refuses hiding to anyone else', () => {
      discussion
        .given([posted(), reported])
        .when(moderate('HideContent', mexico, 'x'))
        .thenThrows('MODERATION.SUPPORT_UNIT_ONLY', 'FORBIDDEN');
      discussion.given([posted(), reported]).when(moderate('RestoreContent', mexico)).thenThrows('MODERATION.SUPPORT_UNIT_ONLY', 'FORBIDDEN');
      discussion.given([posted(), reported]).when(moderate('DismissReport', iom)).thenThrows('MODERATION.SUPPORT_UNIT_ONLY', 'FORBIDDEN');
    });
    it('refuses hiding without a reason, or twice', () => {
      discussion
        .given([posted()])
        .when(moderate('HideContent', supportUnit, ''))
        .thenThrows('MODERATION.INVALID');
      discussion
        .given([posted(), hidden])
        .when(moderate('HideContent', supportUnit, 'again'))
        .thenThrows('MODERATION.ALREADY_HIDDEN', 'CONFLICT');
    });
    it('refuses a report of hidden content', () =>
      discussion
        .given([posted(), hidden])
        .when(moderate('ReportContent', iom, 'x'))
        .thenThrows('MODERATION.ALREADY_HIDDEN'));
    it('restores hidden content', () =>
      discussion
        .given([posted(), hidden])
        .when(moderate('RestoreContent', supportUnit))
        .then([{ type: 'ContentRestored', data: { contentId: 'comment-1', restoredBy: supportUnit.accountId, restoredAt: at } }]));
    it('refuses to restore what is not hidden', () =>
      discussion.given([posted()]).when(moderate('RestoreContent', supportUnit)).thenThrows('MODERATION.NOT_HIDDEN'));
    it('dismisses the open reports', () =>
      discussion
        .given([posted(), reported])
        .when(moderate('DismissReport', supportUnit))
        .then([{ type: 'ReportsDismissed', data: { contentId: 'comment-1', dismissedBy: supportUnit.accountId, dismissedAt: at, reportsClosed: 1 } }]));
    it('refuses to dismiss without an open report', () =>
      discussion.given([posted()]).when(moderate('DismissReport', supportUnit)).thenThrows('MODERATION.NO_OPEN_REPORT'));
  });
});

describe('Conversation', () => {
  const start = (actor = icmc, withOrganizationId = mexico.organizationId, body = 'May we visit the training?', owners = [mexico.organizationId]) => ({
    type: 'StartConversation' as const,
    actor,
    at,
    data: { conversationId: 'conversation-1', subjectId, withOrganizationId, ownerOrganizationIds: owners, messageId: 'message-1', body, facts: quiet },
  });
  const started: ConversationEvent[] = [
    {
      type: 'ConversationStarted',
      data: {
        conversationId: 'conversation-1',
        subjectId,
        starterOrganizationId: icmc.organizationId,
        withOrganizationId: mexico.organizationId,
        startedAt: at,
      },
    },
    {
      type: 'MessageSent',
      data: {
        messageId: 'message-1',
        body: 'May we visit the training?',
        senderAccountId: icmc.accountId,
        senderOrganizationId: icmc.organizationId,
        sentAt: at,
      },
    },
  ];
  const send = (actor = mexico, facts = quiet) => ({ type: 'SendMessage' as const, actor, at, data: { messageId: 'message-2', body: 'Yes, in May.', facts } });

  it('is started with the owner by a member of another organisation, with its first message', () => conversations.given([]).when(start()).then(started));
  it('is started by the owner with any organisation (one interested in its practice)', () =>
    conversations
      .given([])
      .when(start(mexico, icmc.organizationId))
      .then([
        { type: 'ConversationStarted', data: { ...started[0].data, starterOrganizationId: mexico.organizationId, withOrganizationId: icmc.organizationId } } as ConversationEvent,
        { type: 'MessageSent', data: { ...started[1].data, senderAccountId: mexico.accountId, senderOrganizationId: mexico.organizationId } } as ConversationEvent,
      ]));
  it('reaches any of several owners (a joint call)', () =>
    conversations
      .given([])
      .when(start(icmc, iom.organizationId, 'May we visit the training?', [mexico.organizationId, iom.organizationId]))
      .then([{ ...started[0], data: { ...started[0].data, withOrganizationId: iom.organizationId } } as ConversationEvent, started[1]]));
  it('refuses a conversation about a subject between two organisations neither of which owns it', () =>
    conversations.given([]).when(start(icmc, iom.organizationId)).thenThrows('DISCUSSION.NOT_THE_OWNER', 'BAD_USER_INPUT'));
  it('refuses a subject whose context names no owner', () =>
    conversations.given([]).when(start(icmc, mexico.organizationId, 'Hello', [])).thenThrows('DISCUSSION.NOT_THE_OWNER', 'BAD_USER_INPUT'));
  it('refuses a conversation with its own organisation', () =>
    conversations.given([]).when(start(icmc, icmc.organizationId)).thenThrows('DISCUSSION.OWN_ORGANIZATION', 'BAD_USER_INPUT'));
  it('refuses a visitor', () =>
    conversations
      .given([])
      .when({ ...start(), actor: null })
      .thenThrows('AUTH.UNAUTHENTICATED', 'UNAUTHENTICATED'));
  it('refuses to start twice', () => conversations.given(started).when(start()).thenThrows('DISCUSSION.CONVERSATION_ALREADY_STARTED', 'CONFLICT'));
  it('refuses an empty first message', () =>
    conversations
      .given([])
      .when(start(icmc, mexico.organizationId, ''))
      .thenThrows('DISCUSSION.INVALID'));
  it('takes a message from either organisation', () =>
    conversations
      .given(started)
      .when(send())
      .then([
        {
          type: 'MessageSent',
          data: { messageId: 'message-2', body: 'Yes, in May.', senderAccountId: mexico.accountId, senderOrganizationId: mexico.organizationId, sentAt: at },
        },
      ]));
  it('refuses a message from a third organisation', () => conversations.given(started).when(send(iom)).thenThrows('DISCUSSION.NOT_PARTICIPANT', 'FORBIDDEN'));
  it('refuses a message to a missing conversation', () => conversations.given([]).when(send()).thenThrows('DISCUSSION.CONVERSATION_NOT_FOUND', 'NOT_FOUND'));
  it('refuses an account past its messages per hour', () =>
    conversations
      .given(started)
      .when(send(mexico, { ...quiet, lastHour: GUARDS.MESSAGES_PER_HOUR }))
      .thenThrows('DISCUSSION.TOO_MANY'));
  it('takes a report of a message from the other organisation, and the Support Unit hides it', () => {
    const report = { type: 'ReportContent' as const, actor: mexico, at, data: { contentId: 'message-1', reason: 'Spam' } };
    const reportedMessage: ConversationEvent = {
      type: 'ContentReported',
      data: { contentId: 'message-1', reason: 'Spam', reporterAccountId: mexico.accountId, reporterOrganizationId: mexico.organizationId, reportedAt: at },
    };
    conversations.given(started).when(report).then([reportedMessage]);
    conversations
      .given(started)
      .when({ ...report, actor: iom })
      .thenThrows('DISCUSSION.NOT_PARTICIPANT', 'FORBIDDEN');
    conversations
      .given(started)
      .when({ ...report, data: { contentId: 'message-9', reason: 'x' } })
      .thenThrows('DISCUSSION.MESSAGE_NOT_FOUND');
    conversations
      .given([...started, reportedMessage])
      .when({ type: 'HideContent', actor: supportUnit, at, data: { contentId: 'message-1', reason: 'Spam' } })
      .then([{ type: 'ContentHidden', data: { contentId: 'message-1', reason: 'Spam', hiddenBy: supportUnit.accountId, hiddenAt: at, reportsClosed: 1 } }]);
  });
});

describe('Moderation of published items', () => {
  const practiceId = 'practice-7';
  const data = (reason?: string) => ({ contentId: practiceId, ownerOrganizationId: mexico.organizationId, ...(reason ? { reason } : {}) });
  const opened = { type: 'ItemUnderModeration' as const, data: { itemId: practiceId, ownerOrganizationId: mexico.organizationId } };
  const reportedItem = {
    type: 'ContentReported' as const,
    data: { contentId: practiceId, reason: 'Copied text', reporterAccountId: icmc.accountId, reporterOrganizationId: icmc.organizationId, reportedAt: at },
  };
  it('opens a case at the first report', () =>
    items
      .given([])
      .when({ type: 'ReportContent', actor: icmc, at, data: data('Copied text') })
      .then([opened, reportedItem]));
  it('refuses the owner reporting its own item', () =>
    items
      .given([])
      .when({ type: 'ReportContent', actor: mexico, at, data: data('x') })
      .thenThrows('MODERATION.OWN_CONTENT', 'FORBIDDEN'));
  it('is hidden by the Support Unit, even unreported', () =>
    items
      .given([])
      .when({ type: 'HideContent', actor: supportUnit, at, data: data('Not a practice') })
      .then([
        opened,
        { type: 'ContentHidden', data: { contentId: practiceId, reason: 'Not a practice', hiddenBy: supportUnit.accountId, hiddenAt: at, reportsClosed: 0 } },
      ]));
  it('refuses a state hiding an item', () =>
    items
      .given([opened])
      .when({ type: 'HideContent', actor: mexico, at, data: data('x') })
      .thenThrows('MODERATION.SUPPORT_UNIT_ONLY', 'FORBIDDEN'));
  it('refuses restore and dismissal with nothing to decide', () => {
    items.given([]).when({ type: 'RestoreContent', actor: supportUnit, at, data: data() }).thenThrows('MODERATION.NOT_HIDDEN');
    items.given([]).when({ type: 'DismissReport', actor: supportUnit, at, data: data() }).thenThrows('MODERATION.NO_OPEN_REPORT');
  });
  it('dismisses a report', () =>
    items
      .given([opened, reportedItem])
      .when({ type: 'DismissReport', actor: supportUnit, at, data: data() })
      .then([{ type: 'ReportsDismissed', data: { contentId: practiceId, dismissedBy: supportUnit.accountId, dismissedAt: at, reportsClosed: 1 } }]));
});
