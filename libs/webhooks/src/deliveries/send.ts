import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { CheckedTarget } from './address-guard';

export const EXCERPT_BYTES = 500;

export interface AttemptResult {
  ok: boolean;
  /** The HTTP status, or null when there was none (refused, timed out...). */
  status: number | null;
  /** The start of the response body or the error, at most EXCERPT_BYTES. */
  excerpt: string;
  durationMs: number;
}

/**
 * One POST to a checked target: the connection goes to the address that was checked (its own
 * lookup answers only that), the whole attempt has `timeoutMs`, a redirect is an answer like
 * any other non-2xx (never followed), and no more than an excerpt of the body is read.
 */
export function postOnce(target: CheckedTarget, headers: Record<string, string>, body: string, timeoutMs: number): Promise<AttemptResult> {
  const started = performance.now();
  const pinned: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all)
      (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const send = target.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: Omit<AttemptResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve({ ...result, excerpt: result.excerpt.slice(0, EXCERPT_BYTES), durationMs: Math.round(performance.now() - started) });
    };
    const req = send(
      target.url,
      {
        method: 'POST',
        lookup: pinned,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'pfp-webhooks/1' },
        agent: false,
      },
      (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const finish = () => {
          const status = res.statusCode ?? null;
          done({ ok: status !== null && status >= 200 && status < 300, status, excerpt: Buffer.concat(chunks).toString('utf8') });
        };
        res.on('data', (chunk: Buffer) => {
          if (size < EXCERPT_BYTES) chunks.push(chunk.subarray(0, EXCERPT_BYTES - size));
          size += chunk.length;
          if (size >= EXCERPT_BYTES) finish();
        });
        res.on('end', finish);
        res.on('error', finish);
      },
    );
    const timer = setTimeout(() => done({ ok: false, status: null, excerpt: `timed out after ${timeoutMs} ms` }), timeoutMs);
    req.on('error', (error) => done({ ok: false, status: null, excerpt: error.message }));
    req.end(body);
  });
}
