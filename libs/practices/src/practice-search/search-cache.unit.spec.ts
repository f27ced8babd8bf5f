import type { Projections } from '@pfp/event-sourcing';
import { PRACTICE_SEARCH } from './practice-search.projection';
import { PracticeSearchCache } from './search-cache';

function projectionsAt(state: { status: string; checkpoint: { commit: bigint; prepare: bigint } | null }): Projections {
  return { status: () => [{ name: PRACTICE_SEARCH, ...state }] } as unknown as Projections;
}

describe('PracticeSearchCache', () => {
  it('serves a result until the search read model moves, then computes afresh', async () => {
    const consumer = { status: 'running', checkpoint: null as { commit: bigint; prepare: bigint } | null };
    const cache = new PracticeSearchCache(projectionsAt(consumer));
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cache.get('q', compute)).toBe(1);
    expect(await cache.get('q', compute)).toBe(1);
    expect(await cache.get('other', compute)).toBe(2);
    consumer.checkpoint = { commit: 10n, prepare: 3n };
    expect(await cache.get('q', compute)).toBe(3);
    expect(await cache.get('q', compute)).toBe(3);
  });

  it('caches nothing where this process does not run the projection, or when disabled', async () => {
    let computed = 0;
    const compute = async () => ++computed;
    const elsewhere = new PracticeSearchCache(projectionsAt({ status: 'standby', checkpoint: null }));
    await elsewhere.get('q', compute);
    await elsewhere.get('q', compute);
    expect(computed).toBe(2);
    const disabled = new PracticeSearchCache(projectionsAt({ status: 'running', checkpoint: null }));
    disabled.enabled = false;
    await disabled.get('q', compute);
    await disabled.get('q', compute);
    expect(computed).toBe(4);
  });

  it('forgets a failed computation', async () => {
    const cache = new PracticeSearchCache(projectionsAt({ status: 'running', checkpoint: null }));
    await expect(cache.get('q', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('q', async () => 'fresh')).toBe('fresh');
  });
});
