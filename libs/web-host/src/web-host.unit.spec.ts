import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { PrecompressedAssets } from './compression';
import { routePattern, SITE_ROUTES_FILE } from './site-routes';
import { findWebDist, isApiPath, webHostHandler } from './web-host.module';

describe('web host', () => {
  it('leaves the API its paths and serves everything else', () => {
    for (const path of ['/graphql', '/feeds/projects/p.atom', '/export/practices.csv', '/health/live', '/metrics', '/feeds.atom'])
      expect(isApiPath(path)).toBe(true);
    for (const path of ['/', '/practices', '/practices/practice-1', '/graphqlish', '/assets/index.js']) expect(isApiPath(path)).toBe(false);
  });

  describe('handler', () => {
    let root: string;
    beforeAll(() => {
      root = mkdtempSync(join(tmpdir(), 'web-dist-'));
      mkdirSync(join(root, 'assets'));
      writeFileSync(join(root, 'index.html'), '<div id="root"></div>');
      writeFileSync(join(root, 'assets', 'app.js'), '');
      writeFileSync(join(root, 'assets', 'big.js'), 'export const x = 1;\n'.repeat(500));
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    const call = (method: string, path: string, requestHeaders: Record<string, string> = {}, assets = new PrecompressedAssets()) => {
      const sent: string[] = [];
      const headers: Record<string, string> = {};
      let body: Buffer | undefined;
      let nextCalled = false;
      let status = 200;
      const req = { method, path, headers: requestHeaders } as never;
      const res = {
        sendFile: (file: string) => sent.push(file),
        setHeader: (name: string, value: string) => (headers[name] = value),
        type() {
          return this;
        },
        status(code: number) {
          status = code;
          return this;
        },
        end: (chunk?: Buffer) => (body = chunk),
        send: (chunk: Buffer) => (body = chunk),
      } as never;
      webHostHandler(root, assets)(req, res, () => (nextCalled = true));
      return { sent, headers, body, nextCalled, status };
    };

    it('sends files, index.html for client routes, and passes the rest on', () => {
      expect(call('GET', '/assets/app.js')).toMatchObject({
        sent: [join(root, 'assets', 'app.js')],
        headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
      });
      expect(call('GET', '/practices/practice-1')).toMatchObject({ sent: [join(root, 'index.html')], headers: { 'Cache-Control': 'no-cache' } });
      expect(call('GET', '/assets/missing.js')).toMatchObject({ sent: [], nextCalled: true });
      expect(call('GET', '/graphql')).toMatchObject({ sent: [], nextCalled: true });
      expect(call('POST', '/practices')).toMatchObject({ sent: [], nextCalled: true });
      expect(call('GET', '/../../etc/passwd')).toMatchObject({ sent: [], nextCalled: true });
    });

    it('sends a hashed asset precompressed once its variants are ready, and streams it until then', async () => {
      const assets = new PrecompressedAssets();
      const file = join(root, 'assets', 'big.js');
      expect(call('GET', '/assets/big.js', { 'accept-encoding': 'br, gzip' }, assets)).toMatchObject({ sent: [file], headers: { Vary: 'Accept-Encoding' } });
      await assets.compress(file);
      const answer = call('GET', '/assets/big.js', { 'accept-encoding': 'br, gzip' }, assets);
      expect(answer).toMatchObject({ sent: [], headers: { 'Content-Encoding': 'br', Vary: 'Accept-Encoding' } });
      expect(brotliDecompressSync(answer.body!).toString()).toBe('export const x = 1;\n'.repeat(500));
      expect(answer.headers['Content-Length']).toBe(String(answer.body!.length));
      expect(call('GET', '/assets/big.js', { 'accept-encoding': 'gzip' }, assets).headers['Content-Encoding']).toBe('gzip');
      expect(call('GET', '/assets/big.js', {}, assets)).toMatchObject({ sent: [file] });
      expect(call('HEAD', '/assets/big.js', { 'accept-encoding': 'br' }, assets)).toMatchObject({ body: undefined, headers: { 'Content-Encoding': 'br' } });
    });
  });

  it('answers 404 with the not-found page for a path that is no route of the site', () => {
    const root = mkdtempSync(join(tmpdir(), 'web-dist-'));
    try {
      writeFileSync(join(root, 'index.html'), '<div id="root"></div>');
      writeFileSync(join(root, SITE_ROUTES_FILE), JSON.stringify(['/', '/practices', '/practices/:id', '/practices/:id/edit']));
      const handler = webHostHandler(root);
      const call = (path: string) => {
        const answer = { status: 200, sent: '', body: '' };
        const res = {
          setHeader: () => undefined,
          type() {
            return this;
          },
          status(code: number) {
            answer.status = code;
            return this;
          },
          sendFile: (file: string) => (answer.sent = file),
          send: (body: Buffer) => (answer.body = body.toString()),
        } as never;
        handler({ method: 'GET', path, headers: {} } as never, res, () => undefined);
        return answer;
      };
      for (const path of ['/', '/practices', '/practices/', '/practices/practice-1', '/practices/practice-1/edit'])
        expect({ path, ...call(path) }).toEqual({ path, status: 200, sent: join(root, 'index.html'), body: '' });
      for (const path of ['/nowhere', '/practices/practice-1/elsewhere', '/practices//edit'])
        expect({ path, ...call(path) }).toEqual({ path, status: 404, sent: '', body: '<div id="root"></div>' });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads route patterns as the router matches them', () => {
    expect(routePattern('/calls/:id').test('/calls/call-1')).toBe(true);
    expect(routePattern('/calls/:id').test('/calls/')).toBe(false);
    expect(routePattern('/calls/:id').test('/calls/a/b')).toBe(false);
    expect(routePattern('/my/feed').test('/my/feedx')).toBe(false);
  });

  it('finds no site where none is built', () => {
    expect(findWebDist(tmpdir())).toBeNull();
  });
});
