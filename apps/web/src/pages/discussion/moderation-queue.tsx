import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import type { ModerationQueueQuery } from '../../gql/graphql';
import { Layout } from '../../layout';
import { isSupportUnit, useSession } from '../../session';
import { FormError, formatDate, QueryState, TextArea, useAction, useQuery } from '../../ui';
import { DismissReportDocument, HideContentDocument, ModerationQueueDocument } from './documents';
import './discussion.css';

type Item = ModerationQueueQuery['moderationQueue']['edges'][number]['node'];

function QueueItem({ item, onDone }: { item: Item; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const hide = useAction();
  const dismiss = useAction();
  const headingId = `queue-${item.contentId}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await hide.run(() => request(HideContentDocument, { input: { contentId: item.contentId, reason } })))) onDone();
  };
  return (
    <li className="queue-item" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {item.kind === 'COMMENT' ? t('moderation.kindComment') : item.kind === 'MESSAGE' ? t('moderation.kindMessage') : t('moderation.kindItem')}
      </h2>
      {item.excerpt && (
        <blockquote dir="auto" lang="">
          {item.excerpt}
        </blockquote>
      )}
      <ul>
        {item.reports.map((r) => (
          <li key={`${r.reporterOrganizationId}-${r.reportedAt}`}>
            {formatDate(r.reportedAt, i18n.language)}: <span dir="auto">{r.reason}</span>
          </li>
        ))}
      </ul>
      <form className="stacked" onSubmit={(event) => void submit(event)} noValidate>
        <FormError error={hide.error} />
        <TextArea
          label={t('moderation.hideReason')}
          name="reason"
          value={reason}
          rows={2}
          onChange={(event) => setReason(event.target.value)}
          error={hide.error?.fields.reason}
        />
        <div className="actions">
          <button type="submit" className="primary" aria-describedby={headingId}>
            {t('moderation.hide')}
          </button>
          <button
            type="button"
            aria-describedby={headingId}
            onClick={() => void dismiss.run(() => request(DismissReportDocument, { input: { contentId: item.contentId } })).then((e) => !e && onDone())}
          >
            {t('moderation.dismiss')}
          </button>
        </div>
        <FormError error={dismiss.error} />
      </form>
    </li>
  );
}

/** The Support Unit's moderation queue: reported comments, messages and items, earliest report first. */
export function ModerationQueuePage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const allowed = isSupportUnit(viewer);
  const queue = useQuery(() => (allowed ? request(ModerationQueueDocument, { first: 50 }) : Promise.resolve(null)), [allowed]);
  const items = queue.data?.moderationQueue.edges.map((e) => e.node) ?? [];
  return (
    <Layout title={t('moderation.title')}>
      <div className="moderation-queue">
        <h1>{t('moderation.title')}</h1>
        {!allowed ? (
          <p>{t('moderation.supportUnitOnly')}</p>
        ) : (
          <>
            <QueryState loading={queue.loading && !queue.data} error={queue.error} />
            {queue.data && items.length === 0 && <p>{t('moderation.empty')}</p>}
            <ul className="plain">
              {items.map((item) => (
                <QueueItem key={item.contentId} item={item} onDone={queue.reload} />
              ))}
            </ul>
          </>
        )}
      </div>
    </Layout>
  );
}
