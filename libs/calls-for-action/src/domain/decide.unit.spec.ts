import { DeciderSpecification, member } from '@pfp/testing';
import type { CallForActionEvent } from './call-for-action';
import { fold, type Actor } from '@pfp/kernel';
import { callForActionAggregate } from './decide';

const spec = DeciderSpecification(callForActionAggregate);
const mexico = member('organization-mx', 'STATE');
const honduras = member('organization-hn', 'STATE');
const swiss = member('organization-ch', 'STATE');
const iom = member('organization-iom', 'INTERNATIONAL_ORGANIZATION');
const supportUnit = member('organization-su', 'SUPPORT_UNIT');
const at = '2011-03-01T00:00:00.000Z';
const later = '2011-05-01T00:00:00.000Z';

const post = {
  callId: 'callForAction-1',
  title: 'Training',
  description: 'Five days',
  kind: 'TRAINING' as const,
  themes: [],
  countries: ['MEX'],
  deadline: '2011-04-01T00:00:00.000Z',
  practiceId: null,
  coPosters: [],
};
const posted: CallForActionEvent = { type: 'CallForActionPosted', data: { ...post, postedBy: mexico.organizationId, postedAt: at } };
const jointlyPosted: CallForActionEvent = {
  type: 'CallForActionPosted',
  data: { ...post, coPosters: [swiss.organizationId], postedBy: mexico.organizationId, postedAt: at },
};
const responded = (org: Actor): CallForActionEvent => ({
  type: 'CallForActionResponded',
  data: { organizationId: org.organizationId, offerKind: 'TRAINING', message: 'We join', respondedAt: at },
});
const closed: CallForActionEvent = { type: 'CallForActionClosed', data: { closedBy: 'POSTER', closedAt: at } };
const accepted = (org: Actor): CallForActionEvent => ({ type: 'ResponseAccepted', data: { organizationId: org.organizationId, acceptedAt: at } });

describe('CallForAction', () => {
  describe('post', () => {
    it('is posted by a state', () => spec.given([]).when({ type: 'PostCallForAction', actor: mexico, at, data: post }).then([posted]));
    it('may be posted jointly, waiting for the co-posters', () =>
      spec
        .given([])
        .when({ type: 'PostCallForAction', actor: mexico, at, data: { ...post, coPosters: [swiss.organizationId] } })
        .then([jointlyPosted]));
    it('is refused to a partner organisation', () =>
      spec.given([]).when({ type: 'PostCallForAction', actor: iom, at, data: post }).thenThrows('CALL.STATES_ONLY', 'FORBIDDEN'));
    it('is refused twice', () =>
      spec.given([posted]).when({ type: 'PostCallForAction', actor: mexico, at, data: post }).thenThrows('CALL.ALREADY_POSTED', 'CONFLICT'));
    it('refuses a past deadline and an empty title', () =>
      spec
        .given([])
        .when({ type: 'PostCallForAction', actor: mexico, at: later, data: { ...post, title: ' ' } })
        .thenThrows('CALL.INVALID', 'BAD_USER_INPUT'));
    it('refuses the poster among its co-posters', () =>
      spec
        .given([])
        .when({ type: 'PostCallForAction', actor: mexico, at, data: { ...post, coPosters: [mexico.organizationId] } })
        .thenThrows('CALL.INVALID'));
  });

  describe('co-posting', () => {
    it('is confirmed by a co-poster, which opens the call', () => {
      spec
        .given([jointlyPosted])
        .when({ type: 'ConfirmCoPosting', actor: swiss, at, data: {} })
        .then([{ type: 'CoPostingConfirmed', data: { organizationId: swiss.organizationId, confirmedAt: at } }]);
      const state = fold(callForActionAggregate, [
        jointlyPosted,
        { type: 'CoPostingConfirmed', data: { organizationId: swiss.organizationId, confirmedAt: at } } as CallForActionEvent,
      ]);
      expect(state.status).toBe('OPEN');
    });
    it('is refused to a state not named', () =>
      spec.given([jointlyPosted]).when({ type: 'ConfirmCoPosting', actor: honduras, at, data: {} }).thenThrows('CALL.NOT_CO_POSTER', 'FORBIDDEN'));
    it('is refused twice', () =>
      spec.given([posted]).when({ type: 'ConfirmCoPosting', actor: mexico, at, data: {} }).thenThrows('CALL.ALREADY_CONFIRMED', 'CONFLICT'));
    it('keeps responses out until confirmed', () =>
      spec
        .given([jointlyPosted])
        .when({ type: 'RespondToCallForAction', actor: honduras, at, data: { offerKind: 'TRAINING', message: 'x' } })
        .thenThrows('CALL.NOT_OPEN'));
  });

  describe('respond', () => {
    const respond = (actor: Actor) => ({ type: 'RespondToCallForAction' as const, actor, at, data: { offerKind: 'TRAINING' as const, message: 'We join' } });
    it('takes a response from another state or a partner organisation', () => {
      spec
        .given([posted])
        .when(respond(honduras))
        .then([responded(honduras)]);
      spec
        .given([posted])
        .when(respond(iom))
        .then([responded(iom)]);
    });
    it('refuses a response to a closed call', () => spec.given([posted, closed]).when(respond(honduras)).thenThrows('CALL.CLOSED', 'BAD_USER_INPUT'));
    it('refuses a response to its own call', () => spec.given([posted]).when(respond(mexico)).thenThrows('CALL.OWN_CALL', 'FORBIDDEN'));
    it('refuses a second active response', () =>
      spec
        .given([posted, responded(honduras)])
        .when(respond(honduras))
        .thenThrows('CALL.ALREADY_RESPONDED', 'CONFLICT'));
    it('takes a new response after a withdrawal', () =>
      spec
        .given([posted, responded(honduras), { type: 'ResponseWithdrawn', data: { organizationId: honduras.organizationId, withdrawnAt: at } }])
        .when(respond(honduras))
        .then([responded(honduras)]));
    it('refuses the Support Unit', () => spec.given([posted]).when(respond(supportUnit)).thenThrows('CALL.SUPPORT_UNIT_CANNOT_RESPOND', 'FORBIDDEN'));
    it('refuses an empty message', () =>
      spec
        .given([posted])
        .when({ ...respond(honduras), data: { offerKind: 'TRAINING', message: ' ' } })
        .thenThrows('CALL.INVALID'));
    it('refuses a missing call', () => spec.given([]).when(respond(honduras)).thenThrows('CALL.NOT_FOUND', 'NOT_FOUND'));
  });

  describe('edit and withdraw', () => {
    it('edits an active response', () =>
      spec
        .given([posted, responded(honduras)])
        .when({ type: 'EditResponse', actor: honduras, at: later, data: { offerKind: 'EXPERTISE', message: 'More' } })
        .then([{ type: 'ResponseEdited', data: { organizationId: honduras.organizationId, offerKind: 'EXPERTISE', message: 'More', editedAt: later } }]));
    it('refuses to edit without a response', () =>
      spec
        .given([posted])
        .when({ type: 'EditResponse', actor: honduras, at, data: { offerKind: 'EXPERTISE', message: 'More' } })
        .thenThrows('CALL.NO_RESPONSE'));
    it('refuses to edit on a closed call', () =>
      spec
        .given([posted, responded(honduras), closed])
        .when({ type: 'EditResponse', actor: honduras, at, data: { offerKind: 'EXPERTISE', message: 'More' } })
        .thenThrows('CALL.CLOSED'));
    it('withdraws an active response', () =>
      spec
        .given([posted, responded(honduras)])
        .when({ type: 'WithdrawResponse', actor: honduras, at, data: {} })
        .then([{ type: 'ResponseWithdrawn', data: { organizationId: honduras.organizationId, withdrawnAt: at } }]));
    it('refuses the Support Unit editing or withdrawing', () => {
      spec
        .given([posted])
        .when({ type: 'EditResponse', actor: supportUnit, at, data: { offerKind: 'EXPERTISE', message: 'More' } })
        .thenThrows('CALL.SUPPORT_UNIT_CANNOT_RESPOND', 'FORBIDDEN');
      spec.given([posted]).when({ type: 'WithdrawResponse', actor: supportUnit, at, data: {} }).thenThrows('CALL.SUPPORT_UNIT_CANNOT_RESPOND', 'FORBIDDEN');
    });
    it('refuses to withdraw twice', () =>
      spec
        .given([posted, responded(honduras), { type: 'ResponseWithdrawn', data: { organizationId: honduras.organizationId, withdrawnAt: at } }])
        .when({ type: 'WithdrawResponse', actor: honduras, at, data: {} })
        .thenThrows('CALL.NO_RESPONSE'));
    it('refuses to withdraw from a converted call', () =>
      spec
        .given([posted, responded(honduras), accepted(honduras), { type: 'CallForActionConverted', data: { projectId: 'project-1', convertedAt: at } }])
        .when({ type: 'WithdrawResponse', actor: honduras, at, data: {} })
        .thenThrows('CALL.CLOSED'));
  });

  describe('accept', () => {
    it('lets a poster accept an active response', () =>
      spec
        .given([posted, responded(honduras)])
        .when({ type: 'AcceptResponse', actor: mexico, at, data: { organizationId: honduras.organizationId } })
        .then([accepted(honduras)]));
    it('is a no-op when already accepted', () =>
      spec
        .given([posted, responded(honduras), accepted(honduras)])
        .when({ type: 'AcceptResponse', actor: mexico, at, data: { organizationId: honduras.organizationId } })
        .then([]));
    it('is refused to a non-poster', () =>
      spec
        .given([posted, responded(honduras)])
        .when({ type: 'AcceptResponse', actor: honduras, at, data: { organizationId: honduras.organizationId } })
        .thenThrows('CALL.NOT_POSTER', 'FORBIDDEN'));
    it('needs an active response', () =>
      spec
        .given([posted])
        .when({ type: 'AcceptResponse', actor: mexico, at, data: { organizationId: honduras.organizationId } })
        .thenThrows('CALL.NO_RESPONSE'));
  });

  describe('decline', () => {
    const decline = (reason = 'Out of scope') => ({
      type: 'DeclineResponse' as const,
      actor: mexico,
      at,
      data: { organizationId: honduras.organizationId, reason },
    });
    const declined: CallForActionEvent = {
      type: 'ResponseDeclined',
      data: { organizationId: honduras.organizationId, reason: 'Out of scope', declinedAt: at },
    };
    it('lets a poster decline a response, saying why', () =>
      spec
        .given([posted, responded(honduras)])
        .when(decline())
        .then([declined]));
    it('declines an accepted response too', () =>
      spec
        .given([posted, responded(honduras), accepted(honduras)])
        .when(decline())
        .then([declined]));
    it('needs a reason', () =>
      spec
        .given([posted, responded(honduras)])
        .when(decline('  '))
        .thenThrows('CALL.INVALID', 'BAD_USER_INPUT'));
    it('is refused to a non-poster', () =>
      spec
        .given([posted, responded(honduras)])
        .when({ ...decline(), actor: swiss })
        .thenThrows('CALL.NOT_POSTER', 'FORBIDDEN'));
    it('needs a standing response: not one already declined', () =>
      spec
        .given([posted, responded(honduras), declined])
        .when(decline())
        .thenThrows('CALL.NO_RESPONSE'));
    it('lets the declined organisation respond again', () =>
      spec
        .given([posted, responded(honduras), declined])
        .when({ type: 'RespondToCallForAction', actor: honduras, at, data: { offerKind: 'TRAINING', message: 'We join' } })
        .then([responded(honduras)]));
    it('leaves a declined response out of the standing ones', () => {
      const state = fold(callForActionAggregate, [posted, responded(honduras), declined]);
      expect(state.status !== 'NONE' && state.call.responses[0]).toMatchObject({ status: 'DECLINED', declineReason: 'Out of scope' });
    });
  });

  describe('edit', () => {
    const content = {
      title: 'Training of officials',
      description: 'Ten days',
      kind: 'TRAINING' as const,
      themes: ['diaspora'],
      countries: ['MEX', 'HND'],
      deadline: post.deadline,
    };
    const edit = { type: 'EditCallForAction' as const, actor: mexico, at, data: content };
    const edited: CallForActionEvent = { type: 'CallForActionEdited', data: { ...content, editedAt: at } };
    it('lets a poster edit what the call says', () => spec.given([posted]).when(edit).then([edited]));
    it('records nothing when nothing changes', () => spec.given([posted, edited]).when(edit).then([]));
    it('keeps a deadline that has passed since, but refuses a new past one', () =>
      spec
        .given([posted])
        .when({ ...edit, at: later, data: { ...content, deadline: '2011-04-15T00:00:00.000Z' } })
        .thenThrows('CALL.INVALID', 'BAD_USER_INPUT'));
    it('accepts the same past deadline', () =>
      spec
        .given([posted])
        .when({ ...edit, at: later })
        .then([{ type: 'CallForActionEdited', data: { ...content, editedAt: later } }]));
    it('refuses an empty title', () =>
      spec
        .given([posted])
        .when({ ...edit, data: { ...content, title: '' } })
        .thenThrows('CALL.INVALID'));
    it('is refused to a responder', () =>
      spec
        .given([posted, responded(honduras)])
        .when({ ...edit, actor: honduras })
        .thenThrows('CALL.NOT_POSTER', 'FORBIDDEN'));
    it('is refused once the call became a project', () =>
      spec
        .given([posted, responded(honduras), accepted(honduras), { type: 'CallForActionConverted', data: { projectId: 'project-1', convertedAt: at } }])
        .when(edit)
        .thenThrows('CALL.CLOSED'));
    it('moves the call as edited', () => {
      const state = fold(callForActionAggregate, [posted, edited]);
      expect(state.status !== 'NONE' && state.call).toMatchObject({ title: 'Training of officials', countries: ['MEX', 'HND'] });
    });
  });

  describe('close', () => {
    it('is closed by its poster', () => spec.given([posted]).when({ type: 'CloseCallForAction', actor: mexico, at, data: {} }).then([closed]));
    it('is refused to others', () =>
      spec.given([posted]).when({ type: 'CloseCallForAction', actor: honduras, at, data: {} }).thenThrows('CALL.NOT_POSTER', 'FORBIDDEN'));
    it('is refused twice', () => spec.given([posted, closed]).when({ type: 'CloseCallForAction', actor: mexico, at, data: {} }).thenThrows('CALL.CLOSED'));
    it('closes itself once the deadline has passed', () =>
      spec
        .given([posted])
        .when({ type: 'CloseCallForActionAtDeadline', actor: null, at: later, data: { asOf: later } })
        .then([{ type: 'CallForActionClosed', data: { closedBy: 'DEADLINE', closedAt: later } }]));
    it('does not close itself before the deadline', () =>
      spec
        .given([posted])
        .when({ type: 'CloseCallForActionAtDeadline', actor: null, at, data: { asOf: at } })
        .thenThrows('CALL.DEADLINE_NOT_PASSED'));
    it('is closed at its deadline by the platform only', () =>
      spec
        .given([posted])
        .when({ type: 'CloseCallForActionAtDeadline', actor: mexico, at: later, data: { asOf: later } })
        .thenThrows('CALL.PLATFORM_ONLY', 'FORBIDDEN'));
    it('does not close itself twice', () =>
      spec
        .given([posted, closed])
        .when({ type: 'CloseCallForActionAtDeadline', actor: null, at: later, data: { asOf: later } })
        .thenThrows('CALL.CLOSED'));
  });

  describe('convert', () => {
    const convert = { type: 'ConvertCallForAction' as const, actor: mexico, at, data: { projectId: 'project-1' } };
    it('becomes a project once responses are accepted', () =>
      spec
        .given([posted, responded(honduras), accepted(honduras), closed])
        .when(convert)
        .then([{ type: 'CallForActionConverted', data: { projectId: 'project-1', convertedAt: at } }]));
    it('needs an accepted response', () =>
      spec
        .given([posted, responded(honduras)])
        .when(convert)
        .thenThrows('CALL.NO_ACCEPTED_RESPONSE'));
    it('is refused to a non-poster', () =>
      spec
        .given([posted, responded(honduras), accepted(honduras)])
        .when({ ...convert, actor: honduras })
        .thenThrows('CALL.NOT_POSTER', 'FORBIDDEN'));
    it('happens once', () =>
      spec
        .given([posted, responded(honduras), accepted(honduras), { type: 'CallForActionConverted', data: { projectId: 'project-1', convertedAt: at } }])
        .when(convert)
        .thenThrows('CALL.CLOSED', 'CONFLICT'));
  });

  describe('complete a conversion (the platform, after a crash between the launch and the conversion)', () => {
    const complete = { type: 'CompleteCallConversion' as const, actor: null, at, data: { projectId: 'project-1' } };
    const converted: CallForActionEvent = { type: 'CallForActionConverted', data: { projectId: 'project-1', convertedAt: at } };
    it('records the conversion the launch decided', () =>
      spec
        .given([posted, responded(honduras), accepted(honduras)])
        .when(complete)
        .then([converted]));
    it('is a no-op once converted to that project', () =>
      spec
        .given([posted, responded(honduras), accepted(honduras), converted])
        .when(complete)
        .then([]));
    it('refuses a call converted to another project', () =>
      spec
        .given([posted, responded(honduras), accepted(honduras), converted])
        .when({ ...complete, data: { projectId: 'project-2' } })
        .thenThrows('CALL.CONVERTED_TO_ANOTHER_PROJECT', 'CONFLICT'));
    it('is sent by the platform only', () =>
      spec
        .given([posted])
        .when({ ...complete, actor: mexico })
        .thenThrows('CALL.PLATFORM_ONLY', 'FORBIDDEN'));
  });

  it('asks a visitor to sign in, before anything else', () =>
    spec.given([]).when({ type: 'CloseCallForAction', actor: null, at, data: {} }).thenThrows('AUTH.UNAUTHENTICATED', 'UNAUTHENTICATED'));
});
