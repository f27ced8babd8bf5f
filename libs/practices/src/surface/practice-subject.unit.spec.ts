import { Contributions } from '@pfp/contributions';
import { InMemoryEventStore } from '@pfp/event-store';
import { demoPracticeId, seedDemoPractices } from '../demo/demo-practices';
import { practiceLiveMapping, practiceSubject } from './practice-subject';

describe("practices' surface", () => {
  it('tells followers of publication only, under the published title, to anyone', async () => {
    const store = new InMemoryEventStore();
    await seedDemoPractices(store);
    const events = await store.readStream(demoPracticeId('mx-unaccompanied-children-training'));
    const updates = await practiceLiveMapping(store).map(events);
    expect(updates.map((u) => u.event.type)).toEqual(['PracticePublished']);
    expect(updates[0].subject).toEqual({ title: expect.stringContaining('unaccompanied'), readers: null });
    const contributions = new Contributions();
    contributions.followable(practiceSubject(null as never));
    expect(events.map((e) => contributions.feedTextOf(e)?.text ?? null)).toEqual([null, null, 'practice published']);
  });
});
