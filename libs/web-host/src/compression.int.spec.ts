import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Request, RequestHandler, Response } from 'express';
import { chooseEncoding, compressResponses, PrecompressedAssets } from './compression';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A real HTTP server on loopback: `middleware`, then `handler`. */
async function serve(middleware: RequestHandler, handler: Handler): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => middleware(req as Request, res as unknown as Response, () => handler(req, res)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

interface Answer {
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/** GET without any client-side decoding, so the bytes on the wire are what is measured. */
function get(url: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (chunk: Buffer) => parts.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('chooseEncoding', () => {
  it.each([
    ['br, gzip', 'br'],
    ['gzip, br', 'br'],
    ['gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['*;q=0.1, br;q=0', 'gzip'],
    ['identity', null],
    ['deflate', null],
    ['', null],
  ])('%j => %s', (header, expected) => expect(chooseEncoding(header)).toBe(expected));
});

describe('compressResponses over HTTP', () => {
  const servers: Server[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  it('sends a JSON answer over 1 KB as br or gzip, a small one as it is', async () => {
    const json = JSON.stringify({ data: Array.from({ length: 200 }, (_, i) => ({ id: `practice-${i}`, title: 'Training officers' })) });
    const { url, server } = await serve(compressResponses(), (req, res) => {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(req.url === '/small' ? '{"ok":true}' : json);
    });
    servers.push(server);
    const br = await get(`${url}/big`, { 'accept-encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(json);
    expect(br.body.length).toBeLessThan(json.length / 5);
    const gz = await get(`${url}/big`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(json);
    const plain = await get(`${url}/big`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(json);
    expect((await get(`${url}/small`, { 'accept-encoding': 'br, gzip' })).headers['content-encoding']).toBeUndefined();
  });

  it('leaves a Server-Sent stream alone: an event reaches the client while the stream is still open', async () => {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const { url, server } = await serve(compressResponses(), (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
      res.write(`data: ${'first '.repeat(400)}\n\n`);
      void released.then(() => res.end(`data: ${'last '.repeat(400)}\n\n`));
    });
    servers.push(server);
    // The server ends the stream only once the client has the first event: buffered by a compressor, it never would.
    const answer = await new Promise<{ encoding: string | undefined; first: string; whole: string }>((resolve, reject) => {
      request(url, { headers: { 'accept-encoding': 'br, gzip', accept: 'text/event-stream' } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          parts.push(chunk);
          if (parts.length === 1) release();
        });
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], first: parts[0].toString(), whole: Buffer.concat(parts).toString() }));
      })
        .on('error', reject)
        .end();
    });
    expect(answer.encoding).toBeUndefined();
    expect(answer.first).toMatch(/^data: first/);
    expect(answer.whole).toContain('data: last');
  });
});

describe('PrecompressedAssets', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'precompressed-'));
    mkdirSync(join(dir, 'assets'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compresses a file once at best quality, hands out its variants, and starts again when the file changes', async () => {
    const file = join(dir, 'assets', 'app.js');
    const source = `export const rows = [${Array.from({ length: 2000 }, (_, i) => `{id:${i},title:"row ${i % 37}"}`).join(',')}];`;
    writeFileSync(file, source);
    const assets = new PrecompressedAssets();
    const stats = () => statSync(file);
    expect(assets.variant(file, 'br', stats())).toBeNull(); // not ready: the response middleware compresses this one
    await assets.compress(file);
    const br = assets.variant(file, 'br', stats())!;
    const gz = assets.variant(file, 'gzip', stats())!;
    expect(brotliDecompressSync(br).toString()).toBe(source);
    expect(gunzipSync(gz).toString()).toBe(source);
    expect(br.length).toBeLessThanOrEqual(gz.length);

    writeFileSync(file, `${source}//changed`);
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(assets.variant(file, 'br', stats())).toBeNull();
    await assets.compress(file);
    expect(brotliDecompressSync(assets.variant(file, 'br', stats())!).toString()).toBe(`${source}//changed`);
  });

  it('leaves small files and types that do not compress to the middleware', async () => {
    const small = join(dir, 'assets', 'small.js');
    const png = join(dir, 'assets', 'icon.png');
    writeFileSync(small, 'export {};');
    writeFileSync(png, Buffer.alloc(4096, 7));
    const assets = new PrecompressedAssets();
    await Promise.all([assets.compress(small), assets.compress(png)]);
    expect(assets.variant(small, 'br', statSync(small))).toBeNull();
    expect(assets.variant(png, 'br', statSync(png))).toBeNull();
  });
});
