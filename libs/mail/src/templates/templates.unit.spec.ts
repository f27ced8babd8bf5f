import { MAIL_LANGUAGES, mailLanguageOf, renderMail, type MailTemplate } from './index';

const url = 'https://pfp.example/x?token=abc';
const SAMPLES: MailTemplate[] = [
  { template: 'invitation', data: { displayName: 'Ana', organizationName: 'IOM', inviterName: null, role: 'MEMBER', url } },
  { template: 'password-reset', data: { displayName: 'Ana', url } },
  { template: 'account-request-declined', data: { contactName: 'Ana', organizationName: 'Acme', reason: 'Not a government.\nSorry.', url } },
  {
    template: 'digest',
    data: { frequency: 'DAILY', groups: [{ title: 'Project A', url, items: [{ date: '2011-11-20', text: 'Trained 70.' }] }], settingsUrl: url },
  },
  { template: 'webhook-disabled', data: { url: 'https://hooks.example/pfp', hours: 24, webhooksUrl: url } },
  { template: 'newsletter-confirmation', data: { confirmUrl: url } },
  {
    template: 'newsletter-issue',
    data: {
      title: 'Issue 1',
      introduction: 'Hello.',
      sections: [{ heading: 'New practices', items: [{ title: 'P', url, summary: 'S' }] }],
      issueUrl: url,
      unsubscribeUrl: url,
    },
  },
];

describe('mail templates', () => {
  it.each(SAMPLES.map((s) => [s.template, s] as const))(
    '%s renders in the six languages, with an HTML and a text part carrying the link',
    async (_name, sample) => {
      const subjects = new Set<string>();
      for (const language of MAIL_LANGUAGES) {
        const mail = await renderMail(sample, language);
        subjects.add(mail.subject);
        expect(mail.html).toContain('<html');
        expect(mail.html).toContain(`lang="${language}"`);
        expect(mail.html).toContain(language === 'ar' ? 'dir="rtl"' : 'dir="ltr"');
        expect(mail.html).toContain('https://pfp.example/x?token=abc'.replace('&', '&amp;'));
        expect(mail.text).toContain(url);
        expect(mail.text).not.toMatch(/<[a-z]/i);
      }
      // the subject is translated, except an issue's own title
      expect(subjects.size).toBe(sample.template === 'newsletter-issue' ? 1 : 6);
    },
  );

  it('escapes what people wrote and drops links that are not http(s)', async () => {
    const mail = await renderMail(
      {
        template: 'newsletter-issue',
        data: {
          title: '<b>Bold</b>',
          introduction: '<script>alert(1)</script>',
          sections: [{ heading: 'H', items: [{ title: 'x', url: 'javascript:alert(1)' }] }],
          issueUrl: url,
          unsubscribeUrl: url,
        },
      },
      'en',
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).not.toContain('javascript:');
    expect(mail.text).toContain('<script>alert(1)</script>');
  });

  it('reads a language tag as one of the six, English otherwise', () => {
    expect(mailLanguageOf('fr-CA')).toBe('fr');
    expect(mailLanguageOf('AR')).toBe('ar');
    expect(mailLanguageOf('de')).toBe('en');
    expect(mailLanguageOf(null)).toBe('en');
  });
});
