import { randomUUID } from 'node:crypto';
import { org, type MutationTable } from './corpus-mutations';

/*
 * The bad-input corpus rows of the contexts added after the first round: discussion and
 * moderation (issue 14), newsletter (16), policy tools (13) and quality criteria (18). Rows
 * whose valid input names nothing that exists (an unknown comment, tool, issue) are
 * `refusalOnly`: their text cases are those the edge refuses before any lookup, and they get no
 * "script is stored" case. Texts the decider bounds (a tool's content, a criterion's texts) are
 * only spoiled where the row creates its subject, so the decider gets as far as reading them.
 */

const unknown = (category: string): string => `${category}-${randomUUID()}`;
const TOOL = { path: 'toolId', category: 'policyTool' };
const PRACTICE = { path: 'id', category: 'practice' };
const ISSUE = { path: 'issueId', category: 'newsletterIssue' };
const BODY = [{ path: 'body', max: 10_000, required: true }];
const REASON = [{ path: 'reason', max: 1_000, required: true }];
const LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];
const criterionTexts = (): Array<Record<string, string>> =>
  LANGUAGES.map((language) => ({ language, title: `Evidence of results (${language})`, explanation: 'Results are measured and published.' }));
const toolContent = {
  language: 'en',
  title: 'A guide written by the corpus',
  sections: [{ key: 'introduction', title: 'Introduction', body: 'What the guide is for.' }],
};

export const CONTEXT_MUTATIONS: MutationTable[] = [
  // practice co-authors (issue 14 point 4): the refusals come before the policy (ICMC is not invited to the draft)
  { mutation: 'invitePracticeCoAuthor', actor: 'mx', input: (f) => ({ id: f.draft, organizationId: org('icmc') }), subject: PRACTICE, ints: ['expectedRevision'], strings: ['organizationId'] },
  { mutation: 'acceptPracticeCoAuthorship', actor: 'icmc', input: (f) => ({ id: f.draft }), subject: PRACTICE, ints: ['expectedRevision'] },
  { mutation: 'declinePracticeCoAuthorship', actor: 'icmc', input: (f) => ({ id: f.draft }), subject: PRACTICE, ints: ['expectedRevision'] },
  {
    mutation: 'removePracticeCoAuthor',
    actor: 'mx',
    input: (f) => ({ id: f.draft, organizationId: org('icmc') }),
    subject: PRACTICE,
    ints: ['expectedRevision'],
    strings: ['organizationId'],
  },
  // an account's mail language (issue 16 point 6)
  { mutation: 'setAccountLanguage', selection: 'account { id }', actor: 'mx', input: () => ({ language: 'fr' }), strings: ['language'] },
  // discussion and moderation (issue 14)
  { mutation: 'postComment', actor: 'icmc', input: (f) => ({ subjectId: f.published, body: 'How were the officials chosen?' }), texts: BODY, strings: ['subjectId'] },
  {
    mutation: 'editComment',
    actor: 'icmc',
    input: () => ({ commentId: unknown('comment'), body: 'How were they chosen?' }),
    texts: BODY,
    subject: { path: 'commentId', category: 'comment' },
    refusalOnly: true,
  },
  { mutation: 'deleteComment', actor: 'icmc', input: () => ({ commentId: unknown('comment') }), subject: { path: 'commentId', category: 'comment' } },
  {
    mutation: 'startConversation',
    actor: 'icmc',
    input: (f) => ({ subjectId: f.published, withOrganizationId: org('mx'), body: 'Could we talk about the course?' }),
    texts: BODY,
    strings: ['subjectId'],
  },
  {
    mutation: 'sendMessage',
    actor: 'icmc',
    input: () => ({ conversationId: unknown('conversation'), body: 'Thank you.' }),
    texts: BODY,
    subject: { path: 'conversationId', category: 'conversation' },
    refusalOnly: true,
  },
  {
    mutation: 'reportContent',
    inputType: 'ModerationReasonInput',
    actor: 'icmc',
    input: (f) => ({ contentId: f.published, reason: 'It repeats another practice.' }),
    texts: REASON,
    strings: ['contentId'],
  },
  {
    mutation: 'hideContent',
    inputType: 'ModerationReasonInput',
    actor: 'gfmd-support-unit',
    input: () => ({ contentId: unknown('comment'), reason: 'Abusive.' }),
    texts: REASON,
    strings: ['contentId'],
    refusalOnly: true,
  },
  { mutation: 'restoreContent', actor: 'gfmd-support-unit', input: () => ({ contentId: unknown('comment') }), strings: ['contentId'] },
  { mutation: 'dismissReport', actor: 'gfmd-support-unit', input: () => ({ contentId: unknown('comment') }), strings: ['contentId'] },
  // newsletter (issue 16)
  {
    mutation: 'draftNewsletterIssue',
    actor: 'gfmd-support-unit',
    input: () => ({ title: 'News of the Platform', introduction: 'What was published this month.' }),
    texts: [
      { path: 'title', max: 200, required: true },
      { path: 'introduction', max: 5_000 },
    ],
  },
  {
    mutation: 'editNewsletterIssue',
    actor: 'gfmd-support-unit',
    input: () => ({ issueId: unknown('newsletterIssue'), title: 'News of the Platform' }),
    texts: [
      { path: 'title', max: 200, required: true },
      { path: 'introduction', max: 5_000 },
    ],
    subject: ISSUE,
    ints: ['expectedRevision'],
    refusalOnly: true,
  },
  { mutation: 'sendNewsletterIssue', actor: 'gfmd-support-unit', input: () => ({ issueId: unknown('newsletterIssue') }), subject: ISSUE, ints: ['expectedRevision'] },
  {
    mutation: 'subscribeToNewsletter',
    selection: 'accepted',
    actor: null,
    input: () => ({ email: `reader.${randomUUID().slice(0, 8)}@example.org`, language: 'fr' }),
    strings: ['email', 'language'],
  },
  { mutation: 'confirmNewsletterSubscription', selection: 'confirmed', actor: null, input: () => ({ token: 'a-token-that-names-nothing' }), strings: ['token'] },
  { mutation: 'unsubscribeFromNewsletter', selection: 'unsubscribed', actor: null, input: () => ({ token: 'a-token-that-names-nothing' }), strings: ['token'] },
  // policy tools (issue 13)
  {
    mutation: 'draftPolicyTool',
    actor: 'iom',
    input: () => ({ kind: 'GUIDE', content: structuredClone(toolContent) }),
    texts: [
      { path: 'content.title', max: 200, required: true },
      { path: 'content.summary', max: 2_000 },
      { path: 'content.sections.0.title', max: 200, required: true },
      { path: 'content.sections.0.body', max: 50_000 },
    ],
    enums: ['kind'],
  },
  { mutation: 'revisePolicyTool', actor: 'iom', input: () => ({ toolId: unknown('policyTool'), content: structuredClone(toolContent) }), subject: TOOL, ints: ['expectedRevision'] },
  { mutation: 'releasePolicyToolEdition', actor: 'iom', input: () => ({ toolId: unknown('policyTool'), releaseNotes: 'The first edition.' }), subject: TOOL, ints: ['expectedRevision'] },
  {
    mutation: 'addPolicyToolTranslation',
    actor: 'iom',
    input: () => ({ toolId: unknown('policyTool'), language: 'fr', title: 'Un guide', complete: true }),
    subject: TOOL,
    ints: ['edition', 'expectedRevision'],
    strings: ['language'],
  },
  {
    mutation: 'proposePolicyToolExample',
    actor: 'mpi',
    input: (f) => ({ toolId: unknown('policyTool'), sectionKey: 'introduction', practiceId: f.published }),
    subject: TOOL,
    ints: ['expectedRevision'],
    strings: ['sectionKey'],
  },
  { mutation: 'acceptPolicyToolExample', actor: 'iom', input: () => ({ toolId: unknown('policyTool'), exampleId: unknown('example') }), subject: TOOL },
  {
    mutation: 'declinePolicyToolExample',
    actor: 'iom',
    input: () => ({ toolId: unknown('policyTool'), exampleId: unknown('example'), reason: 'Not an example of this section.' }),
    subject: TOOL,
  },
  {
    mutation: 'setMigrationProfileGuidance',
    actor: 'gfmd-support-unit',
    input: () => ({ steps: [{ key: 'gather-the-data', title: 'Gather the data', description: 'List the sources and who holds them.' }] }),
    texts: [
      { path: 'steps.0.title', max: 200, required: true },
      { path: 'steps.0.description', max: 5_000 },
    ],
    ints: ['expectedRevision'],
  },
  // quality criteria (issue 18)
  {
    mutation: 'addQualityCriterion',
    actor: 'gfmd-support-unit',
    input: () => ({ key: `corpus-${randomUUID().slice(0, 8)}`, texts: criterionTexts() }),
    texts: [
      { path: 'texts.0.title', max: 120, required: true },
      { path: 'texts.0.explanation', max: 1_000, required: true },
    ],
    strings: ['key'],
    ints: ['expectedRevision'],
  },
  { mutation: 'rewordQualityCriterion', actor: 'gfmd-support-unit', input: () => ({ key: 'no-such-criterion', texts: criterionTexts() }), strings: ['key'] },
  { mutation: 'retireQualityCriterion', actor: 'gfmd-support-unit', input: () => ({ key: 'no-such-criterion' }), strings: ['key'], ints: ['expectedRevision'] },
  {
    mutation: 'assessPractice',
    actor: 'gfmd-support-unit',
    input: (f) => ({ id: f.inReview, verdicts: [{ criterionKey: 'evidence-of-results', verdict: 'CONFIRMED' }] }),
    subject: { path: 'id', category: 'practice' },
    enums: ['verdicts.0.verdict'],
    ints: ['expectedRevision'],
  },
  // view counts (issue 15 point 6): a visitor counts a view of a published practice; wrong kinds and unknown ids: test/insight
  { mutation: 'recordView', actor: null, selection: 'counted', input: (f) => ({ subjectId: f.published }), strings: ['subjectId'] },
];
