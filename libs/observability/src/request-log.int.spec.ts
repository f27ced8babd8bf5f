import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { requestLog } from './request-log';

/** A real HTTP server with the request log before a handler answering with `?status=`, its pino writing into `lines`. */
async function serve(level: string): Promise<{ server: Server; port: number; lines: Array<Record<string, unknown>> }> {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const log = requestLog(pino({ level }, sink), (req) => req.url === '/favicon.ico');
  const server = createServer((req, res) =>
    log(req, res, () => {
      const status = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('status') ?? 200);
      if (status === 0) return res.write('partial'); // never ends: the client goes away
      res.statusCode = status;
      res.end('answer');
    }),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as AddressInfo).port, lines };
}

function get(port: number, path: string, abortAfterMs?: number): Promise<void> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { cookie: 'pfp_session=secret', authorization: 'Bearer secret' } }, (res) => {
      res.resume();
      res.on('end', resolve);
      if (abortAfterMs !== undefined) setTimeout(() => req.destroy(), abortAfterMs);
    });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.end();
  });
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('requestLog', () => {
  it('writes one line per request at info, errors from 500, an aborted request at info too, never a header', async () => {
    const { server, port, lines } = await serve('info');
    try {
      await get(port, '/graphql?status=200');
      await get(port, '/graphql?status=503');
      await get(port, '/favicon.ico');
      await get(port, '/stream?status=0', 20);
      await until(() => lines.length >= 3);
      expect(lines.map((l) => [l.level, l.msg, (l.req as { url: string }).url, (l.res as { statusCode: number }).statusCode])).toEqual([
        [30, 'request completed', '/graphql?status=200', 200],
        [50, 'request completed', '/graphql?status=503', 503],
        [30, 'request aborted', '/stream?status=0', 200],
      ]);
      expect(lines[0]).toMatchObject({ reqId: expect.any(Number), req: { method: 'GET', remoteAddress: '127.0.0.1' }, responseTime: expect.any(Number) });
      expect(JSON.stringify(lines)).not.toContain('secret');
    } finally {
      server.close();
    }
  });

  it('at warn, writes only what failed', async () => {
    const { server, port, lines } = await serve('warn');
    try {
      await get(port, '/graphql?status=200');
      await get(port, '/graphql?status=500');
      await get(port, '/stream?status=0', 20);
      await until(() => lines.length >= 1);
      await get(port, '/graphql?status=204');
      expect(lines.map((l) => (l.res as { statusCode: number }).statusCode)).toEqual([500]);
    } finally {
      server.close();
    }
  });
});
