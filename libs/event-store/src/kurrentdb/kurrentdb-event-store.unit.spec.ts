import { WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import type { KurrentDBClient } from '@kurrent/kurrentdb-client';
import { ConcurrencyError, InvalidAppendError } from '../errors';
import { ANY, NO_STREAM, STREAM_EXISTS } from '../types';
import { KurrentDBEventStore, isSystemRecord, toStreamState } from './kurrentdb-event-store';

// No KurrentDB server runs here: these check the mapping to the client's calls and errors.
function fakeClient(overrides: Partial<Record<keyof KurrentDBClient, unknown>>): KurrentDBClient {
  return overrides as unknown as KurrentDBClient;
}

async function* nothing(): AsyncIterableIterator<never> {
  // an empty read
}

describe('KurrentDBEventStore (mapping, no server)', () => {
  it('maps expected revisions to the client streamState', () => {
    expect(toStreamState(ANY)).toBe('any');
    expect(toStreamState(NO_STREAM)).toBe('no_stream');
    expect(toStreamState(STREAM_EXISTS)).toBe('stream_exists');
    expect(toStreamState(4)).toBe(4n);
  });

  it('does not fake a multi-stream append: says so and sends nothing', async () => {
    const appendToStream = jest.fn();
    const store = new KurrentDBEventStore(fakeClient({ appendToStream }));
    expect(store.supportsMultiStreamAppend).toBe(false);
    await expect(
      store.appendToStreams([
        { streamName: 'a-1', events: [{ type: 'A', data: {} }] },
        { streamName: 'b-1', events: [{ type: 'B', data: {} }] },
      ]),
    ).rejects.toThrow(/cannot append to 2 streams atomically: check store.supportsMultiStreamAppend/);
    expect(appendToStream).not.toHaveBeenCalled();
  });

  it('sends our ids, types, JSON data and metadata with the streamState', async () => {
    const appendToStream = jest.fn().mockResolvedValue({ success: true, nextExpectedRevision: 1n, position: { commit: 10n, prepare: 9n } });
    const store = new KurrentDBEventStore(fakeClient({ appendToStream }));
    const id = '6f1d2b2c-5b8e-4c5a-9a43-1f6f6f0a0001';
    const result = await store.appendToStream(
      'practice-1',
      [
        { id, type: 'PracticeDrafted', data: { title: 'T' } },
        { type: 'Other', data: [1] },
      ],
      { expectedRevision: 0 },
    );
    expect(result).toEqual({ nextExpectedRevision: 1, position: { commit: 10n, prepare: 9n } });
    const [stream, events, options] = appendToStream.mock.calls[0];
    expect(stream).toBe('practice-1');
    expect(options).toEqual({ streamState: 0n });
    expect(events[0]).toMatchObject({
      id,
      type: 'PracticeDrafted',
      data: { title: 'T' },
      contentType: 'application/json',
      metadata: { eventId: id, schemaVersion: 1 },
    });
  });

  it('turns WrongExpectedVersionError into our ConcurrencyError with the actual revision', async () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current: 3n });
    const store = new KurrentDBEventStore(fakeClient({ appendToStream: jest.fn().mockRejectedValue(error), readStream: () => nothing() }));
    const refused = await store.appendToStream('s', [{ type: 'X', data: {} }], { expectedRevision: 0 }).catch((e) => e);
    expect(refused).toBeInstanceOf(ConcurrencyError);
    expect(refused).toMatchObject({ code: 'EVENT_STORE.WRONG_EXPECTED_REVISION', expected: 0, actual: 3 });
  });

  it('refuses bad input with the same typed errors as every adapter, before calling the server', async () => {
    const appendToStream = jest.fn();
    const store = new KurrentDBEventStore(fakeClient({ appendToStream }));
    await expect(store.appendToStream('', [{ type: 'X', data: {} }])).rejects.toBeInstanceOf(InvalidAppendError);
    await expect(store.appendToStream('s', [{ type: 'X', data: { n: NaN } }])).rejects.toMatchObject({ code: 'EVENT_STORE.NOT_JSON' });
    expect(appendToStream).not.toHaveBeenCalled();
  });

  it('reads $all after a position, exclusive, without system records', async () => {
    const at = (commit: bigint, streamId: string, type: string) => ({
      event: {
        id: `id-${commit}`,
        streamId,
        type,
        isJson: true,
        revision: 0n,
        created: new Date(0),
        data: {},
        metadata: { schemaVersion: 1 },
        position: { commit, prepare: commit },
      },
    });
    const readAll = jest.fn(async function* () {
      yield at(5n, 'a', 'A');
      yield at(6n, '$$a', '$metadata');
      yield at(7n, 'b', 'B');
      yield at(8n, 'c', 'C');
    });
    const store = new KurrentDBEventStore(fakeClient({ readAll }));
    const events = await store.readAll({ after: { commit: 5n, prepare: 5n }, maxCount: 1 });
    expect(events.map((e) => e.type)).toEqual(['B']);
    expect(readAll.mock.calls[0]).toEqual([
      expect.objectContaining({ fromPosition: { commit: 5n, prepare: 5n }, maxCount: 2, filter: expect.objectContaining({ filterOn: 'eventType' }) }),
    ]);
    expect(isSystemRecord('$stats-1', 'X')).toBe(true);
  });
});
