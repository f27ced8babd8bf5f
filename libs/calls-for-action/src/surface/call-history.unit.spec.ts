import { InMemoryEventStore } from '@pfp/event-store';
import { member } from '@pfp/testing';
import { callHistory } from './call-history';

const id = 'callForAction-6a1f0c3e-2b4d-4e5f-8a9b-0c1d2e3f4a5b';
const at = '2011-03-01T00:00:00.000Z';
const mexico = member('organization-mx', 'STATE');
const honduras = member('organization-hn', 'STATE');
const iom = member('organization-iom', 'INTERNATIONAL_ORGANIZATION');

describe('the history of a call', () => {
  const store = new InMemoryEventStore();
  beforeAll(() =>
    store.appendToStream(id, [
      {
        type: 'CallForActionPosted',
        data: {
          callId: id,
          title: 'Training',
          description: 'Five days of training',
          kind: 'TRAINING',
          themes: [],
          countries: [],
          deadline: null,
          practiceId: null,
          postedBy: mexico.organizationId,
          coPosters: [],
          postedAt: at,
        },
      },
      { type: 'CallForActionResponded', data: { organizationId: honduras.organizationId, offerKind: 'TRAINING', message: 'We join', respondedAt: at } },
      { type: 'ResponseDeclined', data: { organizationId: honduras.organizationId, reason: 'Too late', declinedAt: at } },
      {
        type: 'CallForActionEdited',
        data: { title: 'Training', description: 'Ten days of training', kind: 'TRAINING', themes: [], countries: ['MEX'], deadline: null, editedAt: at },
      },
    ]),
  );

  it('gives each event the fields it changed, before and after', async () => {
    const entries = await callHistory(store).entries(id, null);
    expect(entries.map((e) => e.type)).toEqual(['CallForActionPosted', 'CallForActionResponded', 'ResponseDeclined', 'CallForActionEdited']);
    expect(entries[1].changes).toEqual([{ field: `response.${honduras.organizationId}`, before: null, after: 'ACTIVE · TRAINING · We join' }]);
    expect(entries[3].changes).toEqual([
      { field: 'description', before: 'Five days of training', after: 'Ten days of training' },
      { field: 'countries', before: '', after: 'MEX' },
    ]);
  });

  it('tells why a response was declined to the posters and that responder only', async () => {
    const reasonFor = async (actor: typeof mexico | null) => (await callHistory(store).entries(id, actor))[2].reason;
    expect(await reasonFor(mexico)).toBe('Too late');
    expect(await reasonFor(honduras)).toBe('Too late');
    expect(await reasonFor(iom)).toBeNull();
    expect(await reasonFor(null)).toBeNull();
  });
});
