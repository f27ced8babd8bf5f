import { InMemoryEventStore } from '@pfp/event-store';
import { demoAccountId, demoOrganizationId } from '@pfp/identity';
import { fold } from '@pfp/kernel';
import type { PracticeEvent } from '../domain/practice';
import { practiceAggregate } from '../domain/practice-aggregate';
import { demoPracticeId, seedDemoPractices } from './demo-practices';

describe('demo practices', () => {
  it('seeds the seven practices of the facts file, published, owned by their organisations, once however often it runs', async () => {
    const store = new InMemoryEventStore();
    expect(await seedDemoPractices(store)).toBe(7);
    expect(await seedDemoPractices(store)).toBe(0);
    const events = await store.readAll();
    expect(events).toHaveLength(21);
    const mexico = await store.readStream(demoPracticeId('mx-unaccompanied-children-training'));
    const state = fold(
      practiceAggregate,
      mexico.map((e) => ({ type: e.type, data: e.data }) as PracticeEvent),
    );
    expect(state).toMatchObject({
      status: 'PUBLISHED',
      ownerOrganizationId: demoOrganizationId('mx'),
      ownerCountry: 'MEX',
      published: { countries: ['MEX', 'HND', 'GTM', 'DOM'] },
    });
    expect(mexico.map((e) => e.metadata.actor?.accountId)).toEqual([demoAccountId('mx'), demoAccountId('mx'), demoAccountId('gfmd-support-unit')]);
    expect(demoPracticeId('mx-unaccompanied-children-training')).toMatch(/^practice-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('finishes a seed interrupted between drafting and publishing', async () => {
    const store = new InMemoryEventStore();
    await seedDemoPractices(store);
    const fresh = new InMemoryEventStore();
    const first = await store.readStream(demoPracticeId('cz-prague-process'));
    await fresh.appendToStream(
      demoPracticeId('cz-prague-process'),
      first.slice(0, 2).map((e) => ({ type: e.type, data: JSON.parse(JSON.stringify(e.data)) })),
    );
    await seedDemoPractices(fresh);
    expect((await fresh.readStream(demoPracticeId('cz-prague-process'))).map((e) => e.type)).toEqual([
      'PracticeDrafted',
      'PracticeSubmitted',
      'PracticePublished',
    ]);
  });
});
