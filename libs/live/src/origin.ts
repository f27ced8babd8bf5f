import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AppConfig } from '@pfp/config';

/**
 * Where a WebSocket upgrade may come from. Browsers always send Origin on a WebSocket
 * handshake and a page cannot forge it, so: an Origin that is the site's own (the request's
 * Host, or PUBLIC_URL's origin) or one of ALLOWED_ORIGINS may connect; any other Origin
 * (another site, `null` from a sandboxed frame or a file) is refused with HTTP 403 before the
 * socket opens. No Origin at all is no browser page: it may connect, but its cookie is
 * ignored (a cookie is what a browser sends by itself; a tool presents its token).
 */
export type OriginVerdict = 'allowed' | 'absent' | 'refused';

export function originVerdict(headers: IncomingMessage['headers'], config: Pick<AppConfig, 'publicUrl' | 'allowedOrigins'>): OriginVerdict {
  const origin = headers.origin;
  if (origin === undefined || origin === '') return 'absent';
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return 'refused';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'refused';
  if (config.allowedOrigins.includes(url.origin)) return 'allowed';
  if (config.publicUrl && new URL(config.publicUrl).origin === url.origin) return 'allowed';
  // The site's own origin as the browser reached it: Host is set by the browser too.
  const host = headers.host?.toLowerCase();
  return host && url.host === host ? 'allowed' : 'refused';
}

const REFUSAL = 'This origin may not open a WebSocket to this API (see ALLOWED_ORIGINS).\n';

function refuse(socket: Duplex): void {
  socket.end(
    `HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(REFUSAL)}\r\n\r\n${REFUSAL}`,
  );
  socket.destroy();
}

type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * Puts the Origin check in front of the server's upgrade listeners (the GraphQL module's
 * graphql-ws server has registered its own by the time the app bootstraps): a refused upgrade
 * never reaches them. Returns how many listeners it guards, so the caller can tell none.
 */
export function guardUpgrades(server: Server, verdict: (req: IncomingMessage) => OriginVerdict): number {
  const listeners = server.listeners('upgrade') as UpgradeListener[];
  server.removeAllListeners('upgrade');
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (verdict(req) === 'refused') return refuse(socket);
    for (const listener of listeners) listener.call(server, req, socket, head);
  });
  return listeners.length;
}
