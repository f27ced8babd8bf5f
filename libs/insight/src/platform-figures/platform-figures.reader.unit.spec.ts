import type { DataSource } from 'typeorm';
import { FIGURES_TTL_MS, PlatformFiguresReader } from './platform-figures.reader';

/** The reader's caching over loads it controls: each load's figures are one funnel count, resolved when the spec says. */
class ControlledReader extends PlatformFiguresReader {
  loads: Array<(calls: number) => void> = [];

  constructor() {
    super(null as unknown as DataSource); // load is replaced: no statement runs
  }

  protected override load(): ReturnType<PlatformFiguresReader['load']> {
    return new Promise((resolve) =>
      this.loads.push((calls) => resolve({ regions: [], themes: [], funnel: { calls, responses: 0, projects: 0 }, metrics: [], countries: [] })),
    );
  }
}

const callsOf = (figures: Awaited<ReturnType<PlatformFiguresReader['figures']>>) => figures.funnel[0].count;

describe('platform figures cache', () => {
  it('makes only the first reader wait; after the TTL it serves the last figures while one load computes the next', async () => {
    const reader = new ControlledReader();
    const first = reader.figures('en', 0);
    const alongside = reader.figures('fr', 1);
    expect(reader.loads).toHaveLength(1);
    reader.loads[0](1);
    expect([callsOf(await first), callsOf(await alongside)]).toEqual([1, 1]);

    const later = FIGURES_TTL_MS + 1;
    expect(callsOf(await reader.figures('en', later))).toBe(1); // stale, at once
    expect(callsOf(await reader.figures('en', later + 1))).toBe(1);
    expect(reader.loads).toHaveLength(2);
    reader.loads[1](2);
    await new Promise((r) => setImmediate(r));
    expect(callsOf(await reader.figures('en', later + 2))).toBe(2);

    reader.forget(); // a spec that wrote and reads at once waits for the new figures
    const fresh = reader.figures('en', later + 3);
    reader.loads[2](3);
    expect(callsOf(await fresh)).toBe(3);
  });
});
