import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { Link } from '../../router';
import { formatNumber, FormError, PagedFooter, QueryState, Table, toPage, useAction, usePagedQuery } from '../../ui';
import { RedeliverWebhookDocument, WebhookDeliveriesDocument, type DeliveryView } from './documents';
import { subjectPath } from './filter-fields';

const PAGE = 20;
const POLL_MS = 2000;

/** Date and time to the second, in the reader's language (a log is read by the minute). */
const formatTime = (value: string | null, language: string): string =>
  value ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(value)) : '';

function DeliveryRow({ delivery, onSent }: { delivery: DeliveryView; onSent: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const { error, run } = useAction();
  const path = subjectPath(delivery.subjectId);
  const when = delivery.deliveredAt ?? delivery.lastAttemptAt ?? delivery.createdAt;
  const send = () =>
    run(async () => {
      await request(RedeliverWebhookDocument, { input: { deliveryId: delivery.id } });
      onSent(delivery.id);
    });
  return (
    <tr>
      <td data-label={t('webhooks.event')}>
        {t(`event.${delivery.eventType}`, { defaultValue: delivery.eventType })}
        {path && (
          <>
            {' '}
            <Link href={path} className="webhook-subject">
              {t('webhooks.subjectLink')}
            </Link>
          </>
        )}
        <br />
        <code dir="ltr" className="webhook-id" title={t('webhooks.eventIdTitle')}>
          {delivery.eventId}
        </code>
      </td>
      <td data-label={t('webhooks.status')}>
        <span className={`badge webhook-status-${delivery.status.toLowerCase()}`}>{t(`webhooks.deliveryStatus.${delivery.status}`)}</span>
      </td>
      <td data-label={t('webhooks.responseCode')}>
        {delivery.responseStatus === null ? t('webhooks.noResponse') : <span dir="ltr">{delivery.responseStatus}</span>}
        {delivery.responseExcerpt && (
          <>
            <br />
            <q dir="auto" className="webhook-excerpt">
              {delivery.responseExcerpt}
            </q>
          </>
        )}
      </td>
      <td data-label={t('webhooks.time')}>
        <time dateTime={when}>{formatTime(when, i18n.language)}</time>
        {delivery.status === 'PENDING' && delivery.nextAttemptAt && (
          <>
            <br />
            {t('webhooks.nextAttempt', { time: formatTime(delivery.nextAttemptAt, i18n.language) })}
          </>
        )}
      </td>
      <td data-label={t('webhooks.attempts')}>{formatNumber(delivery.attempts, i18n.language)}</td>
      <td data-label={t('webhooks.actions')}>
        <button type="button" onClick={() => void send()} aria-label={t('webhooks.redeliverNamed', { time: formatTime(delivery.createdAt, i18n.language) })}>
          {t('webhooks.redeliver')}
        </button>
        <FormError error={error} />
      </td>
    </tr>
  );
}

/** What was sent to one endpoint, newest first, page by page; any delivery sent again. */
export function DeliveryLog({ webhookId }: { webhookId: string }) {
  const { t } = useTranslation();
  const paged = usePagedQuery(
    async (after) => toPage((await request(WebhookDeliveriesDocument, { webhookId, first: PAGE, after })).webhookDeliveries),
    [webhookId],
  );
  const [resent, setResent] = useState(0);
  // while something is still to be sent (or nothing has been queued yet), the log looks again now and then, quietly
  const waiting = !paged.loading && !paged.error && (paged.items.length === 0 || paged.items.some((d) => d.status === 'PENDING'));
  const reload = useRef(paged.reload);
  useEffect(() => {
    reload.current = paged.reload;
  });
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setTimeout(() => reload.current(), POLL_MS);
    return () => window.clearTimeout(timer);
  }, [waiting, paged.items]);
  return (
    <section aria-labelledby="webhook-deliveries">
      <h2 id="webhook-deliveries">{t('webhooks.deliveries')}</h2>
      <p className="webhook-actions">
        <button type="button" onClick={paged.reload}>
          {t('webhooks.refresh')}
        </button>
      </p>
      <p role="status">{resent > 0 ? t('webhooks.redelivered') : ''}</p>
      <QueryState loading={paged.loading && paged.items.length === 0} error={paged.error} />
      {!paged.loading && paged.items.length === 0 && !paged.error && <p>{t('webhooks.noDeliveries')}</p>}
      {paged.items.length > 0 && (
        <div className="webhook-table">
          <Table
            caption={t('webhooks.deliveriesCaption')}
            columns={[t('webhooks.event'), t('webhooks.status'), t('webhooks.responseCode'), t('webhooks.time'), t('webhooks.attempts'), t('webhooks.actions')]}
          >
            {paged.items.map((delivery) => (
              <DeliveryRow
                key={`${delivery.id}-${delivery.status}-${delivery.attempts}`}
                delivery={delivery}
                onSent={() => {
                  setResent((n) => n + 1);
                  paged.reload();
                }}
              />
            ))}
          </Table>
        </div>
      )}
      <PagedFooter paged={paged} />
    </section>
  );
}
