import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { Layout } from '../../layout';
import { Link } from '../../router';
import { useSession } from '../../session';
import { Field, FormError, formatDate, QueryState, Table, TextField, useAction, useQuery } from '../../ui';
import { RegisterWebhookDocument, WebhooksDocument, type WebhookView } from './documents';
import { FilterFields, parseSubjects, type FilterValues } from './filter-fields';
import './webhooks.css';

export const webhookPath = (id: string): string => `/my/webhooks/${id}`;

/** "Enabled", "Disabled by an admin", "Disabled: kept failing". */
export function WebhookState({ webhook }: { webhook: Pick<WebhookView, 'enabled' | 'disabledReason'> }) {
  const { t } = useTranslation();
  if (webhook.enabled) return <span className="badge webhook-on">{t('webhooks.enabled')}</span>;
  return <span className="badge webhook-off">{webhook.disabledReason === 'FAILING' ? t('webhooks.disabledFailing') : t('webhooks.disabledByAdmin')}</span>;
}

/** What an endpoint asks for, in words: "All kinds of event" or the kinds' names; "every subject" or how many. */
export function useFilterSummary() {
  const { t } = useTranslation();
  return (webhook: Pick<WebhookView, 'eventTypes' | 'subjects'>) => ({
    events: webhook.eventTypes.length === 0 ? t('webhooks.allEvents') : webhook.eventTypes.map((type) => t(`event.${type}`, { defaultValue: type })).join(', '),
    subjects: webhook.subjects.length === 0 ? t('webhooks.allSubjects') : t('webhooks.someSubjects', { n: webhook.subjects.length }),
  });
}

/** The signing secret, shown once after registering: copy it now, it is never shown again. */
function SecretOnce({ secret, webhook }: { secret: string; webhook: WebhookView }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      // no clipboard (an insecure origin, a refused permission): the text stays selected for the keyboard's copy
      setCopied('no');
    }
  };
  return (
    <section className="webhook-secret" aria-labelledby="webhook-secret-title">
      <h2 id="webhook-secret-title" tabIndex={-1} ref={(heading) => heading?.focus()}>
        {t('webhooks.secretTitle')}
      </h2>
      <p className="notice" role="alert">
        <strong>{t('webhooks.secretOnce')}</strong>
      </p>
      <p>{t('webhooks.secretUse')}</p>
      <div className="webhook-secret-row">
        <Field label={t('webhooks.secret')}>
          {(props) => <input {...props} ref={input} readOnly value={secret} dir="ltr" spellCheck={false} onFocus={(event) => event.target.select()} />}
        </Field>
        <button type="button" className="primary" onClick={() => void copy()}>
          {t('webhooks.copy')}
        </button>
      </div>
      <p role="status">{copied === 'yes' ? t('webhooks.copied') : copied === 'no' ? t('webhooks.copyFailed') : ''}</p>
      <p>
        <Link href={webhookPath(webhook.id)}>{t('webhooks.secretDone')}</Link>
      </p>
    </section>
  );
}

const EMPTY: FilterValues = { eventTypes: [], subjectsText: '' };

function RegisterForm({ onRegistered }: { onRegistered: (secret: string, webhook: WebhookView) => void }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [filter, setFilter] = useState<FilterValues>(EMPTY);
  const [busy, setBusy] = useState(false);
  const { error, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    await run(async () => {
      const input = { url: url.trim(), eventTypes: filter.eventTypes, subjects: parseSubjects(filter.subjectsText) };
      const { registerWebhook } = await request(RegisterWebhookDocument, { input });
      onRegistered(registerWebhook.secret, registerWebhook.webhook);
    });
    setBusy(false);
  };
  return (
    <section aria-labelledby="webhook-register">
      <h2 id="webhook-register">{t('webhooks.register')}</h2>
      <form className="stacked" onSubmit={(event) => void submit(event)} noValidate>
        <FormError error={error} labels={{ url: t('webhooks.url'), subjects: t('webhooks.subjects'), eventTypes: t('webhooks.eventTypes') }} />
        <TextField
          label={t('webhooks.url')}
          hint={t('webhooks.urlHint')}
          name="url"
          type="url"
          inputMode="url"
          dir="ltr"
          required
          autoComplete="url"
          value={url}
          error={error?.fields.url}
          onChange={(event) => setUrl(event.target.value)}
        />
        <FilterFields values={filter} onChange={setFilter} error={error?.fields.subjects} />
        <p>
          <button type="submit" className="primary" disabled={busy}>
            {t('webhooks.registerSubmit')}
          </button>
        </p>
      </form>
    </section>
  );
}

/** /my/webhooks — an organisation's admin: its endpoints, and a new one (its secret shown once). */
export function WebhooksPage() {
  const { t, i18n } = useTranslation();
  const { viewer, loading } = useSession();
  const admin = viewer?.role === 'ADMIN';
  const list = useQuery(async () => (admin ? (await request(WebhooksDocument, {})).webhooks : []), [viewer?.id, admin]);
  const [registered, setRegistered] = useState<{ secret: string; webhook: WebhookView } | null>(null);
  const summary = useFilterSummary();
  return (
    <Layout title={t('webhooks.title')}>
      <h1>{t('webhooks.title')}</h1>
      <p>{t('webhooks.intro')}</p>
      {!loading && !viewer && <p className="notice">{t('common.signInNeeded')}</p>}
      {viewer && !admin && <p className="notice">{t('webhooks.adminsOnly')}</p>}
      {admin && (
        <>
          {registered && <SecretOnce secret={registered.secret} webhook={registered.webhook} />}
          <section aria-labelledby="webhook-list">
            <h2 id="webhook-list">{t('webhooks.endpoints', { organization: viewer.organization.name })}</h2>
            <QueryState loading={list.loading} error={list.error} />
            {list.data && list.data.length === 0 && <p>{t('webhooks.none')}</p>}
            {list.data && list.data.length > 0 && (
              <div className="webhook-table">
                <Table
                  caption={t('webhooks.endpointsCaption')}
                  columns={[t('webhooks.url'), t('webhooks.eventTypes'), t('webhooks.subjects'), t('webhooks.state'), t('webhooks.registeredAt')]}
                >
                  {list.data.map((webhook) => {
                    const asked = summary(webhook);
                    return (
                      <tr key={webhook.id}>
                        <td data-label={t('webhooks.url')}>
                          <Link href={webhookPath(webhook.id)} dir="ltr" className="webhook-url">
                            {webhook.url}
                          </Link>
                        </td>
                        <td data-label={t('webhooks.eventTypes')}>{asked.events}</td>
                        <td data-label={t('webhooks.subjects')}>{asked.subjects}</td>
                        <td data-label={t('webhooks.state')}>
                          <WebhookState webhook={webhook} />
                        </td>
                        <td data-label={t('webhooks.registeredAt')}>{formatDate(webhook.registeredAt, i18n.language)}</td>
                      </tr>
                    );
                  })}
                </Table>
              </div>
            )}
          </section>
          {!registered && (
            <RegisterForm
              onRegistered={(secret, webhook) => {
                setRegistered({ secret, webhook });
                list.reload();
              }}
            />
          )}
        </>
      )}
    </Layout>
  );
}
