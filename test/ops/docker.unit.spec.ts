import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '@pfp/config';

// No Docker engine here: these read the files as Docker would and check what they promise.
const root = join(__dirname, '..', '..');
const compose = parse(readFileSync(join(root, 'docker', 'compose.yaml'), 'utf8'), { merge: true }) as {
  services: Record<
    string,
    { image?: string; build?: { dockerfile: string }; command?: string[]; environment?: Record<string, string>; depends_on?: Record<string, unknown> }
  >;
};
const services = compose.services;
const apps = Object.entries(services).filter(([, s]) => s.build?.dockerfile === 'docker/Dockerfile');
const apis = apps.filter(([, s]) => !s.command);
const projectors = apps.filter(([, s]) => s.command?.join(' ').includes('apps/projector/src/main.js'));
const expand = (value: string) => value.replace(/\$\{SESSION_SECRET:\?[^}]*\}/, 'x'.repeat(64));

describe('docker/compose.yaml', () => {
  it('has postgres, kurrentdb, redis, two APIs and one projector', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'kurrentdb', 'redis']));
    expect(services.postgres.image).toMatch(/^postgres:/);
    expect(services.kurrentdb.image).toMatch(/kurrentdb/);
    expect(services.redis.image).toMatch(/^redis:/);
    expect(apis.map(([name]) => name)).toEqual(['api-1', 'api-2']);
    expect(projectors.map(([name]) => name)).toEqual(['projector']);
  });

  it.each(apps.map(([name, s]) => [name, s] as const))('%s: a production configuration the app accepts, pointing at the compose services', (name, service) => {
    const env = Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, expand(String(v))]));
    for (const key of ['DATABASE_URL', 'EVENT_STORE', 'KURRENTDB_URL', 'REDIS_URL', 'SESSION_SECRET']) expect(env).toHaveProperty(key);
    expect(service.environment!.SESSION_SECRET).toMatch(/^\$\{SESSION_SECRET:\?/); // required, never a default in the file
    const config = loadConfig({ ...env, DATA_DIR: '/tmp/pfp-compose-check' });
    expect(config).toMatchObject({ env: 'production', eventStore: 'kurrentdb' });
    expect(new URL(config.databaseUrl!).hostname).toBe('postgres');
    expect(new URL(config.kurrentdbUrl!).hostname).toBe('kurrentdb');
    expect(new URL(config.redisUrl!).hostname).toBe('redis');
    // the projector runs the consumers, so the APIs must not
    expect(config.runConsumers).toBe(!apis.some(([n]) => n === name));
    expect(service.depends_on).toBeDefined();
  });

  it('lets one process migrate first: api-2 and the projector wait for a healthy api-1', () => {
    expect(services['api-2'].depends_on).toEqual({ 'api-1': { condition: 'service_healthy' } });
    expect(services.projector.depends_on).toEqual({ 'api-1': { condition: 'service_healthy' } });
  });
});

describe('docker/Dockerfile', () => {
  const dockerfile = readFileSync(join(root, 'docker', 'Dockerfile'), 'utf8');
  const lines = dockerfile.split('\n').filter((l) => !l.startsWith('#'));
  const runtime = lines.slice(lines.findLastIndex((l) => l.startsWith('FROM ')));

  it('is multi-stage and runs as a non-root user', () => {
    expect(lines.filter((l) => l.startsWith('FROM ')).length).toBeGreaterThanOrEqual(2);
    const user = runtime.filter((l) => l.startsWith('USER ')).pop();
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER\s+(root|0)(:|\s|$)/);
    // nothing after USER switches back
    expect(runtime.slice(runtime.indexOf(user!)).some((l) => /^USER\s+(root|0)/.test(l))).toBe(false);
  });

  it('starts the API by default and has the projector in the same image', () => {
    // the API with a larger young generation (bench:search: garbage collection a quarter of a search's CPU without it)
    expect(dockerfile).toContain('CMD ["node", "--max-semi-space-size=64", "dist/apps/api/src/main.js"]');
    expect(existsSync(join(root, 'apps', 'api', 'src', 'main.ts'))).toBe(true);
    expect(existsSync(join(root, 'apps', 'projector', 'src', 'main.ts'))).toBe(true);
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/health\/live/);
  });
});
