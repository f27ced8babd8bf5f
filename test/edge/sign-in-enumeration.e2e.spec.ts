import { DEMO_PASSWORD, demoAccountEmail } from '@pfp/identity/testing';
import { startTestApi, type TestApi } from '../authorization/harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;

interface Answer {
  code: unknown;
  reason: unknown;
  message: string | undefined;
  retryAfter: boolean;
  header: boolean;
}

/**
 * Issue 11 (3): sign-in must not tell whether an e-mail has an account. Guessing is limited
 * per e-mail address, known or not, by the same counter and with the same answer; nothing
 * locks an account, so nothing differs for a real one.
 */
describe('sign-in tells nobody which e-mails have an account (real HTTP)', () => {
  let api: TestApi;
  beforeAll(async () => {
    // Five tries per e-mail address in 15 minutes; the per-address limit stays the suite's generous one.
    api = await startTestApi({ RATE_LIMIT_SIGN_IN: '5/15m' });
  });
  afterAll(() => api?.close());

  async function tries(email: string, passwords: string[]): Promise<Answer[]> {
    const answers: Answer[] = [];
    for (const password of passwords) {
      const result = await api.gql(SIGN_IN, { input: { email, password } });
      const error = result.errors?.[0];
      const retryAfter = error?.extensions.retryAfterSeconds;
      answers.push({
        code: error?.extensions.code,
        reason: error?.extensions.reason,
        // The seconds left may tick between two answers: compare the message without them.
        message: error?.message.replace(/\d+ seconds/, 'N seconds'),
        retryAfter: typeof retryAfter === 'number' && retryAfter > 0 && retryAfter <= 900,
        header: result.headers.get('retry-after') === (retryAfter === undefined ? null : String(retryAfter)),
      });
    }
    return answers;
  }

  it('answers ten wrong passwords for a real and for an unknown e-mail identically, both refused from the sixth on with the time to wait', async () => {
    const wrong = Array.from({ length: 10 }, (_, i) => `wrong password ${i}`);
    const real = await tries(demoAccountEmail('jp'), wrong);
    const unknown = await tries('nobody-at-all@example.org', wrong);
    expect(real).toEqual(unknown);

    const invalid = {
      code: 'UNAUTHENTICATED',
      reason: 'AUTH.INVALID_CREDENTIALS',
      message: 'Email or password is incorrect.',
      retryAfter: false,
      header: true,
    };
    const limited = {
      code: 'TOO_MANY_REQUESTS',
      reason: 'RATE_LIMIT.SIGN_IN',
      message: 'Too many sign-in attempts. Try again in N seconds.',
      retryAfter: true,
      header: true,
    };
    expect(real).toEqual([...Array(5).fill(invalid), ...Array(5).fill(limited)]);

    // Limited, the right password is refused the same way as any guess on an unknown e-mail.
    expect(await tries(demoAccountEmail('jp'), [DEMO_PASSWORD])).toEqual([limited]);
    expect(await tries('nobody-at-all@example.org', [DEMO_PASSWORD])).toEqual([limited]);
    // Nothing was locked or counted in the database for the real account.
    expect(await api.count(`SELECT count(*) FROM accounts WHERE failed_sign_ins > 0 OR locked_until IS NOT NULL`)).toBe(0);
  });

  it('counts an e-mail address whatever its case, and each address on its own', async () => {
    const email = demoAccountEmail('mx');
    const spellings = [email, email.toUpperCase(), email.replace(/^./, (c) => c.toUpperCase()), email, email.toUpperCase()];
    for (const spelling of spellings) {
      const result = await api.gql(SIGN_IN, { input: { email: spelling, password: 'wrong password' } });
      expect(result.errors?.[0].extensions.reason).toBe('AUTH.INVALID_CREDENTIALS');
    }
    const sixth = await api.gql(SIGN_IN, { input: { email: email.toUpperCase(), password: DEMO_PASSWORD } });
    expect(sixth.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMIT.SIGN_IN' });
    // Another account from the same client address is not held back by it.
    expect(await api.signInAsDemo('de')).toMatch(/\./);
  });

  it('counts guesses sent at once: a burst of parallel tries gets no further than five', async () => {
    const email = demoAccountEmail('ph');
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => api.gql(SIGN_IN, { input: { email, password: `parallel guess ${i}` } })));
    const reasons = results.map((result) => result.errors?.[0].extensions.reason);
    expect(reasons.filter((reason) => reason === 'AUTH.INVALID_CREDENTIALS')).toHaveLength(5);
    expect(reasons.filter((reason) => reason === 'RATE_LIMIT.SIGN_IN')).toHaveLength(7);
  });
});
