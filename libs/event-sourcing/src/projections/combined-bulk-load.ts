import type { BulkLoader, Projection } from '../nest/projections';

/**
 * One bulk load for a projection made of several that write apart (each its own streams, e.g.
 * one kind of document each in a shared table): every event goes to each of them, and their
 * writes and late events are taken together. Undefined when one of them cannot bulk load.
 */
export function combinedBulkLoader(parts: readonly Projection[]): Projection['bulkLoader'] {
  if (parts.length === 0 || parts.some((p) => !p.bulkLoader)) return undefined;
  return (options) => {
    const loaders: BulkLoader[] = parts.map((p) => p.bulkLoader!(options));
    return {
      add: (events) => loaders.forEach((l) => l.add(events)),
      drain: (final) => loaders.flatMap((l) => l.drain(final)),
      late: () => loaders.flatMap((l) => l.late()),
    };
  };
}
