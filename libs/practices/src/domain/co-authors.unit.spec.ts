import { fold, type Actor, type DomainError, type OrganizationKind } from '@pfp/kernel';
import { DeciderSpecification } from '@pfp/testing';
import { sampleContent } from '../testing/practice-fixtures';
import type { PracticeCommand } from './decide';
import { canSeeWorkingCopy } from './policies';
import type { PracticeEvent } from './practice';
import { practiceAggregate } from './practice-aggregate';

const mexico: Actor = { accountId: 'account-mx', organizationId: 'organization-mx', organizationKind: 'STATE', role: 'MEMBER', country: 'MEX' };
const icmc: Actor = { accountId: 'account-icmc', organizationId: 'organization-icmc', organizationKind: 'CIVIL_SOCIETY', role: 'MEMBER' };
const iom: Actor = { accountId: 'account-iom', organizationId: 'organization-iom', organizationKind: 'INTERNATIONAL_ORGANIZATION', role: 'MEMBER' };
const supportUnit: Actor = { accountId: 'account-su', organizationId: 'organization-su', organizationKind: 'SUPPORT_UNIT', role: 'ADMIN' };
const at = '2011-11-20T10:00:00.000Z';
const id = 'practice-00000000-0000-4000-8000-000000000001';

const drafted: PracticeEvent = {
  type: 'PracticeDrafted',
  data: { practiceId: id, ownerOrganizationId: mexico.organizationId, ownerCountry: 'MEX', content: sampleContent(), at },
};
const archived: PracticeEvent = { type: 'PracticeArchived', data: { at } };
const invited = (organizationId = icmc.organizationId): PracticeEvent => ({ type: 'PracticeCoAuthorInvited', data: { organizationId, at } });
const accepted: PracticeEvent = { type: 'PracticeCoAuthorshipAccepted', data: { organizationId: icmc.organizationId, at } };
const declined: PracticeEvent = { type: 'PracticeCoAuthorshipDeclined', data: { organizationId: icmc.organizationId, at } };
const removed: PracticeEvent = { type: 'PracticeCoAuthorRemoved', data: { organizationId: icmc.organizationId, at } };

const spec = DeciderSpecification(practiceAggregate);
const partner = (kind: OrganizationKind, active = true) => ({ kind, active });
const invite = (
  actor: Actor | null,
  organization: { kind: OrganizationKind; active: boolean } | null = partner('CIVIL_SOCIETY'),
  organizationId = icmc.organizationId,
) => ({ type: 'InvitePracticeCoAuthor', actor, at, data: { organizationId, organization } }) as PracticeCommand;
const answer = (type: 'AcceptPracticeCoAuthorship' | 'DeclinePracticeCoAuthorship', actor: Actor | null) => ({ type, actor, at, data: {} }) as PracticeCommand;
const remove = (actor: Actor | null, organizationId = icmc.organizationId) =>
  ({ type: 'RemovePracticeCoAuthor', actor, at, data: { organizationId } }) as PracticeCommand;

/** The refusal's fields, for the reason that names the field. */
function fieldsOf(events: PracticeEvent[], command: PracticeCommand): Record<string, string> | undefined {
  try {
    practiceAggregate.decide(command, fold(practiceAggregate, events));
  } catch (error) {
    return (error as DomainError).fields;
  }
  return undefined;
}

describe('Practice co-authors (decider)', () => {
  describe('InvitePracticeCoAuthor', () => {
    it.each(['CIVIL_SOCIETY', 'INTERNATIONAL_ORGANIZATION', 'ACADEMIA', 'PRIVATE_SECTOR'] as const)(
      'lets the owner state invite a partner organisation (%s)',
      (kind) =>
        spec
          .given([drafted])
          .when(invite(mexico, partner(kind)))
          .then([invited()]),
    );
    it('invites again after a decline', () => spec.given([drafted, invited(), declined]).when(invite(mexico)).then([invited()]));
    it('refuses a visitor', () => spec.given([drafted]).when(invite(null)).thenThrows('AUTH.UNAUTHENTICATED', 'UNAUTHENTICATED'));
    it('refuses anyone but the owner: another organisation, the invitee itself, the Support Unit', () => {
      for (const actor of [iom, icmc, supportUnit]) spec.given([drafted]).when(invite(actor)).thenThrows('PRACTICE.NOT_OWNER', 'FORBIDDEN');
    });
    it('refuses a state as co-author, naming the field', () => {
      spec
        .given([drafted])
        .when(invite(mexico, partner('STATE'), 'organization-hn'))
        .thenThrows('PRACTICE.CO_AUTHOR_KIND', 'BAD_USER_INPUT');
      expect(Object.keys(fieldsOf([drafted], invite(mexico, partner('STATE'), 'organization-hn'))!)).toEqual(['organizationId']);
    });
    it('refuses the Support Unit as co-author', () =>
      spec
        .given([drafted])
        .when(invite(mexico, partner('SUPPORT_UNIT'), supportUnit.organizationId))
        .thenThrows('PRACTICE.CO_AUTHOR_KIND', 'BAD_USER_INPUT'));
    it('refuses an organisation that does not exist, or is deactivated, naming the field', () => {
      spec.given([drafted]).when(invite(mexico, null)).thenThrows('PRACTICE.NO_SUCH_ORGANIZATION', 'BAD_USER_INPUT');
      expect(fieldsOf([drafted], invite(mexico, null))).toEqual({ organizationId: 'no such organization' });
      expect(fieldsOf([drafted], invite(mexico, partner('CIVIL_SOCIETY', false)))).toEqual({ organizationId: 'the organization is deactivated' });
    });
    it('refuses an organisation already invited or co-authoring', () => {
      spec.given([drafted, invited()]).when(invite(mexico)).thenThrows('PRACTICE.ALREADY_CO_AUTHOR', 'CONFLICT');
      spec.given([drafted, invited(), accepted]).when(invite(mexico)).thenThrows('PRACTICE.ALREADY_CO_AUTHOR', 'CONFLICT');
    });
    it('refuses on an archived practice', () => spec.given([drafted, archived]).when(invite(mexico)).thenThrows('PRACTICE.ARCHIVED', 'BAD_USER_INPUT'));
    it('answers NOT_FOUND for a practice that does not exist', () => spec.given([]).when(invite(mexico)).thenThrows('PRACTICE.NOT_FOUND', 'NOT_FOUND'));
  });

  describe('AcceptPracticeCoAuthorship and DeclinePracticeCoAuthorship', () => {
    it('lets the invited organisation accept', () => spec.given([drafted, invited()]).when(answer('AcceptPracticeCoAuthorship', icmc)).then([accepted]));
    it('lets the invited organisation decline', () => spec.given([drafted, invited()]).when(answer('DeclinePracticeCoAuthorship', icmc)).then([declined]));
    it.each(['AcceptPracticeCoAuthorship', 'DeclinePracticeCoAuthorship'] as const)(
      '%s: refuses an organisation not invited, the owner and the Support Unit',
      (type) => {
        for (const actor of [iom, mexico, supportUnit])
          spec.given([drafted, invited()]).when(answer(type, actor)).thenThrows('PRACTICE.NOT_INVITED', 'FORBIDDEN');
        spec.given([drafted, invited()]).when(answer(type, null)).thenThrows('AUTH.UNAUTHENTICATED', 'UNAUTHENTICATED');
      },
    );
    it('refuses an answer once given', () => {
      spec.given([drafted, invited(), accepted]).when(answer('AcceptPracticeCoAuthorship', icmc)).thenThrows('PRACTICE.INVITATION_ANSWERED', 'CONFLICT');
      spec.given([drafted, invited(), declined]).when(answer('AcceptPracticeCoAuthorship', icmc)).thenThrows('PRACTICE.INVITATION_ANSWERED', 'CONFLICT');
    });
    it('refuses an organisation removed before it answered', () =>
      spec.given([drafted, invited(), removed]).when(answer('AcceptPracticeCoAuthorship', icmc)).thenThrows('PRACTICE.NOT_INVITED', 'FORBIDDEN'));
    it('refuses on an archived practice', () =>
      spec.given([drafted, invited(), archived]).when(answer('AcceptPracticeCoAuthorship', icmc)).thenThrows('PRACTICE.ARCHIVED', 'BAD_USER_INPUT'));
  });

  describe('RemovePracticeCoAuthor', () => {
    it('lets the owner remove a co-author, an invitation or a declined one', () => {
      spec.given([drafted, invited(), accepted]).when(remove(mexico)).then([removed]);
      spec.given([drafted, invited()]).when(remove(mexico)).then([removed]);
      spec.given([drafted, invited(), declined]).when(remove(mexico)).then([removed]);
    });
    it('refuses anyone but the owner, the co-author itself too', () => {
      for (const actor of [icmc, iom, supportUnit])
        spec.given([drafted, invited(), accepted]).when(remove(actor)).thenThrows('PRACTICE.NOT_OWNER', 'FORBIDDEN');
    });
    it('refuses an organisation that is not a co-author, naming the field', () => {
      spec.given([drafted]).when(remove(mexico)).thenThrows('PRACTICE.NO_SUCH_CO_AUTHOR', 'BAD_USER_INPUT');
      expect(fieldsOf([drafted], remove(mexico))).toEqual({ organizationId: 'is not invited nor a co-author' });
    });
  });

  describe('the state', () => {
    it('lists co-authors with their status; a removed one leaves, a new invitation replaces a declined one', () => {
      const state = fold(practiceAggregate, [drafted, invited(), accepted, invited(iom.organizationId)]);
      expect(state.status === 'DRAFT' && state.coAuthors).toEqual([
        { organizationId: icmc.organizationId, status: 'ACCEPTED', invitedAt: at, answeredAt: at },
        { organizationId: iom.organizationId, status: 'INVITED', invitedAt: at, answeredAt: null },
      ]);
      const after = fold(practiceAggregate, [
        drafted,
        invited(),
        declined,
        invited(),
        invited(iom.organizationId),
        { ...removed, data: { organizationId: iom.organizationId, at } },
      ]);
      expect(after.status === 'DRAFT' && after.coAuthors).toEqual([
        { organizationId: icmc.organizationId, status: 'INVITED', invitedAt: at, answeredAt: null },
      ]);
    });
    it('lets an invited or accepted co-author read the working copy, not a declined one nor others', () => {
      const practice = (events: PracticeEvent[]) => {
        const state = fold(practiceAggregate, events);
        return state.status === 'NONE' ? { ownerOrganizationId: '' } : state;
      };
      expect(canSeeWorkingCopy(icmc, practice([drafted, invited()]))).toBe(true);
      expect(canSeeWorkingCopy(icmc, practice([drafted, invited(), accepted]))).toBe(true);
      expect(canSeeWorkingCopy(icmc, practice([drafted, invited(), declined]))).toBe(false);
      expect(canSeeWorkingCopy(iom, practice([drafted, invited()]))).toBe(false);
    });
  });
});
