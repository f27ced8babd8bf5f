import { useTranslation } from 'react-i18next';
import { request } from '../api';
import { formatDate, QueryState, useQuery } from '../ui';
import { AggregateHistoryDocument } from './documents';
import { HISTORY_FIELDS, HISTORY_PARTS } from './fields';
import { Difference } from './difference';
import './history.css';

const humanize = (type: string) => type.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

/**
 * The history of any aggregate with a history source (calls, projects, practices): each event,
 * who did it and when, and what it changed, word by word. `names`: organisation names by id.
 */
export function AggregateHistory({
  id,
  names = {},
  revision,
  formatValue = (_field, value) => value,
}: {
  id: string;
  names?: Record<string, string>;
  /** A new revision reloads the history. */
  revision?: number;
  /** A value as the reader should read it (enum values in words); organisation ids become names in any case. */
  formatValue?: (field: string, value: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const history = useQuery(() => request(AggregateHistoryDocument, { id }), [id, revision]);
  const label = (field: string) => {
    const [part, key] = [field.slice(0, field.indexOf('.')), field.slice(field.indexOf('.') + 1)];
    if ((HISTORY_PARTS as readonly string[]).includes(part)) return t(`history.part.${part}`, { name: names[key] ?? '' });
    return (HISTORY_FIELDS as readonly string[]).includes(field) ? t(`history.field.${field}`) : field;
  };
  const text = (field: string, value: string | null) =>
    value ? formatValue(field, value).replace(/organization-[0-9a-f-]{36}/g, (organizationId) => names[organizationId] ?? organizationId) : '';
  const eventName = (type: string) => (i18n.exists(`event.${type}`) ? t(`event.${type}`) : humanize(type));
  const entries = history.data?.history ?? [];
  return (
    <section aria-labelledby={`history-${id}`} className="aggregate-history">
      <h2 id={`history-${id}`}>{t('history.title')}</h2>
      <QueryState loading={history.loading && !history.data} error={history.error} />
      <ol className="plain history-entries" reversed>
        {[...entries].reverse().map((entry) => (
          <li key={entry.revision} className="history-entry">
            <p className="meta">
              <strong>{eventName(entry.type)}</strong> · {formatDate(entry.occurredAt, i18n.language)}
              {entry.actor && names[entry.actor.organizationId] && ` · ${names[entry.actor.organizationId]}`}
            </p>
            {entry.reason && <p dir="auto">{t('history.reason', { reason: entry.reason })}</p>}
            {entry.changes.length > 0 && entry.revision > 0 && (
              <dl className="history-changes">
                {entry.changes.map((change) => (
                  <div key={change.field}>
                    <dt>{label(change.field)}</dt>
                    <dd>
                      <Difference before={text(change.field, change.before)} after={text(change.field, change.after)} />
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
