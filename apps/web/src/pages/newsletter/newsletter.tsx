import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { LANGUAGES } from '../../i18n';
import { Layout } from '../../layout';
import { Link, navigate, useLocation } from '../../router';
import { useSession } from '../../session';
import { FormError, formatDate, QueryState, Select, TextArea, TextField, useAction, useQuery } from '../../ui';
import {
  ConfirmDocument,
  DraftDocument,
  EditDocument,
  IssueDocument,
  IssuesDocument,
  PreviewDocument,
  SendDocument,
  SubscribeDocument,
  UnsubscribeDocument,
  type IssueItemView,
  type IssueView,
} from './documents';

const useIsSupportUnit = () => useSession().viewer?.organization.kind === 'SUPPORT_UNIT';

/** Anyone subscribes with an address; the answer is the same for every address (a confirmation mail is on its way). */
function SubscribeForm() {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState('');
  const [done, setDone] = useState(false);
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await request(SubscribeDocument, { input: { email: email.trim(), language: i18n.language.split('-')[0] } });
      setDone(true);
    });
  };
  return (
    <section aria-labelledby="newsletter-subscribe">
      <h2 id="newsletter-subscribe">{t('newsletter.subscribe')}</h2>
      {done ? (
        <p role="status">{t('newsletter.checkMail')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <p>{t('newsletter.subscribeText')}</p>
          <TextField label={t('newsletter.email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          <FormError error={action.error} labels={{ email: t('newsletter.email') }} />
          <button type="submit">{t('newsletter.subscribeButton')}</button>
        </form>
      )}
    </section>
  );
}

function Items({ items }: { items: IssueItemView[] }) {
  const { t } = useTranslation();
  const kinds = [...new Set(items.map((i) => i.kind))];
  return (
    <>
      {kinds.map((kind) => (
        <section key={kind} aria-labelledby={`kind-${kind}`}>
          <h2 id={`kind-${kind}`}>{t(`newsletter.kind.${kind}`, { defaultValue: kind })}</h2>
          <ul>
            {items
              .filter((i) => i.kind === kind)
              .map((i) => (
                <li key={i.subjectId}>
                  <Link href={i.path} dir="auto">
                    {i.title}
                  </Link>
                  {i.summary && <p dir="auto">{i.summary}</p>}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** The archive: sent issues, newest first, the Atom feed and the subscribe form; the Support Unit sees its drafts and composes. */
export function NewsletterPage() {
  const { t, i18n } = useTranslation();
  const supportUnit = useIsSupportUnit();
  const issues = useQuery(() => request(IssuesDocument, { first: 50, includeDrafts: supportUnit }), [supportUnit]);
  return (
    <Layout title={t('newsletter.title')}>
      <h1>{t('newsletter.title')}</h1>
      <p>
        <a href="/feeds/newsletter.atom" type="application/atom+xml">
          {t('newsletter.atom')}
        </a>
      </p>
      {supportUnit && (
        <p>
          <Link href="/newsletter/new">{t('newsletter.compose')}</Link>
        </p>
      )}
      <section aria-labelledby="newsletter-issues">
        <h2 id="newsletter-issues">{t('newsletter.issues')}</h2>
        <QueryState loading={issues.loading} error={issues.error} />
        {issues.data && issues.data.newsletterIssues.edges.length === 0 && <p>{t('newsletter.none')}</p>}
        <ul>
          {issues.data?.newsletterIssues.edges.map(({ node }) => (
            <li key={node.id}>
              <Link href={`/newsletter/${encodeURIComponent(node.id)}`} dir="auto">
                {node.title}
              </Link>{' '}
              · {node.status === 'SENT' && node.sentAt ? formatDate(node.sentAt, i18n.language) : <span className="tag">{t('newsletter.draft')}</span>}
            </li>
          ))}
        </ul>
      </section>
      <SubscribeForm />
    </Layout>
  );
}

/** The Support Unit's editing of a draft: title, introduction, which gathered items stay; then preview and send. */
function DraftEditor({ issue, onChange, onSent }: { issue: IssueView; onChange: () => void; onSent: (recipients: number) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(issue.title);
  const [introduction, setIntroduction] = useState(issue.introduction);
  const [kept, setKept] = useState(new Set(issue.items.map((i) => i.subjectId)));
  const [language, setLanguage] = useState('en');
  const [preview, setPreview] = useState<{ subject: string; html: string; text: string } | null>(null);
  const action = useAction();
  const save = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const itemIds = issue.gathered.filter((i) => kept.has(i.subjectId)).map((i) => i.subjectId);
      await request(EditDocument, { input: { issueId: issue.id, title, introduction, itemIds, expectedRevision: issue.revision } });
      onChange();
    });
  };
  return (
    <section aria-labelledby="newsletter-edit">
      <h2 id="newsletter-edit">{t('newsletter.edit')}</h2>
      <form onSubmit={save} noValidate>
        <TextField label={t('newsletter.issueTitle')} required value={title} onChange={(e) => setTitle(e.target.value)} />
        <TextArea label={t('newsletter.introduction')} rows={5} value={introduction} onChange={(e) => setIntroduction(e.target.value)} />
        <fieldset>
          <legend>{t('newsletter.items')}</legend>
          {issue.gathered.length === 0 && <p>{t('newsletter.nothingPublished')}</p>}
          {issue.gathered.map((i) => (
            <label key={i.subjectId} style={{ display: 'block' }}>
              <input
                type="checkbox"
                checked={kept.has(i.subjectId)}
                onChange={(e) => {
                  const next = new Set(kept);
                  if (e.target.checked) next.add(i.subjectId);
                  else next.delete(i.subjectId);
                  setKept(next);
                }}
              />{' '}
              <span dir="auto">{i.title}</span> ({t(`newsletter.kind.${i.kind}`, { defaultValue: i.kind })})
            </label>
          ))}
        </fieldset>
        <FormError error={action.error} labels={{ title: t('newsletter.issueTitle'), introduction: t('newsletter.introduction') }} />
        <button type="submit">{t('newsletter.save')}</button>
      </form>
      <h2>{t('newsletter.preview')}</h2>
      <Select label={t('newsletter.previewLanguage')} value={language} onChange={(e) => setLanguage(e.target.value)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </Select>
      <button
        type="button"
        onClick={() => void action.run(async () => setPreview((await request(PreviewDocument, { id: issue.id, language })).newsletterIssuePreview))}
      >
        {t('newsletter.showPreview')}
      </button>
      {preview && (
        <div className="newsletter-preview">
          <p>
            <strong>{t('newsletter.subject')}</strong> <span dir="auto">{preview.subject}</span>
          </p>
          {/* No scripts, forms or navigation of the page from the mail. allow-same-origin keeps the frame
              in the page's process: Chromium 156 puts an opaque-origin frame in a process of its own, and a
              click just after the page scrolled was then routed to the frame's old place and lost. */}
          <iframe title={t('newsletter.previewHtml')} sandbox="allow-same-origin" srcDoc={preview.html} style={{ width: '100%', height: '32rem', border: '1px solid #ccc' }} />
          <details>
            <summary>{t('newsletter.previewText')}</summary>
            <pre dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
              {preview.text}
            </pre>
          </details>
        </div>
      )}
      <h2>{t('newsletter.send')}</h2>
      <button
        type="button"
        onClick={() =>
          void action.run(async () =>
            onSent((await request(SendDocument, { input: { issueId: issue.id, expectedRevision: issue.revision } })).sendNewsletterIssue.recipients),
          )
        }
      >
        {t('newsletter.sendButton')}
      </button>
    </section>
  );
}

/** A sent issue's public page (its items link to their subjects); a draft for the Support Unit, with its editor. */
export function NewsletterIssuePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const supportUnit = useIsSupportUnit();
  const issue = useQuery(() => request(IssueDocument, { id }), [id, supportUnit]);
  const [sentTo, setSentTo] = useState<number | null>(null);
  const view = issue.data?.newsletterIssue;
  return (
    <Layout title={view?.title ?? t('newsletter.title')}>
      <p>
        <Link href="/newsletter">{t('newsletter.back')}</Link>
      </p>
      {sentTo !== null && <p role="status">{t('newsletter.sentTo', { count: sentTo })}</p>}
      <QueryState loading={issue.loading} error={issue.error} />
      {issue.data && !view && <p>{t('newsletter.notFound')}</p>}
      {view && (
        <article>
          <h1 dir="auto">{view.title}</h1>
          <p className="meta">{view.sentAt ? formatDate(view.sentAt, i18n.language) : t('newsletter.draft')}</p>
          {view.introduction && (
            <p dir="auto" style={{ whiteSpace: 'pre-line' }}>
              {view.introduction}
            </p>
          )}
          <Items items={view.items} />
        </article>
      )}
      {view?.status === 'DRAFT' && supportUnit && (
        <DraftEditor
          key={view.revision}
          issue={view}
          onChange={issue.reload}
          onSent={(recipients) => {
            setSentTo(recipients);
            issue.reload();
          }}
        />
      )}
    </Layout>
  );
}

/** The Support Unit starts an issue: it gathers what was published since the last one. */
export function ComposeNewsletterPage() {
  const { t } = useTranslation();
  const supportUnit = useIsSupportUnit();
  const [title, setTitle] = useState('');
  const [introduction, setIntroduction] = useState('');
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const { draftNewsletterIssue } = await request(DraftDocument, { input: { title, introduction } });
      navigate(`/newsletter/${encodeURIComponent(draftNewsletterIssue.newsletterIssue.id)}`);
    });
  };
  return (
    <Layout title={t('newsletter.compose')}>
      <h1>{t('newsletter.compose')}</h1>
      {!supportUnit ? (
        <p>{t('newsletter.supportUnitOnly')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <p>{t('newsletter.composeText')}</p>
          <TextField label={t('newsletter.issueTitle')} required value={title} onChange={(e) => setTitle(e.target.value)} />
          <TextArea label={t('newsletter.introduction')} rows={5} value={introduction} onChange={(e) => setIntroduction(e.target.value)} />
          <FormError error={action.error} labels={{ title: t('newsletter.issueTitle'), introduction: t('newsletter.introduction') }} />
          <button type="submit">{t('newsletter.draftButton')}</button>
        </form>
      )}
    </Layout>
  );
}

/** The link of the confirmation mail lands here: it confirms at once (confirming twice changes nothing). */
export function ConfirmSubscriptionPage() {
  const { t } = useTranslation();
  const token = useLocation().query.get('token') ?? '';
  const confirmed = useQuery(() => request(ConfirmDocument, { input: { token } }), [token]);
  return (
    <Layout title={t('newsletter.confirmTitle')}>
      <h1>{t('newsletter.confirmTitle')}</h1>
      <QueryState loading={confirmed.loading} error={null} />
      {confirmed.data && <p role="status">{t('newsletter.confirmed')}</p>}
      {confirmed.error && <p role="alert">{t('newsletter.badLink')}</p>}
      <p>
        <Link href="/newsletter">{t('newsletter.back')}</Link>
      </p>
    </Layout>
  );
}

/** The unsubscribe link of an issue, opened in a browser: asks before leaving (a mail client's one-click POST needs no page). */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const token = useLocation().query.get('token') ?? '';
  const [done, setDone] = useState(false);
  const action = useAction();
  return (
    <Layout title={t('newsletter.unsubscribeTitle')}>
      <h1>{t('newsletter.unsubscribeTitle')}</h1>
      {done ? (
        <p role="status">{t('newsletter.unsubscribed')}</p>
      ) : (
        <>
          <p>{t('newsletter.unsubscribeText')}</p>
          <button
            type="button"
            onClick={() =>
              void action.run(async () => {
                await request(UnsubscribeDocument, { input: { token } });
                setDone(true);
              })
            }
          >
            {t('newsletter.unsubscribeButton')}
          </button>
          {action.error && <p role="alert">{t('newsletter.badLink')}</p>}
        </>
      )}
    </Layout>
  );
}
