import type { TestApi } from './harness';
import type { Row, TableActor, TableActors } from './table';
import { CALL, PROJECT, launchProject, mutate, mutateRaw, org, postCall, respond } from '../partnerships/partnership-api';

const A = 'allowed' as const;
const D = 'denied' as const;
const SIGNED_IN = { visitor: D, state: A, partner: A, supportUnit: A };
const STATE_ONLY = { visitor: D, state: A, partner: D, supportUnit: D };
const STATE_OR_PARTNER = { visitor: D, state: A, partner: A, supportUnit: D };

/** What the rows of calls, projects and follows write: their streams' events. */
export const PARTNERSHIP_WRITE_COUNTERS = [`SELECT count(*) FROM es_events WHERE stream_name ~ '^(callForAction|project|follows)-'`];

const demoTokens = new Map<string, Promise<string>>();
/** A demo account of another organisation (Switzerland), to own what the table's actors act on. */
const swiss = (api: TestApi): Promise<string> => {
  const key = `${api.url}#ch`;
  if (!demoTokens.has(key)) demoTokens.set(key, api.signInAsDemo('ch'));
  return demoTokens.get(key)!;
};

/** A project of the table's state (Mexico) with IOM (the table's partner) as partner. */
const mexicoProject =
  (actors: TableActors): ((api: TestApi) => Promise<string>) =>
  (api) =>
    launchProject(api, actors.state.token, { partners: [{ organizationId: org('iom'), role: 'PARTNER' }] });

const run =
  (name: string, inputType: string, selection: string, input: (prepared: never, actor: TableActor) => Record<string, unknown>) =>
  (api: TestApi, actor: TableActor, prepared: never) =>
    mutateRaw(api, actor.token, name, inputType, input(prepared, actor), selection);

/** A target of the lead's (issue 18), for the target rows. */
const TRAINED = {
  targetId: 'officials-trained',
  indicator: 'officials trained',
  unit: 'officials',
  baseline: 0,
  targetValue: 5000,
  targetDate: '2013-12-31',
  serves: 'gcm-7',
};

/** One row per mutation of calls for action, partnership projects and follows, for table.ts. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of different prepared types share one table
export const partnershipRows: Row<any>[] = [
  {
    mutation: 'postCallForAction',
    run: (api, actor) =>
      mutateRaw(api, actor.token, 'postCallForAction', 'PostCallForActionInput', { title: 'Table call', description: 'd', kind: 'EXPERTISE' }, CALL),
    expected: STATE_ONLY,
  },
  {
    mutation: 'confirmCoPosting',
    prepare: async (api) => postCall(api, await swiss(api), { coPosterIds: [org('mx')] }),
    run: run('confirmCoPosting', 'ConfirmCoPostingInput', CALL, (callId: string) => ({ callId })),
    expected: STATE_ONLY,
  },
  {
    mutation: 'respondToCallForAction',
    prepare: async (api) => postCall(api, await swiss(api)),
    run: run('respondToCallForAction', 'RespondToCallForActionInput', CALL, (callId: string) => ({ callId, offerKind: 'TRAINING', message: 'We join.' })),
    expected: STATE_OR_PARTNER,
  },
  {
    mutation: 'editResponse',
    prepare: async (api, _actors, actor) => {
      const callId = await postCall(api, await swiss(api));
      if (actor.kind === 'state' || actor.kind === 'partner') await respond(api, actor.token, callId);
      return callId;
    },
    run: run('editResponse', 'EditResponseInput', CALL, (callId: string) => ({ callId, offerKind: 'EXPERTISE', message: 'We join with experts.' })),
    expected: STATE_OR_PARTNER,
  },
  {
    mutation: 'withdrawResponse',
    prepare: async (api, _actors, actor) => {
      const callId = await postCall(api, await swiss(api));
      if (actor.kind === 'state' || actor.kind === 'partner') await respond(api, actor.token, callId);
      return callId;
    },
    run: run('withdrawResponse', 'WithdrawResponseInput', CALL, (callId: string) => ({ callId })),
    expected: STATE_OR_PARTNER,
  },
  {
    mutation: 'acceptResponse',
    prepare: async (api, actors) => {
      const callId = await postCall(api, actors.state.token);
      await respond(api, await swiss(api), callId);
      return callId;
    },
    run: run('acceptResponse', 'AcceptResponseInput', CALL, (callId: string) => ({ callId, organizationId: org('ch') })),
    expected: STATE_ONLY,
  },
  {
    mutation: 'declineResponse',
    prepare: async (api, actors) => {
      const callId = await postCall(api, actors.state.token);
      await respond(api, await swiss(api), callId);
      return callId;
    },
    run: run('declineResponse', 'DeclineResponseInput', CALL, (callId: string) => ({ callId, organizationId: org('ch'), reason: 'Out of scope' })),
    expected: STATE_ONLY,
  },
  {
    mutation: 'editCallForAction',
    prepare: (api, actors) => postCall(api, actors.state.token),
    run: run('editCallForAction', 'EditCallForActionInput', CALL, (callId: string) => ({ callId, title: 'Edited', description: 'd2', kind: 'TRAINING' })),
    expected: STATE_ONLY,
  },
  {
    mutation: 'closeCallForAction',
    prepare: (api, actors) => postCall(api, actors.state.token),
    run: run('closeCallForAction', 'CloseCallForActionInput', CALL, (callId: string) => ({ callId })),
    expected: STATE_ONLY,
  },
  {
    mutation: 'launchPartnershipProject',
    run: (api, actor) => mutateRaw(api, actor.token, 'launchPartnershipProject', 'LaunchPartnershipProjectInput', { title: 'Table project' }, PROJECT),
    expected: STATE_OR_PARTNER,
  },
  {
    mutation: 'addProjectPartner',
    prepare: (api, actors) => mexicoProject(actors)(api),
    run: run('addProjectPartner', 'AddProjectPartnerInput', PROJECT, (projectId: string) => ({ projectId, organizationId: org('ch'), role: 'FUNDER' })),
    expected: STATE_ONLY,
  },
  {
    mutation: 'leaveProject',
    prepare: async (api) =>
      launchProject(api, await swiss(api), {
        partners: [
          { organizationId: org('mx'), role: 'PARTNER' },
          { organizationId: org('iom'), role: 'IMPLEMENTER' },
        ],
      }),
    run: run('leaveProject', 'LeaveProjectInput', PROJECT, (projectId: string) => ({ projectId })),
    expected: STATE_OR_PARTNER,
  },
  {
    mutation: 'removeProjectPartner',
    prepare: (api, actors) => mexicoProject(actors)(api),
    run: run('removeProjectPartner', 'RemoveProjectPartnerInput', PROJECT, (projectId: string) => ({ projectId, organizationId: org('iom') })),
    expected: STATE_ONLY,
  },
  {
    mutation: 'changeProjectPartnerRole',
    prepare: (api, actors) => mexicoProject(actors)(api),
    run: run('changeProjectPartnerRole', 'ChangeProjectPartnerRoleInput', PROJECT, (projectId: string) => ({
      projectId,
      organizationId: org('iom'),
      role: 'IMPLEMENTER',
    })),
    expected: STATE_ONLY,
  },
  {
    mutation: 'editPartnershipProject',
    prepare: (api, actors) => mexicoProject(actors)(api),
    run: run('editPartnershipProject', 'EditPartnershipProjectInput', PROJECT, (projectId: string) => ({ projectId, summary: 'Training for officials.' })),
    expected: STATE_ONLY,
  },
  {
    mutation: 'addMilestone',
    prepare: (api, actors) => mexicoProject(actors)(api),
    run: run('addMilestone', 'AddMilestoneInput', PROJECT, (projectId: string) => ({ projectId, title: 'First course', plannedOn: '2027-01-15' })),
    expected: STATE_ONLY,
  },
  {
    mutation: 'reachMilestone',
    prepare: async (api, actors) => {
      const projectId = await mexicoProject(actors)(api);
      const added = await mutate<{ partnershipProject: { milestones: Array<{ id: string }> } }>(
        api,
        actors.state.token,
        'addMilestone',
        'AddMilestoneInput',
        { projectId, title: 'First course', plannedOn: '2027-01-15' },
        'partnershipProject { milestones { id } }',
      );
      return { projectId, milestoneId: added.partnershipProject.milestones[0].id };
    },
    run: run('reachMilestone', 'ReachMilestoneInput', PROJECT, (p: { projectId: string; milestoneId: string }) => ({ ...p })),
    expected: STATE_OR_PARTNER,
  },
  {
    mutation: 'postProjectUpdate',
    prepare: (api, actors) => mexicoProject(actors)(api),
    run: run('postProjectUpdate', 'PostProjectUpdateInput', PROJECT, (projectId: string) => ({
      projectId,
      text: 'Progress.',
      metrics: [{ indicator: 'officials trained', value: 10 }],
    })),
    expected: STATE_OR_PARTNER,
  },
  {
    mutation: 'setProjectTarget',
    prepare: (api, actors) => mexicoProject(actors)(api),
    run: run('setProjectTarget', 'SetProjectTargetInput', PROJECT, (projectId: string) => ({ projectId, ...TRAINED })),
    expected: STATE_ONLY,
  },
  {
    mutation: 'retireProjectTarget',
    prepare: async (api, actors) => {
      const projectId = await mexicoProject(actors)(api);
      await mutate(api, actors.state.token, 'setProjectTarget', 'SetProjectTargetInput', { projectId, ...TRAINED }, 'revision');
      return projectId;
    },
    run: run('retireProjectTarget', 'RetireProjectTargetInput', PROJECT, (projectId: string) => ({ projectId, targetId: TRAINED.targetId })),
    expected: STATE_ONLY,
  },
  {
    mutation: 'completeProject',
    prepare: (api, actors) => mexicoProject(actors)(api),
    run: run('completeProject', 'CompleteProjectInput', PROJECT, (projectId: string) => ({ projectId })),
    expected: STATE_ONLY,
  },
  {
    mutation: 'cancelProject',
    prepare: (api, actors) => mexicoProject(actors)(api),
    run: run('cancelProject', 'CancelProjectInput', PROJECT, (projectId: string) => ({ projectId, reason: 'No funding.' })),
    expected: STATE_ONLY,
  },
  {
    mutation: 'follow',
    prepare: async (api) => launchProject(api, await swiss(api)),
    run: run('follow', 'FollowInput', 'subjectId following revision', (subjectId: string) => ({ subjectId })),
    expected: SIGNED_IN,
  },
  {
    mutation: 'unfollow',
    prepare: async (api, _actors, actor) => {
      const subjectId = await launchProject(api, await swiss(api));
      if (actor.token) await mutate(api, actor.token, 'follow', 'FollowInput', { subjectId }, 'following');
      return subjectId;
    },
    run: run('unfollow', 'UnfollowInput', 'subjectId following revision', (subjectId: string) => ({ subjectId })),
    expected: SIGNED_IN,
  },
  {
    mutation: 'markFeedRead',
    run: (api, actor) => mutateRaw(api, actor.token, 'markFeedRead', 'MarkFeedReadInput', {}, 'unreadCount revision'),
    expected: SIGNED_IN,
  },
  {
    mutation: 'setNotificationPreference',
    run: (api, actor) =>
      mutateRaw(api, actor.token, 'setNotificationPreference', 'SetNotificationPreferenceInput', { frequency: 'WEEKLY' }, 'frequency revision'),
    expected: SIGNED_IN,
  },
];
