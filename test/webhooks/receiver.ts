import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Arrival {
  at: number;
  headers: IncomingHttpHeaders;
  body: string;
  json: { type: string; timestamp: string; data: { subjectId: string; text: string; type: string } };
}

/** What the receiver answers to the n-th request (0-based): a status, or 'hang' (never answers). */
export type Script = (n: number, arrival: Arrival) => number | 'hang';

/** A real endpoint on 127.0.0.1 that records every request and answers as its script says. */
export interface Receiver {
  url: string;
  arrivals: Arrival[];
  script: Script;
  /** Resolves once `count` requests have arrived (waits on the arrivals, not a clock). */
  waitFor(count: number, timeoutMs?: number): Promise<Arrival[]>;
  close(): Promise<void>;
}

export async function startReceiver(script: Script = () => 200, path = '/hooks'): Promise<Receiver> {
  const arrivals: Arrival[] = [];
  const waiters: Array<() => void> = [];
  const hanging: ServerResponse[] = [];
  const receiver = { script } as Receiver;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const arrival: Arrival = { at: performance.now(), headers: req.headers, body, json: JSON.parse(body) as Arrival['json'] };
      const answer = receiver.script(arrivals.length, arrival);
      arrivals.push(arrival);
      for (const w of waiters.splice(0)) w();
      if (answer === 'hang') return void hanging.push(res);
      res.writeHead(answer, { 'content-type': 'text/plain' }).end(answer < 300 ? 'ok' : `failing on purpose (${answer})`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}${path}`,
    arrivals,
    async waitFor(count: number, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (arrivals.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`${arrivals.length} of ${count} deliveries arrived within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return arrivals.slice(0, count);
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

/**
 * Standard Webhooks verification written from the specification, not from the platform's code:
 * the key is the base64 part of `whsec_…`, the signed content `id.timestamp.body`, and the
 * header a space-separated list of `v1,<base64>` of which one must match.
 */
export function verifySignature(secret: string, arrival: Pick<Arrival, 'headers' | 'body'>): boolean {
  const id = String(arrival.headers['webhook-id']);
  const timestamp = String(arrival.headers['webhook-timestamp']);
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const key = Buffer.from(secret.split('_')[1], 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${arrival.body}`).digest();
  return String(arrival.headers['webhook-signature'])
    .split(' ')
    .some((s) => {
      const [version, value] = s.split(',');
      const given = Buffer.from(value ?? '', 'base64');
      return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

/** Until `probe` answers something, checking again as soon as it answered nothing (no fixed sleep decides). */
export async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
