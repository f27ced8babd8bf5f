import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { Layout, PendingPage } from '../../layout';
import { Link, navigate } from '../../router';
import { useSession } from '../../session';
import { FormError, TextField, useAction, useQuery } from '../../ui';
import { DeleteWebhookDocument, UpdateWebhookDocument, WebhooksDocument, type WebhookView } from './documents';
import { DeliveryLog } from './delivery-log';
import { FilterFields, parseSubjects, type FilterValues } from './filter-fields';
import { useFilterSummary, WebhookState } from './webhooks';
import './webhooks.css';

/** The endpoint's URL and what it asks for, saved against the revision the page read. */
function EditForm({ webhook, onSaved }: { webhook: WebhookView; onSaved: () => void }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState(webhook.url);
  const [filter, setFilter] = useState<FilterValues>({ eventTypes: webhook.eventTypes, subjectsText: webhook.subjects.join('\n') });
  const [saved, setSaved] = useState(false);
  const { error, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const failed = await run(() =>
      request(UpdateWebhookDocument, {
        input: {
          webhookId: webhook.id,
          url: url.trim(),
          eventTypes: filter.eventTypes,
          subjects: parseSubjects(filter.subjectsText),
          expectedRevision: webhook.revision,
        },
      }),
    );
    if (!failed) {
      setSaved(true);
      onSaved();
    }
  };
  return (
    <section aria-labelledby="webhook-edit">
      <h2 id="webhook-edit">{t('webhooks.edit')}</h2>
      <form className="stacked" onSubmit={(event) => void submit(event)} noValidate>
        <FormError error={error} labels={{ url: t('webhooks.url'), subjects: t('webhooks.subjects'), eventTypes: t('webhooks.eventTypes') }} />
        {saved && (
          <p role="status" className="success">
            {t('webhooks.saved')}
          </p>
        )}
        <TextField
          label={t('webhooks.url')}
          hint={t('webhooks.urlHint')}
          name="url"
          type="url"
          dir="ltr"
          required
          value={url}
          error={error?.fields.url}
          onChange={(event) => setUrl(event.target.value)}
        />
        <FilterFields values={filter} onChange={setFilter} error={error?.fields.subjects} />
        <p>
          <button type="submit" className="primary">
            {t('webhooks.save')}
          </button>
        </p>
      </form>
    </section>
  );
}

/** Stop or resume deliveries; remove the endpoint (in two steps). */
function Controls({ webhook, onChanged }: { webhook: WebhookView; onChanged: () => void }) {
  const { t } = useTranslation();
  const { error, run } = useAction();
  const [confirming, setConfirming] = useState(false);
  const setEnabled = (enabled: boolean) =>
    run(async () => {
      await request(UpdateWebhookDocument, { input: { webhookId: webhook.id, enabled } });
      onChanged();
    });
  const remove = async () => {
    const failed = await run(() => request(DeleteWebhookDocument, { input: { webhookId: webhook.id } }));
    if (!failed) navigate('/my/webhooks');
  };
  return (
    <section aria-labelledby="webhook-controls" className="stacked">
      <h2 id="webhook-controls">{t('webhooks.controls')}</h2>
      <FormError error={error} />
      <p className="webhook-actions">
        {webhook.enabled ? (
          <button type="button" onClick={() => void setEnabled(false)}>
            {t('webhooks.disable')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => void setEnabled(true)}>
            {t('webhooks.enable')}
          </button>
        )}
      </p>
      <p>{t('webhooks.deleteHint')}</p>
      {confirming ? (
        <p className="webhook-actions">
          <button type="button" className="webhook-danger" onClick={() => void remove()}>
            {t('webhooks.confirmDelete')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('webhooks.cancel')}
          </button>
        </p>
      ) : (
        <p>
          <button type="button" onClick={() => setConfirming(true)}>
            {t('webhooks.delete')}
          </button>
        </p>
      )}
    </section>
  );
}

/** /my/webhooks/:id — one endpoint of the viewer's organisation: what it asks for, its controls and its delivery log. */
export function WebhookPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const query = useQuery(async () => (await request(WebhooksDocument, {})).webhooks.find((one) => one.id === id) ?? null, [id, viewer?.id]);
  const summary = useFilterSummary();
  const webhook = query.data;
  if (!webhook) return <PendingPage title={t('webhooks.endpoint')} query={query} notFound />;
  const asked = summary(webhook);
  return (
    <Layout title={t('webhooks.endpoint')}>
      <p>
        <Link href="/my/webhooks">{t('webhooks.back')}</Link>
      </p>
      <h1>{t('webhooks.endpoint')}</h1>
      <dl className="facts">
        <dt>{t('webhooks.url')}</dt>
        <dd dir="ltr" className="webhook-url">
          {webhook.url}
        </dd>
        <dt>{t('webhooks.state')}</dt>
        <dd>
          <WebhookState webhook={webhook} />
        </dd>
        <dt>{t('webhooks.eventTypes')}</dt>
        <dd>{asked.events}</dd>
        <dt>{t('webhooks.subjects')}</dt>
        <dd>{asked.subjects}</dd>
      </dl>
      {webhook.disabledReason === 'FAILING' && <p className="notice">{t('webhooks.failingText')}</p>}
      <DeliveryLog webhookId={webhook.id} />
      <div className="two-columns">
        <EditForm webhook={webhook} onSaved={query.reload} />
        <Controls webhook={webhook} onChanged={query.reload} />
      </div>
    </Layout>
  );
}
