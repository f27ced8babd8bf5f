import { loadConfig } from '@pfp/config';
import { chargesOf, normalizeEmail, requestCharges, throttlerOptions } from './rate-limits';

const visitor = { address: '203.0.113.9', accountId: null };
const member = { address: '203.0.113.9', accountId: 'account-1' };

describe('rate limit charges', () => {
  it('charges every request once per address and per account', () => {
    expect(requestCharges(visitor)).toEqual([{ limit: 'requests', tracker: 'ip:203.0.113.9' }]);
    expect(requestCharges(member)).toEqual([
      { limit: 'requests', tracker: 'ip:203.0.113.9' },
      { limit: 'requests', tracker: 'account:account-1' },
    ]);
  });

  it('charges queries nothing more, and other mutations as writes', () => {
    expect(chargesOf({ kind: 'query', field: 'practices' }, member)).toEqual([]);
    expect(chargesOf({ kind: 'mutation', field: 'submitPractice', args: { input: { email: 'x@example.org' } } }, member)).toEqual([
      { limit: 'writes', tracker: 'ip:203.0.113.9' },
      { limit: 'writes', tracker: 'account:account-1' },
    ]);
  });

  it('charges sign-in to the e-mail address named (normalised, known or not) and the client address', () => {
    expect(chargesOf({ kind: 'mutation', field: 'signIn', args: { input: { email: ' Ana@Example.ORG ', password: 'x' } } }, visitor)).toEqual([
      { limit: 'signIn', tracker: 'email:ana@example.org' },
      { limit: 'signInAddress', tracker: 'ip:203.0.113.9' },
    ]);
    expect(normalizeEmail(42)).toBeNull();
    expect(normalizeEmail('x'.repeat(1000))).toHaveLength(320);
  });

  it('charges the mailed-link mutations to the address, the account and the e-mail address', () => {
    expect(chargesOf({ kind: 'mutation', field: 'inviteAccount', args: { input: { email: 'new@example.org' } } }, member)).toEqual([
      { limit: 'accountMail', tracker: 'ip:203.0.113.9' },
      { limit: 'accountMail', tracker: 'account:account-1' },
      { limit: 'accountMail', tracker: 'email:new@example.org' },
    ]);
    expect(chargesOf({ kind: 'mutation', field: 'resetPassword', args: { input: { token: 't', password: 'p' } } }, visitor)).toEqual([
      { limit: 'accountMail', tracker: 'ip:203.0.113.9' },
    ]);
  });

  it('makes one throttler per configured limit, blocking for its window', () => {
    const options = throttlerOptions(loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 's', RATE_LIMIT_SIGN_IN: '5/15m' }));
    expect(Array.isArray(options) ? options : options.throttlers).toContainEqual({ name: 'signIn', limit: 5, ttl: 900_000, blockDuration: 900_000 });
  });
});
