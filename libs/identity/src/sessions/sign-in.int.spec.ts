import { DataSource } from 'typeorm';
import type { AppConfig } from '@pfp/config';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from '../identity.module';
import { DEMO_PASSWORD, demoAccountEmail, seedDemo } from '../demo/demo-seed';
import { demoAccountId, demoOrganizationId, demoOrganizationUuid } from '../global-ids';
import { SessionService } from './session.service';
import { SignInService } from './sign-in.service';

describe('sign-in and sessions (PostgreSQL, no HTTP)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let sessions: SessionService;
  let signIn: SignInService;

  beforeAll(async () => {
    db = await createTestDatabase('identity');
    dataSource = new DataSource({ type: 'postgres', url: db.url, entities: IDENTITY_ENTITIES, migrations: IDENTITY_MIGRATIONS, migrationsRun: true });
    await dataSource.initialize();
    sessions = new SessionService(dataSource, { sessionSecret: 'test-secret-test-secret-test-secret' } as AppConfig);
    signIn = new SignInService(dataSource, sessions);
    await seedDemo(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('seeds idempotently, with stable ids', async () => {
    expect(await seedDemo(dataSource)).toEqual({ organizations: 0, accounts: 0 });
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM organizations`);
    expect(count).toBe(26);
    expect(demoOrganizationId('mx')).toBe(`organization-${demoOrganizationUuid('mx')}`);
    expect(demoOrganizationUuid('mx')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('signs in case-insensitively and resolves the token to the actor', async () => {
    const signedIn = await signIn.signIn(demoAccountEmail('mx').toUpperCase(), DEMO_PASSWORD);
    expect(await sessions.resolve(signedIn.token)).toEqual({
      accountId: demoAccountId('mx'),
      organizationId: demoOrganizationId('mx'),
      organizationKind: 'STATE',
      role: 'ADMIN',
      country: 'MEX',
    });
    expect(await sessions.resolve(`${signedIn.sessionId}.AAAA`)).toBeNull();
  });

  it('answers a wrong password as an unknown email, never locks, and writes nothing for either', async () => {
    const email = demoAccountEmail('se');
    const before = await dataSource.query(`SELECT (SELECT count(*) FROM identity_audit)::int AS audit, (SELECT count(*) FROM sessions)::int AS sessions`);
    for (let i = 0; i < 12; i++) {
      await expect(signIn.signIn(email, 'wrong password')).rejects.toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS', kind: 'UNAUTHENTICATED' });
      await expect(signIn.signIn(`nobody-${i}@example.org`, 'wrong password')).rejects.toMatchObject({
        code: 'AUTH.INVALID_CREDENTIALS',
        kind: 'UNAUTHENTICATED',
      });
    }
    const after = await dataSource.query(`SELECT (SELECT count(*) FROM identity_audit)::int AS audit, (SELECT count(*) FROM sessions)::int AS sessions`);
    expect(after).toEqual(before);
    // No lock on the account: limiting guesses is the rate limits' job, alike for every e-mail address.
    expect((await signIn.signIn(email, DEMO_PASSWORD)).account.email).toBe(email);
  });
});
