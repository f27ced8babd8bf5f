import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { Difference } from '../../history/difference';
import type { PolicyToolDifferencesQuery } from '../../gql/graphql';
import { formatDate } from '../../intl';
import { Link } from '../../router';
import { QueryState, Select, useQuery } from '../../ui';
import { PolicyToolDifferencesDocument } from './documents';
import { toolHref } from './tool-card';
import type { Tool, ToolPageData } from './tool-data';

type PracticeTitles = ToolPageData['practices'];

/** Every edition, first first, with its release notes; the one shown is marked, the others open. */
export function EditionsTimeline({ tool, shown }: { tool: Tool; shown: number }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="tool-editions" className="tool-editions">
      <h2 id="tool-editions">{t('tools.editions')}</h2>
      <ol className="plain timeline">
        {tool.editions.map((edition) => (
          <li key={edition.number} aria-current={edition.number === shown ? 'true' : undefined}>
            <p>
              <strong>{t('tools.editionNumber', { number: edition.number })}</strong> · {formatDate(edition.releasedAt, i18n.language)}
              {edition.number === tool.currentEdition && ` · ${t('tools.current')}`}
              {edition.number === shown ? (
                ` · ${t('tools.shown')}`
              ) : (
                <>
                  {' · '}
                  <Link href={toolHref(tool.id, edition.number === tool.currentEdition ? undefined : edition.number)}>
                    {t('tools.openEdition', { number: edition.number })}
                  </Link>
                </>
              )}
            </p>
            <p dir="auto">{edition.releaseNotes}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

type Differences = NonNullable<NonNullable<PolicyToolDifferencesQuery['policyTool']>['differences']>;
type SectionText = NonNullable<Differences['sections'][number]['before']>;

const examplesText = (section: SectionText | null | undefined, practices: PracticeTitles) =>
  (section?.examples ?? []).map((example) => example.title ?? (example.practiceId ? practices[example.practiceId]?.title : null) ?? example.url ?? example.practiceId ?? '').join('; ');

/** Two editions side by side: each field and section that changed, word by word. */
export function ToolDifferences({ tool, practices }: { tool: Tool; practices: PracticeTitles }) {
  const { t } = useTranslation();
  const numbers = tool.editions.map((edition) => edition.number);
  const [from, setFrom] = useState(numbers[numbers.length - 2]);
  const [to, setTo] = useState(numbers[numbers.length - 1]);
  const answer = useQuery(() => request(PolicyToolDifferencesDocument, { id: tool.id, from, to }), [tool.id, from, to, tool.revision]);
  const differences = answer.data?.policyTool?.differences;
  const changed = differences?.sections.filter((section) => section.change !== 'UNCHANGED') ?? [];
  return (
    <section aria-labelledby="tool-differences" className="tool-differences">
      <h2 id="tool-differences">{t('tools.differences')}</h2>
      <div className="list-controls">
        <Select label={t('tools.from')} name="from" value={String(from)} onChange={(event) => setFrom(Number(event.target.value))}>
          {numbers.map((number) => (
            <option key={number} value={number}>
              {t('tools.editionNumber', { number })}
            </option>
          ))}
        </Select>
        <Select label={t('tools.to')} name="to" value={String(to)} onChange={(event) => setTo(Number(event.target.value))}>
          {numbers.map((number) => (
            <option key={number} value={number}>
              {t('tools.editionNumber', { number })}
            </option>
          ))}
        </Select>
      </div>
      <QueryState loading={answer.loading && !answer.data} error={answer.error} />
      {differences && differences.fields.length === 0 && changed.length === 0 && <p>{t('tools.noDifferences')}</p>}
      {differences && (
        <dl className="history-changes">
          {differences.fields.map((change) => (
            <div key={change.field}>
              <dt>{t(`tools.field.${change.field}`, { defaultValue: change.field })}</dt>
              <dd>
                <Difference before={change.before ?? ''} after={change.after ?? ''} />
              </dd>
            </div>
          ))}
          {changed.map((section) => (
            <div key={section.key}>
              <dt>
                {section.after?.title ?? section.before?.title ?? section.key} ({t(`tools.change.${section.change}`)})
              </dt>
              <dd>
                <Difference before={section.before?.body ?? ''} after={section.after?.body ?? ''} />
                {examplesText(section.before, practices) !== examplesText(section.after, practices) && (
                  <p>
                    {t('tools.examples')}: <Difference before={examplesText(section.before, practices)} after={examplesText(section.after, practices)} />
                  </p>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
