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

  it('writes a template as multipart/alternative: an HTML and a text part, its headers, its language', async () => {
    const mailer = new Mailer({ dataDir, smtpUrl: undefined });
    await mailer.sendTemplate({
      to: 'ana@example.org',
      language: 'ar',
      template: 'newsletter-confirmation',
      data: { confirmUrl: 'https://pfp.example/newsletter/confirm?token=abc' },
      headers: { 'List-Unsubscribe': '<https://pfp.example/u?token=1>' },
    });
    const [mail] = await readOutbox(join(dataDir, 'outbox'));
    expect(mail.subject).toBe('أكِّد اشتراكك في النشرة الإخبارية لمنصة الشراكات');
    expect(mail.headers['content-type']).toMatch(/^multipart\/alternative/);
    expect(mail.headers['content-language']).toBe('ar');
    expect(mail.headers['list-unsubscribe']).toBe('<https://pfp.example/u?token=1>');
    expect(mail.text).toContain('https://pfp.example/newsletter/confirm?token=abc');
    expect(mail.html).toContain('dir="rtl"');
    expect(mail.html).toContain('href="https://pfp.example/newsletter/confirm?token=abc"');
  });

  it('reads an outbox that does not exist yet as empty', async () => {
    expect(await readOutbox(join(dataDir, 'none'))).toEqual([]);
  });
});
