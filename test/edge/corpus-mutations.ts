import { randomUUID } from 'node:crypto';
import { demoAccountId, demoOrganizationId } from '@pfp/identity';
import { mexicoDraft } from '@pfp/practices/testing';

/*
 * The mutations of the bad-input corpus (issue 11 items 12 and 13), by the kinds of their
 * fields; ./corpus-tables.ts generates the cases from them, so a new field is one entry here and
 * gets every case of its kind. A new mutation is one row (the table spec fails without it).
 */

export const org = demoOrganizationId;

/** What the spec prepares before the cases run. */
export interface Fixtures {
  /** Mexico's draft practice. */
  draft: string;
  /** Mexico's practice in review. */
  inReview: string;
  /** Mexico's published practice, with a contact. */
  published: string;
  publishedContact: string;
  /** Mexico's open call; IOM has responded to it. */
  call: string;
  /** Mexico's project, IOM a partner, with a milestone. */
  project: string;
  milestone: string;
}

export interface TextField {
  path: string;
  max: number;
  /** Text that shows nothing is refused. */
  required?: boolean;
}

export type DateKind = 'date' | 'partialDate' | 'dateTime';

export interface MutationTable {
  /** Its input type is `<Mutation>Input`. */
  mutation: string;
  /** What to select of the payload (anything: a refusal returns none of it); `revision` by default, which every aggregate's payload has. */
  selection?: string;
  actor: string | null;
  /** A valid input, which the cases spoil one field at a time. */
  input(f: Fixtures): Record<string, unknown>;
  texts?: TextField[];
  dates?: Array<{ path: string; kind: DateKind }>;
  /** The id of the aggregate acted on: malformed and of the wrong kind are BAD_USER_INPUT, unknown NOT_FOUND. */
  subject?: { path: string; category: string };
  /** Fields of an enum type. */
  enums?: string[];
  /** Fields of type Int. */
  ints?: string[];
  /** Fields of type String given a number (a careless client). */
  strings?: string[];
  /** Its input type when it is not `<Mutation>Input` (a shared input). */
  inputType?: string;
  /** Its valid input names nothing that exists: refusals only, no "script is stored" case. */
  refusalOnly?: boolean;
}

const PRACTICE_ID = { path: 'id', category: 'practice' };
const CALL_ID = { path: 'callId', category: 'callForAction' };
const PROJECT_ID = { path: 'projectId', category: 'project' };
const ORGANIZATION_ID = { path: 'id', category: 'organization' };
const ACCOUNT_ID = { path: 'accountId', category: 'account' };
const REQUEST_ID = { path: 'requestId', category: 'accountRequest' };
/** No such request: the refusals do not get as far as looking it up. */
const NO_REQUEST = 'accountRequest-00000000-0000-4000-8000-000000000000';
const practice = (f: Fixtures, id: string): Record<string, unknown> => ({ ...mexicoDraft, id: f[id as keyof Fixtures] });

const PRACTICE_TEXTS: TextField[] = [
  { path: 'title', max: 200, required: true },
  { path: 'summary', max: 1_000 },
  { path: 'body', max: 20_000 },
];

/** Every mutation of the schema but signOut and the sign-in helper's, with its fields by kind. */
export const MUTATIONS: MutationTable[] = [
  {
    mutation: 'draftPractice',
    actor: 'mx',
    input: () => ({
      ...mexicoDraft,
      period: { start: '2010-01', end: '2011-06-30' },
      results: [{ indicator: 'officials trained', value: '3500' }],
      resources: [{ title: 'The training manual', url: 'https://example.org/manual.pdf', kind: 'DOCUMENT' }],
      contact: { name: 'Ana Pérez', email: 'ana@example.org' },
    }),
    texts: [
      ...PRACTICE_TEXTS,
      { path: 'results.0.indicator', max: 500, required: true },
      { path: 'results.0.value', max: 200, required: true },
      { path: 'resources.0.title', max: 300 },
      { path: 'contact.name', max: 200 },
    ],
    dates: [
      { path: 'period.start', kind: 'partialDate' },
      { path: 'period.end', kind: 'partialDate' },
    ],
    enums: ['language', 'implementationStatus', 'resources.0.kind'],
    strings: ['title', 'countries.0', 'contact.email'],
  },
  {
    mutation: 'revisePractice',
    actor: 'mx',
    input: (f) => practice(f, 'draft'),
    texts: PRACTICE_TEXTS,
    dates: [{ path: 'period.start', kind: 'partialDate' }],
    subject: PRACTICE_ID,
    ints: ['expectedRevision'],
  },
  { mutation: 'submitPractice', actor: 'mx', input: (f) => ({ id: f.draft }), subject: PRACTICE_ID, ints: ['expectedRevision'] },
  { mutation: 'publishPractice', actor: 'gfmd-support-unit', input: (f) => ({ id: f.inReview }), subject: PRACTICE_ID, ints: ['expectedRevision'] },
  {
    mutation: 'requestPracticeChanges',
    actor: 'gfmd-support-unit',
    input: (f) => ({ id: f.inReview, reason: 'Add the results of 2011.' }),
    texts: [{ path: 'reason', max: 2_000, required: true }],
    subject: PRACTICE_ID,
  },
  { mutation: 'archivePractice', actor: 'mx', input: (f) => ({ id: f.draft }), subject: PRACTICE_ID },
  {
    mutation: 'addPracticeTranslation',
    actor: 'mx',
    input: (f) => ({ id: f.draft, language: 'fr', title: 'Protection des enfants migrants non accompagnés', summary: 'Former les agents.', body: 'Gratuit.' }),
    texts: PRACTICE_TEXTS,
    subject: PRACTICE_ID,
    enums: ['language'],
  },
  {
    mutation: 'revisePracticeTranslation',
    actor: 'mx',
    input: (f) => ({ id: f.draft, language: 'fr', title: 'Protection des enfants migrants non accompagnés', summary: 'Former les agents.', body: 'Gratuit.' }),
    texts: PRACTICE_TEXTS,
    subject: PRACTICE_ID,
    enums: ['language'],
    ints: ['expectedRevision'],
  },
  { mutation: 'expressInterestInPractice', actor: 'iom', input: (f) => ({ id: f.published }), subject: PRACTICE_ID },
  { mutation: 'eraseContact', actor: 'gfmd-support-unit', input: (f) => ({ id: f.published, subjectId: f.publishedContact }), subject: PRACTICE_ID },
  {
    mutation: 'postCallForAction',
    actor: 'mx',
    input: () => ({
      title: 'Training on the protection of migrant children',
      description: 'Five days, four times a year.',
      kind: 'TRAINING',
      countries: ['MEX'],
      deadline: '2031-04-01T00:00:00Z',
    }),
    texts: [
      { path: 'title', max: 200, required: true },
      { path: 'description', max: 10_000, required: true },
    ],
    dates: [{ path: 'deadline', kind: 'dateTime' }],
    enums: ['kind'],
    strings: ['title', 'description'],
  },
  {
    mutation: 'respondToCallForAction',
    actor: 'ch',
    input: (f) => ({ callId: f.call, offerKind: 'EXPERTISE', message: 'We can send two trainers.' }),
    texts: [{ path: 'message', max: 5_000, required: true }],
    subject: CALL_ID,
    enums: ['offerKind'],
    ints: ['expectedRevision'],
  },
  {
    mutation: 'editResponse',
    actor: 'iom',
    input: (f) => ({ callId: f.call, offerKind: 'TRAINING', message: 'We will send three officials.' }),
    texts: [{ path: 'message', max: 5_000, required: true }],
    subject: CALL_ID,
  },
  { mutation: 'withdrawResponse', actor: 'iom', input: (f) => ({ callId: f.call }), subject: CALL_ID },
  { mutation: 'closeCallForAction', actor: 'mx', input: (f) => ({ callId: f.call }), subject: CALL_ID, ints: ['expectedRevision'] },
  { mutation: 'confirmCoPosting', actor: 'ch', input: (f) => ({ callId: f.call }), subject: CALL_ID },
  { mutation: 'acceptResponse', actor: 'mx', input: (f) => ({ callId: f.call, organizationId: org('iom') }), subject: CALL_ID },
  {
    mutation: 'declineResponse',
    actor: 'mx',
    input: (f) => ({ callId: f.call, organizationId: org('iom'), reason: 'Out of the scope of the call.' }),
    texts: [{ path: 'reason', max: 2_000, required: true }],
    subject: CALL_ID,
  },
  {
    mutation: 'editCallForAction',
    actor: 'mx',
    input: (f) => ({ callId: f.call, title: 'Training of officials', description: 'Ten days.', kind: 'TRAINING', countries: ['MEX'] }),
    texts: [
      { path: 'title', max: 200, required: true },
      { path: 'description', max: 10_000, required: true },
    ],
    dates: [{ path: 'deadline', kind: 'dateTime' }],
    enums: ['kind'],
    subject: CALL_ID,
    ints: ['expectedRevision'],
  },
  {
    mutation: 'launchPartnershipProject',
    actor: 'mx',
    input: () => ({
      title: 'Training together',
      summary: 'Officials of three states.',
      objectives: ['Train 300 officials'],
      startsOn: '2011-04-01',
      endsOn: '2012-03-31',
      partners: [{ organizationId: org('iom'), role: 'IMPLEMENTER' }],
    }),
    texts: [
      { path: 'title', max: 200, required: true },
      { path: 'summary', max: 10_000 },
      { path: 'objectives.0', max: 500, required: true },
    ],
    dates: [
      { path: 'startsOn', kind: 'date' },
      { path: 'endsOn', kind: 'date' },
    ],
    enums: ['visibility', 'partners.0.role'],
    strings: ['title'],
  },
  {
    mutation: 'addProjectPartner',
    actor: 'mx',
    input: (f) => ({ projectId: f.project, organizationId: org('ch'), role: 'FUNDER' }),
    subject: PROJECT_ID,
    enums: ['role'],
    ints: ['expectedRevision'],
  },
  { mutation: 'leaveProject', actor: 'iom', input: (f) => ({ projectId: f.project }), subject: PROJECT_ID },
  {
    mutation: 'removeProjectPartner',
    actor: 'mx',
    input: (f) => ({ projectId: f.project, organizationId: org('iom') }),
    subject: PROJECT_ID,
    strings: ['organizationId'],
    ints: ['expectedRevision'],
  },
  {
    mutation: 'changeProjectPartnerRole',
    actor: 'mx',
    input: (f) => ({ projectId: f.project, organizationId: org('iom'), role: 'IMPLEMENTER' }),
    subject: PROJECT_ID,
    enums: ['role'],
  },
  {
    mutation: 'editPartnershipProject',
    actor: 'mx',
    input: (f) => ({ projectId: f.project, title: 'Training together', summary: 'Officials of three states.', endsOn: '2012-03-31' }),
    texts: [
      { path: 'title', max: 200, required: true },
      { path: 'summary', max: 10_000 },
    ],
    dates: [{ path: 'endsOn', kind: 'date' }],
    enums: ['visibility'],
    subject: PROJECT_ID,
  },
  {
    mutation: 'addMilestone',
    actor: 'mx',
    input: (f) => ({ projectId: f.project, title: 'First course', plannedOn: '2011-09-01' }),
    texts: [{ path: 'title', max: 200, required: true }],
    dates: [{ path: 'plannedOn', kind: 'date' }],
    subject: PROJECT_ID,
  },
  {
    mutation: 'reachMilestone',
    actor: 'mx',
    input: (f) => ({ projectId: f.project, milestoneId: f.milestone, reachedOn: '2011-09-02' }),
    dates: [{ path: 'reachedOn', kind: 'date' }],
    subject: PROJECT_ID,
  },
  {
    mutation: 'postProjectUpdate',
    actor: 'mx',
    input: (f) => ({
      projectId: f.project,
      text: 'The first course took place.',
      metrics: [{ indicator: 'officials trained', value: 70, unit: 'people' }],
      videoUrl: 'https://vimeo.com/123456',
    }),
    texts: [
      { path: 'text', max: 10_000, required: true },
      { path: 'metrics.0.indicator', max: 200, required: true },
    ],
    subject: PROJECT_ID,
    strings: ['text'],
  },
  {
    mutation: 'setProjectTarget',
    actor: 'mx',
    input: (f) => ({
      projectId: f.project,
      targetId: 'officials-trained',
      indicator: 'officials trained',
      unit: 'officials',
      baseline: 0,
      targetValue: 5000,
      targetDate: '2013-12-31',
      serves: 'gcm-7',
    }),
    texts: [
      { path: 'indicator', max: 200, required: true },
      { path: 'unit', max: 100, required: true },
    ],
    dates: [{ path: 'targetDate', kind: 'date' }],
    subject: PROJECT_ID,
    strings: ['targetId', 'serves'],
  },
  {
    mutation: 'retireProjectTarget',
    actor: 'mx',
    input: (f) => ({ projectId: f.project, targetId: 'officials-trained' }),
    subject: PROJECT_ID,
    strings: ['targetId'],
  },
  { mutation: 'completeProject', actor: 'mx', input: (f) => ({ projectId: f.project }), subject: PROJECT_ID, ints: ['expectedRevision'] },
  {
    mutation: 'cancelProject',
    actor: 'mx',
    input: (f) => ({ projectId: f.project, reason: 'Funding ended.' }),
    texts: [{ path: 'reason', max: 2_000, required: true }],
    subject: PROJECT_ID,
  },
  { mutation: 'follow', selection: 'following', actor: 'mx', input: (f) => ({ subjectId: f.published }), strings: ['subjectId'] },
  { mutation: 'unfollow', selection: 'following', actor: 'mx', input: (f) => ({ subjectId: f.published }), strings: ['subjectId'] },
  {
    mutation: 'markFeedRead',
    selection: 'unreadCount',
    actor: 'mx',
    input: () => ({ until: '2011-12-01T09:00:00Z' }),
    dates: [{ path: 'until', kind: 'dateTime' }],
  },
  { mutation: 'setNotificationPreference', selection: 'frequency', actor: 'mx', input: () => ({ frequency: 'WEEKLY' }), enums: ['frequency'] },
  {
    mutation: 'createOrganization',
    selection: 'organization { id }',
    actor: 'gfmd-support-unit',
    input: () => ({ kind: 'CIVIL_SOCIETY', name: 'Migrant Rights Network' }),
    texts: [{ path: 'name', max: 200, required: true }],
    enums: ['kind'],
    strings: ['name'],
  },
  {
    mutation: 'renameOrganization',
    selection: 'organization { id }',
    actor: 'gfmd-support-unit',
    input: () => ({ id: org('icmc'), name: 'International Catholic Migration Commission' }),
    texts: [{ path: 'name', max: 200, required: true }],
    subject: ORGANIZATION_ID,
  },
  {
    mutation: 'deactivateOrganization',
    selection: 'organization { id }',
    actor: 'gfmd-support-unit',
    input: () => ({ id: org('icmc') }),
    subject: ORGANIZATION_ID,
  },
  {
    mutation: 'inviteAccount',
    selection: 'account { id }',
    actor: 'gfmd-support-unit',
    input: () => ({ email: `corpus.${randomUUID().slice(0, 8)}@example.org`, displayName: 'A new member', organizationId: org('iom'), role: 'MEMBER' }),
    texts: [{ path: 'displayName', max: 120, required: true }],
    enums: ['role'],
    strings: ['email'],
  },
  {
    mutation: 'requestAccount',
    selection: 'received',
    actor: null,
    input: () => ({
      organizationName: 'Migrant Voices',
      kind: 'CIVIL_SOCIETY',
      contactName: 'Ana Pérez',
      email: `request.${randomUUID().slice(0, 8)}@example.org`,
      reason: 'To share what our members learnt.',
    }),
    texts: [
      { path: 'organizationName', max: 200, required: true },
      { path: 'contactName', max: 120, required: true },
      { path: 'reason', max: 2_000, required: true },
    ],
    enums: ['kind'],
    strings: ['email'],
  },
  { mutation: 'approveAccountRequest', selection: 'request { id }', actor: 'gfmd-support-unit', input: () => ({ requestId: NO_REQUEST }), subject: REQUEST_ID },
  {
    mutation: 'declineAccountRequest',
    selection: 'request { id }',
    actor: 'gfmd-support-unit',
    input: () => ({ requestId: NO_REQUEST, reason: 'Not an organisation.' }),
    texts: [{ path: 'reason', max: 2_000, required: true }],
    subject: REQUEST_ID,
  },
  {
    mutation: 'removeAccount',
    selection: 'account { id }',
    actor: 'gfmd-support-unit',
    input: () => ({ accountId: demoAccountId('icmc') }),
    subject: ACCOUNT_ID,
  },
  {
    mutation: 'changeAccountRole',
    selection: 'account { id }',
    actor: 'gfmd-support-unit',
    input: () => ({ accountId: demoAccountId('icmc'), role: 'ADMIN' }),
    subject: ACCOUNT_ID,
    enums: ['role'],
  },
  {
    mutation: 'changeDisplayName',
    selection: 'account { id }',
    actor: 'mx',
    input: () => ({ displayName: 'Mexico, migration desk' }),
    texts: [{ path: 'displayName', max: 120, required: true }],
  },
  {
    mutation: 'changePassword',
    selection: 'otherSessionsEnded',
    actor: 'mx',
    input: () => ({ currentPassword: 'not the password', newPassword: 'a long enough password' }),
    strings: ['currentPassword', 'newPassword'],
  },
  {
    mutation: 'endSession',
    selection: 'ended',
    actor: 'mx',
    input: () => ({ sessionId: `session-${randomUUID()}` }),
    subject: { path: 'sessionId', category: 'session' },
  },
  {
    mutation: 'acceptInvitation',
    selection: 'token',
    actor: null,
    input: () => ({ token: 'an-invitation-token-that-does-not-exist', password: 'a long enough password' }),
    texts: [{ path: 'token', max: 200, required: true }],
    strings: ['password'],
  },
  {
    mutation: 'resetPassword',
    selection: 'ok: __typename',
    actor: null,
    input: () => ({ token: 'a-reset-token-that-does-not-exist', password: 'a long enough password' }),
    texts: [{ path: 'token', max: 200, required: true }],
  },
  { mutation: 'requestPasswordReset', selection: 'ok: __typename', actor: null, input: () => ({ email: 'someone@example.org' }), strings: ['email'] },
  {
    mutation: 'signIn',
    selection: 'token',
    actor: null,
    input: () => ({ email: 'someone@example.org', password: 'not the password' }),
    strings: ['email', 'password'],
  },
  // webhooks (issue 16): a public address literal, so the valid input needs no lookup; the ids name nothing; a URL is no text to store (test/webhooks refuses bad ones)
  {
    mutation: 'registerWebhook',
    selection: 'secret',
    actor: 'mx',
    input: () => ({ url: 'https://93.184.216.34/hooks', eventTypes: ['ProjectUpdatePosted'] }),
    strings: ['url', 'eventTypes.0'],
  },
  {
    mutation: 'updateWebhook',
    actor: 'mx',
    input: () => ({ webhookId: `webhook-${randomUUID()}`, url: 'https://93.184.216.34/hooks' }),
    strings: ['url'],
    subject: { path: 'webhookId', category: 'webhook' },
    ints: ['expectedRevision'],
  },
  {
    mutation: 'deleteWebhook',
    selection: 'webhookId',
    actor: 'mx',
    input: () => ({ webhookId: `webhook-${randomUUID()}` }),
    subject: { path: 'webhookId', category: 'webhook' },
  },
  { mutation: 'redeliverWebhook', selection: 'delivery { id }', actor: 'mx', input: () => ({ deliveryId: randomUUID() }) },
];
