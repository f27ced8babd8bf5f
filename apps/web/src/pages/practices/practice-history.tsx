/** Revision history of a practice: each change of its text as word-level differences. */
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { diffWords } from '../../diff';
import { HistoryDocument, PracticeAsOfDocument, type PracticeText } from '../practices/documents';
import { formatDate, QueryState, useQuery } from '../../ui';

type Text = { title: string; summary: string; body: string; results: string };
const TEXT_FIELDS = ['title', 'summary', 'body', 'results'] as const;
const FIELD_LABEL: Record<(typeof TEXT_FIELDS)[number], string> = {
  title: 'practice.field.title',
  summary: 'practice.field.summary',
  body: 'practice.field.body',
  results: 'practice.results',
};

function asText(practice: PracticeText | null | undefined): Text | null {
  return practice ? { ...practice, results: practice.results.map((result) => `${result.indicator}: ${result.value}`).join('\n') } : null;
}

/**
 * The events of the practice; for each change of its text, the words that changed, read with
 * practice(id, asOf) (a visitor sees the published versions only, the owner every draft).
 */
export function History({ id, revision, organizations }: { id: string; revision: number; organizations: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const history = useQuery(async () => {
    const entries = (await request(HistoryDocument, { id })).history;
    const texts = await Promise.all(
      entries.map(async (entry) =>
        ['PracticeDrafted', 'PracticeRevised', 'PracticePublished', 'PracticeTranslationAdded'].includes(entry.type)
          ? asText((await request(PracticeAsOfDocument, { id, asOf: entry.occurredAt })).practice)
          : null,
      ),
    );
    return entries.map((entry, i) => ({ ...entry, text: texts[i] }));
  }, [id, revision]);
  let previous: Text | null = null;
  return (
    <section aria-labelledby="history-heading" className="history no-print">
      <h2 id="history-heading">{t('practice.history')}</h2>
      <QueryState loading={history.loading} error={history.error} />
      <ol>
        {(history.data ?? []).map((entry) => {
          const before = previous;
          if (entry.text) previous = entry.text;
          const changed = entry.text && before ? TEXT_FIELDS.filter((field) => before[field] !== entry.text![field]) : [];
          return (
            <li key={`${entry.revision}-${entry.type}`}>
              <p>
                <strong>{t(`event.${entry.type}`, { defaultValue: entry.type })}</strong> · {formatDate(entry.occurredAt, i18n.language)}
                {entry.actor && organizations.get(entry.actor.organizationId) && ` · ${organizations.get(entry.actor.organizationId)}`}
              </p>
              {entry.reason && <p className="reason">{entry.reason}</p>}
              {changed.length > 0 && (
                <details>
                  <summary>{t('practice.differences')}</summary>
                  {changed.map((field) => (
                    <div key={field} className="diff">
                      <h3>{t(FIELD_LABEL[field])}</h3>
                      <p>
                        {diffWords(before![field], entry.text![field]).map((part, i) =>
                          part.kind === 'same' ? (
                            <span key={i}>{part.text}</span>
                          ) : part.kind === 'added' ? (
                            <ins key={i}>{part.text}</ins>
                          ) : (
                            <del key={i}>{part.text}</del>
                          ),
                        )}
                      </p>
                    </div>
                  ))}
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
