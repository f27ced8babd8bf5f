import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findWebDist, isApiPath, webHostHandler } from './web-host.module';

describe('web host', () => {
  it('leaves the API its paths and serves everything else', () => {
    for (const path of ['/graphql', '/feeds/projects/p.atom', '/export/practices.csv', '/health/live', '/metrics', '/feeds.atom']) expect(isApiPath(path)).toBe(true);
    for (const path of ['/', '/practices', '/practices/practice-1', '/graphqlish', '/assets/index.js']) expect(isApiPath(path)).toBe(false);
  });

  describe('handler', () => {
    let root: string;
    beforeAll(() => {
      root = mkdtempSync(join(tmpdir(), 'web-dist-'));
      mkdirSync(join(root, 'assets'));
      writeFileSync(join(root, 'index.html'), '<div id="root"></div>');
      writeFileSync(join(root, 'assets', 'app.js'), '');
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    const call = (method: string, path: string) => {
      const sent: string[] = [];
      const headers: Record<string, string> = {};
      let nextCalled = false;
      const req = { method, path } as never;
      const res = { sendFile: (file: string) => sent.push(file), setHeader: (name: string, value: string) => (headers[name] = value), type: () => undefined } as never;
      webHostHandler(root)(req, res, () => (nextCalled = true));
      return { sent, headers, nextCalled };
    };

    it('sends files, index.html for client routes, and passes the rest on', () => {
      expect(call('GET', '/assets/app.js')).toMatchObject({ sent: [join(root, 'assets', 'app.js')], headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } });
      expect(call('GET', '/practices/practice-1')).toMatchObject({ sent: [join(root, 'index.html')], headers: { 'Cache-Control': 'no-cache' } });
      expect(call('GET', '/assets/missing.js')).toMatchObject({ sent: [], nextCalled: true });
      expect(call('GET', '/graphql')).toMatchObject({ sent: [], nextCalled: true });
      expect(call('POST', '/practices')).toMatchObject({ sent: [], nextCalled: true });
      expect(call('GET', '/../../etc/passwd')).toMatchObject({ sent: [], nextCalled: true });
    });
  });

  it('finds no site where none is built', () => {
    expect(findWebDist(tmpdir())).toBeNull();
  });
});
