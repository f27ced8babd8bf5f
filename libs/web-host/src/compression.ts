import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

export type Encoding = 'br' | 'gzip';

/**
 * br or gzip for an Accept-Encoding header, by the client's q-values, br first when they tie;
 * null when neither is acceptable. `*` counts for both; `identity` is never chosen here.
 */
export function chooseEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    q.set(name.trim(), weight ? Number(weight[1]) : 1);
  }
  const of = (name: Encoding) => q.get(name) ?? q.get('*') ?? 0;
  const br = of('br');
  const gz = of('gzip');
  if (br <= 0 && gz <= 0) return null;
  return br >= gz ? 'br' : 'gzip';
}

/**
 * br (quality 4, compression's default: fast enough per request) or gzip for whatever the
 * API and the site send, above 1 KB and of a compressible type. Server-Sent streams are left
 * alone (each event must reach the client when written); graphql-ws upgrades never pass
 * through Express middleware. Responses that already carry a Content-Encoding (the
 * precompressed assets) are not compressed twice.
 */
export function compressResponses(): RequestHandler {
  return compression({
    filter: (req: Request, res: Response) => {
      const type = String(res.getHeader('Content-Type') ?? '');
      if (type.startsWith('text/event-stream') || (req.headers.accept ?? '').includes('text/event-stream')) return false;
      return compression.filter(req, res);
    },
  });
}

const COMPRESSIBLE = /\.(js|mjs|css|svg|json|webmanifest|html|txt|xml)$/i;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

interface Variants {
  mtimeMs: number;
  size: number;
  /** Null when compressing does not make the file smaller: it is sent as it is. */
  br: Buffer | null;
  gzip: Buffer | null;
}

/**
 * Hashed assets never change: each is compressed once, at brotli's best quality (11) and
 * gzip's (9), off the event loop, the first time it is asked for; until then (and for files
 * that do not shrink) the response middleware compresses as it streams.
 */
export class PrecompressedAssets {
  private readonly ready = new Map<string, Variants>();
  private readonly pending = new Set<string>();

  /** The variant to send for `file` in `encoding`, or null (not ready yet, not worth it, or not compressible). */
  variant(file: string, encoding: Encoding, stats: { mtimeMs: number; size: number }): Buffer | null {
    if (!COMPRESSIBLE.test(file) || stats.size < 1024) return null;
    const found = this.ready.get(file);
    if (found && found.mtimeMs === stats.mtimeMs && found.size === stats.size) return found[encoding];
    if (!this.pending.has(file)) {
      this.pending.add(file);
      void this.compress(file).finally(() => this.pending.delete(file));
    }
    return null;
  }

  /** Resolves once `file` has its variants (for tests and warm-ups). */
  async compress(file: string): Promise<void> {
    try {
      const [body, stats] = await Promise.all([readFile(file), stat(file)]);
      const [br, gz] = await Promise.all([
        brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
        gzipped(body, { level: 9 }),
      ]);
      this.ready.set(file, { mtimeMs: stats.mtimeMs, size: stats.size, br: br.length < body.length ? br : null, gzip: gz.length < body.length ? gz : null });
    } catch {
      // A file gone or unreadable: it is simply served as it is.
    }
  }
}
