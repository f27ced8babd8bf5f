import { CONFIRMATION_VALID_MS, NewsletterTokens } from './tokens';

describe('newsletter tokens', () => {
  const tokens = new NewsletterTokens('test-secret');
  const now = new Date('2011-12-01T00:00:00Z');
  const id = '0b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';

  it('names the subscriber for its own purpose only', () => {
    const confirm = tokens.sign('confirm', id, now);
    const leave = tokens.sign('unsubscribe', id, now);
    expect(tokens.verify('confirm', confirm, now)).toBe(id);
    expect(tokens.verify('unsubscribe', leave, now)).toBe(id);
    expect(tokens.verify('unsubscribe', confirm, now)).toBeNull();
    expect(tokens.verify('confirm', leave, now)).toBeNull();
  });

  it('refuses a changed, forged, foreign or expired token', () => {
    const confirm = tokens.sign('confirm', id, now);
    const [payload, mac] = [confirm.slice(0, -43), confirm.slice(-43)];
    const other = Buffer.from(JSON.stringify({ p: 'c', s: 'someone-else', e: now.getTime() + 1000 })).toString('base64url');
    expect(tokens.verify('confirm', `${other}${mac}`, now)).toBeNull();
    expect(tokens.verify('confirm', `${payload}${mac.slice(0, -1)}x`, now)).toBeNull();
    expect(tokens.verify('confirm', new NewsletterTokens('another-secret').sign('confirm', id, now), now)).toBeNull();
    expect(tokens.verify('confirm', confirm, new Date(now.getTime() + CONFIRMATION_VALID_MS + 1))).toBeNull();
    expect(tokens.verify('confirm', 'garbage', now)).toBeNull();
    expect(tokens.verify('confirm', `${confirm}.x`, now)).toBeNull();
    expect(tokens.verify('confirm', `x${confirm}`, now)).toBeNull();
  });

  it('finds the same address in any case, and no other', () => {
    expect(tokens.emailKey(' Ana@Example.org ')).toBe(tokens.emailKey('ana@example.org'));
    expect(tokens.emailKey('ana@example.org')).not.toBe(tokens.emailKey('ana@example.com'));
  });
});
