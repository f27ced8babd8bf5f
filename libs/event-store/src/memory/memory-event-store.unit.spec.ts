import { eventStoreContract } from '../testing/contract';
import { InMemoryEventStore } from './memory-event-store';

eventStoreContract('in memory', async ({ upcasters }) => {
  const store = new InMemoryEventStore(upcasters);
  return { store, teardown: () => store.close() };
});
