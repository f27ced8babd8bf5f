// The launch from a call in a child process, for the crash test: on a store that cannot append
// to two streams atomically (KurrentDB's path: the streams written in order, event ids derived
// from the command), it prints "project written" after the first write (the project's stream)
// and then waits, before the call's, until the test kills it. Run with tools/register.cjs.
import type { EventStore } from '@pfp/event-store';
import { PostgresEventStore } from '@pfp/event-store';
import { commandMetadata, runTogether } from '@pfp/event-sourcing';
import type { Actor } from '@pfp/kernel';
import { Pool } from 'pg';
import { launchFromCallSteps } from './launch-project-from-call';

/** The store as KurrentDB offers it: no multi-stream append; the first append is the last this process makes. */
function stoppingAfterFirstWrite(store: EventStore): EventStore {
  let writes = 0;
  return new Proxy(store, {
    get(target, property) {
      if (property === 'supportsMultiStreamAppend') return false;
      if (property === 'appendToStreams') return () => Promise.reject(new Error('no multi-stream append here'));
      if (property === 'appendToStream') {
        return async (...args: Parameters<EventStore['appendToStream']>) => {
          if (writes++ > 0) return new Promise(() => undefined); // never reached: killed before
          const result = await target.appendToStream(...args);
          process.stdout.write(`project written ${args[0]}\n`);
          await new Promise(() => undefined); // the test kills the process here
          return result;
        };
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function main(): Promise<void> {
  const [url, callId, projectId, actorJson] = process.argv.slice(2);
  const pool = new Pool({ connectionString: url });
  const store = stoppingAfterFirstWrite(await PostgresEventStore.create(pool));
  const actor = JSON.parse(actorJson) as Actor;
  const launch = {
    id: projectId,
    title: 'Protection of unaccompanied migrant children',
    summary: '',
    objectives: [],
    themes: [],
    countries: ['MEX'],
    startsOn: null,
    endsOn: null,
    fromCallId: callId,
    visibility: 'PUBLIC' as const,
    partners: [],
  };
  const { steps, build } = launchFromCallSteps(callId, projectId, launch);
  await runTogether(store, steps, build as never, commandMetadata(actor, new Date()));
  process.stdout.write('both written\n'); // must not happen
}

void main();
