import { originVerdict } from './origin';

const config = { publicUrl: 'https://pfp.example.org/app', allowedOrigins: ['https://partners.example.org'] };

describe('originVerdict', () => {
  it('allows the site’s own origin, as reached (Host) or as published (PUBLIC_URL)', () => {
    expect(originVerdict({ origin: 'http://localhost:3000', host: 'localhost:3000' }, config)).toBe('allowed');
    expect(originVerdict({ origin: 'https://pfp.example.org', host: 'api.internal:3000' }, config)).toBe('allowed');
  });
  it('allows ALLOWED_ORIGINS', () => {
    expect(originVerdict({ origin: 'https://partners.example.org', host: 'pfp.example.org' }, config)).toBe('allowed');
  });
  it('refuses any other origin, a null origin and a non-web scheme', () => {
    expect(originVerdict({ origin: 'https://evil.example', host: 'pfp.example.org' }, config)).toBe('refused');
    expect(originVerdict({ origin: 'http://pfp.example.org', host: 'api.internal' }, config)).toBe('refused');
    expect(originVerdict({ origin: 'http://localhost:3001', host: 'localhost:3000' }, config)).toBe('refused');
    expect(originVerdict({ origin: 'null', host: 'pfp.example.org' }, config)).toBe('refused');
    expect(originVerdict({ origin: 'chrome-extension://abc', host: 'abc' }, config)).toBe('refused');
  });
  it('says when there is no Origin (no browser page)', () => {
    expect(originVerdict({ host: 'pfp.example.org' }, config)).toBe('absent');
    expect(originVerdict({ host: 'x' }, { allowedOrigins: [] })).toBe('absent');
  });
});
