import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { countryName } from '../../countries';
import type { ImplementationStatus, PracticeFilter, PracticeQuery } from '../../gql/graphql';
import { dirOf } from '../../i18n';
import { Layout, PendingPage } from '../../layout';
import {
  ExpressInterestDocument,
  PartnerNamesDocument,
  PracticeDocument,
  PracticesDocument,
  PublishPracticeDocument,
  RequestPracticeChangesDocument,
} from '../practices/documents';
import { Link, navigate, useLocation } from '../../router';
import { isSupportUnit, useSession } from '../../session';
import { FormError, QueryState, Table, TextArea, useAction, useQuery } from '../../ui';
import { History } from './practice-history';
import { Countries } from '../../cards';
import { PracticeCard } from './practice-card';
import { FollowButton } from '../../follow-button';
import { Video } from '../../media';
export { PracticeFormPage } from './practice-form';

type FacetName = 'theme' | 'country' | 'region' | 'implementationStatus';
const FACETS: FacetName[] = ['theme', 'country', 'region', 'implementationStatus'];
const FILTER: Record<FacetName, { param: string; filter: 'themes' | 'countries' | 'regions' | 'implementationStatuses' }> = {
  theme: { param: 'theme', filter: 'themes' },
  country: { param: 'country', filter: 'countries' },
  region: { param: 'region', filter: 'regions' },
  implementationStatus: { param: 'status', filter: 'implementationStatuses' },
};

export function PracticesPage() {
  const { t, i18n } = useTranslation();
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const selected = Object.fromEntries(FACETS.map((facet) => [facet, query.get(FILTER[facet].param)])) as Record<FacetName, string | null>;
  const filter: PracticeFilter = {};
  for (const facet of FACETS) {
    const value = selected[facet];
    if (!value) continue;
    if (facet === 'implementationStatus') filter.implementationStatuses = [value as ImplementationStatus];
    else filter[FILTER[facet].filter as 'themes' | 'countries' | 'regions'] = [value];
  }
  const key = query.toString();
  const results = useQuery(() => request(PracticesDocument, { search: q || undefined, filter, first: 20, orderBy: q ? 'RELEVANCE' : 'NEWEST' }), [key]);
  const [text, setText] = useState(q);
  const [wide] = useState(() => window.matchMedia('(min-width: 40rem)').matches);
  const go = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(query);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    navigate(`/practices${next.toString() ? `?${next}` : ''}`);
  };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    go({ q: text.trim() || null });
  };
  const facetLabel = (facet: FacetName, value: string, label?: string | null) =>
    facet === 'country'
      ? countryName(value, i18n.language)
      : facet === 'implementationStatus'
        ? t(`implementation.${value}`, { defaultValue: value })
        : (label ?? value);
  const connection = results.data?.practices;
  return (
    <Layout title={t('practices.title')}>
      <h1>{t('practices.title')}</h1>
      <form role="search" onSubmit={onSearch} className="search-inline">
        <label htmlFor="practice-search">{t('search.label')}</label>
        <input id="practice-search" type="search" value={text} onChange={(event) => setText(event.target.value)} />
        <button type="submit">{t('search.submit')}</button>
      </form>
      <div className="with-sidebar">
        <aside aria-labelledby="facets-heading" className="facets">
          {/* On a phone the facets start folded so the results come first on screen. */}
          <details open={wide}>
            <summary>
              <h2 id="facets-heading">{t('search.refine')}</h2>
            </summary>
            {connection?.facets &&
              FACETS.map((facet) =>
                connection.facets[facet].length === 0 ? null : (
                  <section key={facet} aria-labelledby={`facet-${facet}`}>
                    <h3 id={`facet-${facet}`}>{t(`search.facet.${facet}`)}</h3>
                    <ul>
                      {connection.facets[facet].map((entry) => {
                        const active = selected[facet] === entry.value;
                        return (
                          <li key={entry.value}>
                            <button
                              type="button"
                              className="facet"
                              aria-pressed={active}
                              onClick={() => go({ [FILTER[facet].param]: active ? null : entry.value })}
                            >
                              {facetLabel(facet, entry.value, entry.label)} <span className="count">({entry.count})</span>
                            </button>
                          </li>
                        );
                      })}
                    </ul>
                  </section>
                ),
              )}
          </details>
        </aside>
        <section aria-labelledby="results-heading" className="results">
          <h2 id="results-heading">{t('search.results')}</h2>
          <QueryState loading={results.loading} error={results.error} />
          {connection && (
            <p role="status" className="result-count">
              {t('search.count', { count: connection.totalCount })}
            </p>
          )}
          <div className="cards">
            {connection?.edges.map(({ node }) => (
              <PracticeCard key={node.id} practice={node} />
            ))}
          </div>
        </section>
      </div>
    </Layout>
  );
}

type Details = NonNullable<PracticeQuery['practice']>;

/** The text in the chosen language when there is a translation, else the original (with a notice). */
function chooseText(practice: Details, wanted: string): { language: string; title: string; summary: string; html: string | null; plain: string | null } {
  const translation = practice.language === wanted ? null : practice.translations.find((candidate) => candidate.language === wanted);
  if (translation) return { language: translation.language, title: translation.title, summary: translation.summary, html: null, plain: translation.body };
  return { language: practice.language, title: practice.title, summary: practice.summary, html: practice.bodyHtml, plain: null };
}

/** Publish, or send back with a reason: the Support Unit, on a practice in review. */
function ReviewActions({ practice, onDone }: { practice: Details; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const { error, setError, run } = useAction();
  const publish = () =>
    run(async () => {
      await request(PublishPracticeDocument, { input: { id: practice.id, expectedRevision: practice.revision } });
      onDone();
    });
  const sendBack = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!reason.trim()) return setReasonError(t('form.required'));
    setReasonError(undefined);
    const refused = await run(async () => {
      await request(RequestPracticeChangesDocument, { input: { id: practice.id, reason, expectedRevision: practice.revision } });
      onDone();
    });
    if (refused) setReasonError(refused.fields.reason);
  };
  return (
    <section aria-labelledby="review-heading" className="review no-print">
      <h2 id="review-heading">{t('review.title')}</h2>
      <FormError error={error} />
      <p>
        <button type="button" className="primary" onClick={() => void publish()}>
          {t('review.publish')}
        </button>
      </p>
      <form onSubmit={(event) => void sendBack(event)} noValidate className="stacked">
        <TextArea label={t('review.reason')} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} error={reasonError} />
        <p>
          <button type="submit">{t('review.requestChanges')}</button>
        </p>
      </form>
    </section>
  );
}

function usePartnerNames(): Map<string, string> {
  const partners = useQuery(() => request(PartnerNamesDocument), []);
  return new Map((partners.data?.organizations.edges ?? []).map(({ node }) => [node.id, node.name]));
}

export function PracticePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const practice = useQuery(() => request(PracticeDocument, { id }), [id]);
  const organizations = usePartnerNames();
  const [contentLanguage, setContentLanguage] = useState<string | null>(null);
  const [interest, setInterest] = useState<'idle' | 'done'>('idle');
  const interestAction = useAction();
  const p = practice.data?.practice;
  if (!p) return <PendingPage title={t('practice.title')} query={practice} notFound />;
  const wanted = contentLanguage ?? i18n.language;
  const text = chooseText(p, wanted);
  const available = [p.language, ...p.translations.map((translation) => translation.language)];
  const ownPractice = viewer?.organization.id === p.ownerOrganizationId;
  const expressInterest = () =>
    interestAction.run(async () => {
      await request(ExpressInterestDocument, { input: { id: p.id } });
      setInterest('done');
    });
  return (
    <Layout title={text.title}>
      <article className="practice">
        <h1 lang={text.language} dir={dirOf(text.language)}>
          {text.title}
        </h1>
        {p.status !== 'PUBLISHED' && <p className={`badge status-${p.status}`}>{t(`status.${p.status}`)}</p>}
        {text.language !== wanted && <p className="notice">{t('practice.originalOnly', { language: t(`language.${text.language}`) })}</p>}
        {ownPractice && p.changesRequested && (
          <p className="error">
            {t('myPractices.reason')} {p.changesRequested}
          </p>
        )}
        <div className="practice-tools no-print">
          {available.length > 1 && (
            <label>
              <span>{t('practice.readIn')}</span>{' '}
              <select value={text.language} onChange={(event) => setContentLanguage(event.target.value)}>
                {available.map((code) => (
                  <option key={code} value={code}>
                    {t(`language.${code}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <FollowButton targetId={p.id} />
          {viewer && !ownPractice && p.status === 'PUBLISHED' && (
            <button type="button" disabled={interest === 'done'} onClick={() => void expressInterest()}>
              {interest === 'done' ? t('practice.interestRecorded') : t('practice.interested')}
            </button>
          )}
          {ownPractice && p.status !== 'IN_REVIEW' && p.status !== 'ARCHIVED' && (
            <Link href={`/practices/${encodeURIComponent(p.id)}/edit`} className="button">
              {t('practice.edit')}
            </Link>
          )}
          <button type="button" onClick={() => window.print()}>
            {t('practice.print')}
          </button>
        </div>
        <FormError error={interestAction.error} />
        <p className="lead" lang={text.language} dir={dirOf(text.language)}>
          {text.summary}
        </p>
        <dl className="facts">
          <dt>{t('practice.owner')}</dt>
          <dd>{p.owner?.name}</dd>
          <dt>{t('practice.countries')}</dt>
          <dd>
            <Countries codes={p.countries} />
          </dd>
          {p.implementingPartnerIds.length > 0 && (
            <>
              <dt>{t('practice.partners')}</dt>
              <dd>{p.implementingPartnerIds.map((partner) => organizations.get(partner) ?? partner).join(', ')}</dd>
            </>
          )}
          {p.themes.length > 0 && (
            <>
              <dt>{t('practice.themes')}</dt>
              <dd>{p.themes.map((theme) => theme.label).join(', ')}</dd>
            </>
          )}
          {p.period && (
            <>
              <dt>{t('practice.period')}</dt>
              <dd>{[p.period.start, p.period.end ?? t('practice.ongoing')].join(' – ')}</dd>
            </>
          )}
          {p.implementationStatus && (
            <>
              <dt>{t('practice.status')}</dt>
              <dd>{t(`implementation.${p.implementationStatus}`)}</dd>
            </>
          )}
          <dt>{t('practice.interestCount')}</dt>
          <dd>{p.interestCount + (interest === 'done' ? 1 : 0)}</dd>
        </dl>
        {text.html !== null ? (
          // bodyHtml is rendered from Markdown and sanitised by the API.
          <div className="body" lang={text.language} dir={dirOf(text.language)} dangerouslySetInnerHTML={{ __html: text.html }} />
        ) : (
          <div className="body" lang={text.language} dir={dirOf(text.language)}>
            {(text.plain ?? '').split(/\n{2,}/).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
        )}
        {p.results.length > 0 && (
          <section aria-labelledby="results-title">
            <h2 id="results-title">{t('practice.results')}</h2>
            <Table columns={[t('practice.indicator'), t('practice.value')]}>
              {p.results.map((result) => (
                <tr key={result.indicator} lang={p.language}>
                  <td>{result.indicator}</td>
                  <td>{result.value}</td>
                </tr>
              ))}
            </Table>
          </section>
        )}
        {p.resources.length > 0 && (
          <section aria-labelledby="resources-title">
            <h2 id="resources-title">{t('practice.resources')}</h2>
            <ul className="resources">
              {p.resources.map((resource) => (
                <li key={resource.url}>
                  {resource.kind === 'VIDEO' ? <Video title={resource.title} url={resource.url} /> : null}
                  <a href={resource.url} rel="noopener noreferrer">
                    {resource.title}
                  </a>{' '}
                  <span className="meta">({t(`resource.${resource.kind}`)})</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
      {isSupportUnit(viewer) && (p.status === 'IN_REVIEW' || p.hasPendingRevision) && <ReviewActions practice={p} onDone={practice.reload} />}
      <History id={p.id} revision={p.revision} organizations={organizations} />
    </Layout>
  );
}
