import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Projections } from '@pfp/event-sourcing';
import { startTestApi, type TestApi } from '../authorization/harness';

const root = join(__dirname, '..', '..');

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', './tools/register.cjs', 'tools/rebuild-projection.ts', ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const rows = (api: TestApi, table: string) => api.dataSource.query(`SELECT to_jsonb(t)::text AS row FROM ${table} t ORDER BY 1`);

describe('npm run projections:rebuild on the running app', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('rebuilds practice-details from 0 while the API serves, with a progress bar, to the same rows', async () => {
    const projections = api.app.get(Projections, { strict: false });
    const target = projections.list().find((p) => p.name === 'practice-details');
    if (!target) throw new Error('practice-details is not registered in this app');
    const head = await api.dataSource.query(`SELECT count(*)::int AS n FROM es_events`);
    expect(head[0].n).toBeGreaterThan(0); // the demo seed wrote practices
    await projections.waitFor({ commit: 0n, prepare: 0n });
    for (let i = 0; i < 100; i++) {
      const lag = await projections.lag();
      if (lag.every((l) => l.events === 0)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const before = await rows(api, 'practice_details');
    expect(before.length).toBeGreaterThan(0);

    let reading = true;
    let served = 0;
    const failed: unknown[] = [];
    const reader = (async () => {
      while (reading) {
        const r = await api.gql(`{ practices(first: 5) { totalCount } }`);
        if (r.errors) failed.push(r.errors);
        else served++;
      }
    })();
    const env = {
      DATABASE_URL: api.config.databaseUrl!,
      NODE_ENV: 'test',
      DATA_DIR: api.config.dataDir,
      SESSION_SECRET: api.config.sessionSecret,
      LOG_LEVEL: 'warn',
    };
    const result = await run(['practice-details', '--batch=5'], env);
    reading = false;
    await reader;

    expect(result.stderr).not.toMatch(/Error/);
    expect(result.code).toBe(0);
    // piped: plain lines, one per phase and at intervals: the count, rows beside events, the current rate, the time left, the position
    expect(result.stdout).toMatch(/^practice-details counting: [\d,]+ events in the log/m);
    expect(result.stdout).toMatch(
      /^practice-details loading: [\d,]+ of [\d,]+ events -> [\d,]+ rows \| [\d,]+ events\/s, [\d,]+ rows\/s now \([\d,]+ events\/s average\) \| .+ left \| log position \d+\/\d+$/m,
    );
    expect(result.stdout).toMatch(/^practice-details indexing: /m);
    expect(result.stdout).toMatch(/^practice-details switching: applying the events written during the rebuild/m);
    expect(result.stdout).toMatch(/practice-details: rebuilt from \d+ events into \d+ rows in .* and switched at \d+\/\d+/);
    // no terminal control codes in a log (the match names what came)
    // eslint-disable-next-line no-control-regex
    expect(result.stdout).not.toMatch(/\r|\u001b\[/);
    expect(failed).toEqual([]);
    expect(served).toBeGreaterThan(0);
    expect(await rows(api, 'practice_details')).toEqual(before);

    const listed = await run([], env);
    expect(listed.stderr).toMatch(/Projections: .*practice-details/);
  }, 120_000);
});
