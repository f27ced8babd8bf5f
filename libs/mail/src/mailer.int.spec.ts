import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Mailer } from './mailer';
import { readOutbox } from './outbox';

describe('Mailer without SMTP_URL', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pfp-mail-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('writes each message as an .eml file into <dataDir>/outbox', async () => {
    const mailer = new Mailer({ dataDir, smtpUrl: undefined });
    const long = `https://pfp.example/accept-invitation?token=${'x'.repeat(90)}`;
    const sent = await mailer.send({ to: 'ana@example.org', subject: 'Welcome', text: `Café. Open ${long}\n` });
    expect(sent.file).toMatch(new RegExp(`^${join(dataDir, 'outbox')}/.*\\.eml$`));
    const [mail] = await readOutbox(join(dataDir, 'outbox'));
    expect(mail).toMatchObject({ to: 'ana@example.org', subject: 'Welcome' });
    expect(mail.text).toContain('Café.');
    expect(mail.text).toContain(long);
  });

  it('reads an outbox that does not exist yet as empty', async () => {
    expect(await readOutbox(join(dataDir, 'none'))).toEqual([]);
  });
});
