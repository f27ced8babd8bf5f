// bench:search's GraphQL client, in a process of its own so that the API's process measures the API alone:
// `clients` closed loops over keep-alive HTTP connections, each sending the next search when the last answered.
// Config as JSON in argv[2]; prints "measuring" when the warm-up ends, then one JSON line: each sample's kind and
// latency, and this process's CPU.
import { Agent, request } from 'node:http';
import { popularMix, randomSearch, type MixKind, type MixSearch } from './search-data';
import type { ClientConfig } from './search-remote';

const config = JSON.parse(process.argv[2]) as ClientConfig;
const targets = config.urls.map((u) => new URL(u));
const agent = new Agent({ keepAlive: true, maxSockets: config.clients });

/** The mix's theme filter as the one search takes it: GCM objectives and SDG targets in their own lists. */
function unifiedFilter(filter: MixSearch['filter']): Record<string, string[]> | undefined {
  if (!filter?.themes) return filter;
  const { themes, ...rest } = filter;
  const of = (prefix: string) => themes.filter((t) => t.startsWith(prefix));
  const plain = themes.filter((t) => !t.startsWith('gcm-') && !t.startsWith('sdg-'));
  return {
    ...rest,
    ...(plain.length ? { themes: plain } : {}),
    ...(of('gcm-').length ? { gcmObjectives: of('gcm-') } : {}),
    ...(of('sdg-').length ? { sdgTargets: of('sdg-') } : {}),
  };
}

function post(target: URL, search: MixSearch): Promise<void> {
  // the reader's language for labels (a facet-only browse has none: English), where the query asks for them
  const variables = {
    ...search,
    language: search.language === '-' ? 'en' : search.language,
    filter: config.unified ? unifiedFilter(search.filter) : search.filter,
  };
  const body = JSON.stringify({ query: config.query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          // an answer with errors is a failed measurement, not a fast one
          if (res.statusCode !== 200 || text.includes('"errors"')) reject(new Error(`${res.statusCode}: ${text.slice(0, 500)}`));
          else resolve();
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function loop(seconds: number, draw: () => MixSearch, record: boolean, samples: Array<[MixKind, number]>): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: config.clients }, async (_, i) => {
      const target = targets[i % targets.length];
      while (Date.now() < deadline) {
        const q = draw();
        const started = process.hrtime.bigint();
        await post(target, q);
        if (record) samples.push([q.kind, Number(process.hrtime.bigint() - started) / 1e6]);
      }
    }),
  );
}

async function main(): Promise<void> {
  const draw = config.mix === 'popular' ? popularMix(config.practices) : () => randomSearch(config.practices);
  const samples: Array<[MixKind, number]> = [];
  await loop(config.warmupSeconds, draw, false, samples);
  process.stdout.write('measuring\n');
  const cpu = process.cpuUsage();
  await loop(config.seconds, draw, true, samples);
  const used = process.cpuUsage(cpu);
  process.stdout.write(JSON.stringify({ samples, cpuMs: (used.user + used.system) / 1000 }) + '\n');
  agent.destroy();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
