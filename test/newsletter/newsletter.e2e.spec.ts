import { useTestApi } from '../authorization/harness';
import { launchProject, mutateRaw, postCall } from '../partnerships/partnership-api';
import { draftIssue, ISSUE, mailsTo, sendIssue, subscribe, type IssueView } from './newsletter-api';

const SUBSCRIBERS = `SELECT count(*) FROM newsletter_subscribers`;

describe('the newsletter: double opt-in, an issue from what was published, one-click unsubscribe', () => {
  const t = useTestApi(['mx', 'gfmd-support-unit']);
  const su = () => t.tokens['gfmd-support-unit'];

  it('subscribes, confirms from the mail, receives an issue in its language with List-Unsubscribe, leaves with one POST, and gets no more', async () => {
    const { api } = t;
    // a person subscribes in French; another never confirms
    expect(await subscribe(api, 'Amina@Example.org', 'fr')).toEqual({ data: { subscribeToNewsletter: { accepted: true } } });
    expect(await subscribe(api, 'pending@example.org', 'es')).toEqual({ data: { subscribeToNewsletter: { accepted: true } } });
    const [confirmation] = await mailsTo(api, 'amina@example.org');
    expect(confirmation.subject).toBe('Confirmez votre abonnement à la lettre d’information de la Plateforme de partenariats');
    expect(confirmation.html).toContain('lang="fr"');
    const token = /\/newsletter\/confirm\?token=([A-Za-z0-9_-]+)/.exec(confirmation.text)?.[1];
    expect(token).toBeDefined();
    // re-subscribing is idempotent and answers the same; a confirmed address gets no second confirmation
    expect(await subscribe(api, 'amina@example.org', 'fr')).toEqual({ data: { subscribeToNewsletter: { accepted: true } } });
    expect(await api.count(SUBSCRIBERS)).toBe(2);
    const confirm = (tk: string) =>
      api.gql(`mutation($input: ConfirmNewsletterSubscriptionInput!) { confirmNewsletterSubscription(input: $input) { confirmed } }`, { input: { token: tk } });
    expect((await confirm(token!)).data).toEqual({ confirmNewsletterSubscription: { confirmed: true } });
    expect((await confirm(token!)).data).toEqual({ confirmNewsletterSubscription: { confirmed: true } });
    await subscribe(api, 'amina@example.org', 'fr');
    expect(await mailsTo(api, 'amina@example.org')).toHaveLength(2); // the confirmation, then one more while it was pending; none once confirmed
    // no address is in the event log
    expect(await api.count(`SELECT count(*) FROM es_events WHERE data::text ILIKE '%amina@%'`)).toBe(0);

    // Mexico publishes a call and a project
    const callId = await postCall(api, t.tokens.mx, { title: 'Training for consular staff' });
    const projectId = await launchProject(api, t.tokens.mx, { title: 'Diaspora bonds' });

    // the Support Unit drafts from what was published, edits, previews, sends
    const draft = await draftIssue(api, su(), 'Décembre 2011', 'Les nouveautés du mois.');
    expect(draft.status).toBe('DRAFT');
    const ids = draft.items.map((i) => i.subjectId);
    expect(ids).toEqual(expect.arrayContaining([callId, projectId]));
    expect(draft.items.find((i) => i.subjectId === callId)).toMatchObject({
      kind: 'CALL_FOR_ACTION',
      title: 'Training for consular staff',
      path: `/calls/${callId}`,
    });
    const edited = await mutateRaw(api, su(), 'editNewsletterIssue', 'EditNewsletterIssueInput', { issueId: draft.id, itemIds: [projectId, callId] }, ISSUE);
    expect((edited.data?.editNewsletterIssue as { newsletterIssue: IssueView }).newsletterIssue.items.map((i) => i.subjectId)).toEqual([projectId, callId]);
    // a visitor sees no draft
    const archive = `query($drafts: Boolean) { newsletterIssues(first: 10, includeDrafts: $drafts) { totalCount edges { node { id status } } } }`;
    expect((await api.gql(archive, { drafts: true })).data).toEqual({ newsletterIssues: { totalCount: 0, edges: [] } });
    expect((await api.gql(`query($id: ID!) { newsletterIssue(id: $id) { id } }`, { id: draft.id })).data).toEqual({ newsletterIssue: null });
    const preview = await api.gql<{ newsletterIssuePreview: { subject: string; html: string; text: string } }>(
      `query($id: ID!) { newsletterIssuePreview(id: $id, language: "ar") { subject html text } }`,
      { id: draft.id },
      { token: su() },
    );
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.newsletterIssuePreview.html).toContain('dir="rtl"');
    expect(preview.data!.newsletterIssuePreview.html).toContain(`/calls/${callId}`);
    expect(preview.data!.newsletterIssuePreview.text).toContain('مشاريع شراكة جديدة');
    expect((await api.gql(`query($id: ID!) { newsletterIssuePreview(id: $id) { subject } }`, { id: draft.id })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    expect(await sendIssue(api, su(), draft.id)).toBe(1);
    const issueMails = (await mailsTo(api, 'amina@example.org')).filter((m) => m.subject === 'Décembre 2011');
    expect(issueMails).toHaveLength(1);
    const [mail] = issueMails;
    expect(mail.headers['list-unsubscribe']).toMatch(/^<http:\/\/localhost:\d+\/newsletter\/unsubscribe\?token=[A-Za-z0-9_-]+>$/);
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail.headers['content-type']).toMatch(/^multipart\/alternative/);
    expect(mail.headers['content-language']).toBe('fr');
    expect(mail.html).toContain('Nouveaux appels à l’action');
    expect(mail.html).toContain(`/calls/${callId}`);
    expect(mail.html).toContain(`/projects/${projectId}`);
    expect(mail.text).toContain('Nouveaux projets de partenariat');
    expect(mail.text).toContain(`/newsletter/${draft.id}`);
    expect(await mailsTo(api, 'pending@example.org')).toHaveLength(1); // its confirmation only
    // sent issues are public, in the archive and the Atom feed
    expect((await api.gql(archive, {})).data).toEqual({ newsletterIssues: { totalCount: 1, edges: [{ node: { id: draft.id, status: 'SENT' } }] } });
    const atom = await fetch(new URL('/feeds/newsletter.atom', api.url));
    expect(atom.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    expect(await atom.text()).toContain(`/newsletter/${draft.id}</id>`);

    // one click: a POST to the List-Unsubscribe URL, without a session
    const leave = new URL(/^<(.*)>$/.exec(mail.headers['list-unsubscribe'])![1]);
    const posted = await fetch(new URL(`${leave.pathname}${leave.search}`, api.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(posted.status).toBe(200);
    expect(await api.count(`SELECT count(*) FROM newsletter_subscribers WHERE email = 'amina@example.org'`)).toBe(0);
    const again = await fetch(new URL(`${leave.pathname}${leave.search}`, api.url), { method: 'POST', body: 'List-Unsubscribe=One-Click' });
    expect(again.status).toBe(200);
    const forged = await fetch(new URL(`/newsletter/unsubscribe?token=${leave.searchParams.get('token')!.slice(0, -2)}xx`, api.url), { method: 'POST' });
    expect(forged.status).toBe(400);

    // the next issue is not sent to them
    await postCall(api, t.tokens.mx, { title: 'Remittances data' });
    const next = await draftIssue(api, su(), 'Janvier 2012');
    expect(next.items.map((i) => i.title)).toEqual(['Remittances data']);
    expect(await sendIssue(api, su(), next.id)).toBe(0);
    expect((await mailsTo(api, 'amina@example.org')).filter((m) => m.subject === 'Janvier 2012')).toHaveLength(0);
  });

  it('refuses bad input with a code naming the field, writing nothing', async () => {
    const { api } = t;
    const before = await api.count(SUBSCRIBERS);
    const events = `SELECT count(*) FROM es_events WHERE stream_name ~ '^newsletterIssue-'`;
    const eventsBefore = await api.count(events);
    const malformed = (await subscribe(api, 'not-an-address')) as { errors: Array<{ extensions: { code: string; fields?: Record<string, string> } }> };
    expect(malformed.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(malformed.errors[0].extensions)).toContain('email');
    const language = (await subscribe(api, 'ok@example.org', 'de')) as { errors: Array<{ extensions: { code: string } }> };
    expect(JSON.stringify(language.errors[0].extensions)).toContain('language');
    const long = await mutateRaw(api, su(), 'draftNewsletterIssue', 'DraftNewsletterIssueInput', { title: 'x'.repeat(201) }, ISSUE);
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(long.errors?.[0].extensions)).toContain('title');
    const intro = await mutateRaw(api, su(), 'draftNewsletterIssue', 'DraftNewsletterIssueInput', { title: 'ok', introduction: 'y'.repeat(5001) }, ISSUE);
    expect(JSON.stringify(intro.errors?.[0].extensions)).toContain('introduction');
    const badToken = await api.gql(`mutation { confirmNewsletterSubscription(input: { token: "abc-def" }) { confirmed } }`);
    expect(badToken.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(badToken.errors?.[0].extensions)).toContain('token');
    const badLeave = await api.gql(`mutation { unsubscribeFromNewsletter(input: { token: "abc.def" }) { unsubscribed } }`);
    expect(JSON.stringify(badLeave.errors?.[0].extensions)).toContain('token');
    expect(await api.count(SUBSCRIBERS)).toBe(before);
    expect(await api.count(events)).toBe(eventsBefore);
  });
});
