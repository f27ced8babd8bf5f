import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Request, Response } from 'express';
import { securityHeaders, type SecurityHeadersOptions } from './security-headers';

describe('securityHeaders over HTTP', () => {
  const servers: Server[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  async function headersFor(options: SecurityHeadersOptions, path: string, method = 'GET'): Promise<Headers> {
    const middleware = securityHeaders(options);
    const server = createServer((req, res) => {
      const request = Object.assign(req, { path: new URL(req.url ?? '/', 'http://x').pathname }) as unknown as Request;
      middleware(request, res as unknown as Response, () => res.end('ok'));
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`, { method });
    await response.text();
    return response.headers;
  }

  it("sends the site's policy and helmet's headers everywhere; HSTS and upgrade-insecure-requests only for an https PUBLIC_URL", async () => {
    const plain = await headersFor({ explorerPath: null }, '/practices');
    const csp = plain.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self';",
      "style-src 'self';",
      "connect-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe');
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(plain.get('strict-transport-security')).toBeNull();
    expect(
      Object.fromEntries(['x-content-type-options', 'x-frame-options', 'referrer-policy', 'cross-origin-opener-policy'].map((h) => [h, plain.get(h)])),
    ).toEqual({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'cross-origin-opener-policy': 'same-origin',
    });
    const https = await headersFor({ explorerPath: null, publicUrl: 'https://pfp.example.org' }, '/');
    expect(https.get('strict-transport-security')).toBe('max-age=31536000');
    expect(https.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it("relaxes the policy for GraphiQL's page on its path only, and not at all in production", async () => {
    const explorer = await headersFor({ explorerPath: '/graphql' }, '/graphql');
    expect(explorer.get('content-security-policy')).toContain("style-src 'self' 'unsafe-inline'");
    expect(explorer.get('content-security-policy')).not.toContain('unpkg');
    expect((await headersFor({ explorerPath: '/graphql' }, '/graphql', 'POST')).get('content-security-policy')).toContain("style-src 'self';");
    expect((await headersFor({ explorerPath: '/graphql' }, '/graphql/x')).get('content-security-policy')).toContain("style-src 'self';");
    expect((await headersFor({ explorerPath: null }, '/graphql')).get('content-security-policy')).toContain("script-src 'self';");
  });
});
