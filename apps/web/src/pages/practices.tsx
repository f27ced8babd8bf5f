import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, request } from '../api';
import { allCountries, countryName } from '../countries';
import { diffWords } from '../diff';
import { FollowDocument, FollowedDocument, UnfollowDocument } from '../documents';
import type { ImplementationStatus, Language as ContentLanguage, PracticeFilter, PracticeQuery, ResourceKind } from '../gql/graphql';
import { dirOf, LANGUAGES } from '../i18n';
import { Layout } from '../layout';
import {
  DraftPracticeDocument,
  ExpressInterestDocument,
  HistoryDocument,
  PartnerNamesDocument,
  PracticeAsOfDocument,
  PracticeDocument,
  PracticesDocument,
  PublishPracticeDocument,
  RequestPracticeChangesDocument,
  RevisePracticeDocument,
  SubmitPracticeDocument,
  ThemesDocument,
} from '../practice-documents';
import { Link, navigate, useLocation } from '../router';
import { isState, isSupportUnit, useSession } from '../session';
import { FormError, formatDate, QueryState, Select, TextArea, TextField, useQuery } from '../ui';
import { Countries, PracticeCard } from './cards';

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
    facet === 'country' ? countryName(value, i18n.language) : facet === 'implementationStatus' ? t(`implementation.${value}`, { defaultValue: value }) : (label ?? value);
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
                          <button type="button" className="facet" aria-pressed={active} onClick={() => go({ [FILTER[facet].param]: active ? null : entry.value })}>
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
          <div className="cards">{connection?.edges.map(({ node }) => <PracticeCard key={node.id} practice={node} />)}</div>
        </section>
      </div>
    </Layout>
  );
}

const embedUrl = (url: string): string | null => {
  const youtube = /(?:youtube\.com\/watch\?v=|youtu\.be\/)([\w-]{6,})/.exec(url);
  if (youtube) return `https://www.youtube-nocookie.com/embed/${youtube[1]}`;
  const vimeo = /vimeo\.com\/(\d+)/.exec(url);
  if (vimeo) return `https://player.vimeo.com/video/${vimeo[1]}`;
  return null;
};

function Video({ title, url }: { title: string; url: string }) {
  const embed = embedUrl(url);
  if (embed) return <iframe className="video" src={embed} title={title} loading="lazy" allowFullScreen />;
  return (
    <video className="video" controls preload="none" src={url} aria-label={title}>
      <a href={url}>{title}</a>
    </video>
  );
}

/** Follow or unfollow a practice, call or project (signed-in readers). */
export function FollowButton({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [state, setState] = useState<boolean | null>(null);
  const [error, setError] = useState<ApiRequestError | null>(null);
  useEffect(() => {
    if (!viewer) return;
    request(FollowedDocument).then(
      (answer) => setState(answer.followedSubjects.includes(targetId)),
      () => setState(false),
    );
  }, [viewer, targetId]);
  if (!viewer || state === null) return null;
  const toggle = async () => {
    try {
      const answer = state ? (await request(UnfollowDocument, { input: { subjectId: targetId } })).unfollow : (await request(FollowDocument, { input: { subjectId: targetId } })).follow;
      setState(answer.following);
      setError(null);
    } catch (caught) {
      setError(caught as ApiRequestError);
    }
  };
  return (
    <>
      <button type="button" aria-pressed={state} onClick={() => void toggle()}>
        {state ? t('follow.following') : t('follow.follow')}
      </button>
      <FormError error={error} />
    </>
  );
}

type Text = { title: string; summary: string; body: string; results: string };
const TEXT_FIELDS = ['title', 'summary', 'body', 'results'] as const;
const FIELD_LABEL: Record<(typeof TEXT_FIELDS)[number], string> = { title: 'practice.field.title', summary: 'practice.field.summary', body: 'practice.field.body', results: 'practice.results' };

function asText(practice: { title: string; summary: string; body: string; results: Array<{ indicator: string; value: string }> } | null | undefined): Text | null {
  return practice ? { ...practice, results: practice.results.map((result) => `${result.indicator}: ${result.value}`).join('\n') } : null;
}

/**
 * The events of the practice; for each change of its text, the words that changed, read with
 * practice(id, asOf) (a visitor sees the published versions only, the owner every draft).
 */
function History({ id, revision, organizations }: { id: string; revision: number; organizations: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const history = useQuery(async () => {
    const entries = (await request(HistoryDocument, { id })).history;
    const texts = await Promise.all(
      entries.map(async (entry) =>
        ['PracticeDrafted', 'PracticeRevised', 'PracticePublished', 'PracticeTranslationAdded'].includes(entry.type) ? asText((await request(PracticeAsOfDocument, { id, asOf: entry.occurredAt })).practice) : null,
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
                          part.kind === 'same' ? <span key={i}>{part.text}</span> : part.kind === 'added' ? <ins key={i}>{part.text}</ins> : <del key={i}>{part.text}</del>,
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
  const [error, setError] = useState<ApiRequestError | null>(null);
  const publish = async () => {
    setError(null);
    try {
      await request(PublishPracticeDocument, { input: { id: practice.id, expectedRevision: practice.revision } });
      onDone();
    } catch (caught) {
      setError(caught as ApiRequestError);
    }
  };
  const sendBack = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!reason.trim()) return setReasonError(t('form.required'));
    setReasonError(undefined);
    try {
      await request(RequestPracticeChangesDocument, { input: { id: practice.id, reason, expectedRevision: practice.revision } });
      onDone();
    } catch (caught) {
      const apiError = caught as ApiRequestError;
      setError(apiError);
      setReasonError(apiError.fields.reason);
    }
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
  const [interestError, setInterestError] = useState<ApiRequestError | null>(null);
  const p = practice.data?.practice;
  if (!p) {
    return (
      <Layout title={t('practice.title')}>
        <QueryState loading={practice.loading} error={practice.error ?? (practice.loading ? null : new ApiRequestError([{ message: '', extensions: { code: 'NOT_FOUND' } }]))} />
      </Layout>
    );
  }
  const wanted = contentLanguage ?? i18n.language;
  const text = chooseText(p, wanted);
  const available = [p.language, ...p.translations.map((translation) => translation.language)];
  const ownPractice = viewer?.organization.id === p.ownerOrganizationId;
  const expressInterest = async () => {
    try {
      await request(ExpressInterestDocument, { input: { id: p.id } });
      setInterest('done');
    } catch (caught) {
      setInterestError(caught as ApiRequestError);
    }
  };
  return (
    <Layout title={text.title}>
      <article className="practice">
        <h1 lang={text.language} dir={dirOf(text.language)}>{text.title}</h1>
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
        <FormError error={interestError} />
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
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('practice.indicator')}</th>
                    <th scope="col">{t('practice.value')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.results.map((result) => (
                    <tr key={result.indicator} lang={p.language}>
                      <td>{result.indicator}</td>
                      <td>{result.value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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

interface PracticeForm {
  title: string;
  summary: string;
  body: string;
  language: string;
  countries: string[];
  themes: string[];
  implementationStatus: string;
  periodStart: string;
  periodEnd: string;
  results: string;
  resources: string;
}

const EMPTY: PracticeForm = { title: '', summary: '', body: '', language: 'en', countries: [], themes: [], implementationStatus: '', periodStart: '', periodEnd: '', results: '', resources: '' };

/** The same limits as the server's decider (libs/practices LIMITS); the server's answer still wins. */
const LIMITS = { title: 200, summary: 1_000, body: 20_000 };
const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function toInput(form: PracticeForm) {
  return {
    title: form.title,
    summary: form.summary,
    body: form.body,
    language: form.language as ContentLanguage,
    countries: form.countries,
    themes: form.themes,
    implementationStatus: (form.implementationStatus || null) as ImplementationStatus | null,
    period: form.periodStart ? { start: form.periodStart, end: form.periodEnd || null } : null,
    results: form.results
      .split('\n')
      .map((line) => line.split(':'))
      .filter(([indicator]) => indicator?.trim())
      .map(([indicator, ...value]) => ({ indicator: indicator.trim(), value: value.join(':').trim() })),
    resources: form.resources
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const [url, ...title] = line.split(' ');
        const kind: ResourceKind = /youtu|vimeo|\.mp4$/.test(url) ? 'VIDEO' : /\.pdf$/i.test(url) ? 'DOCUMENT' : 'WEB_PAGE';
        return { url, title: title.join(' ') || url, kind };
      }),
  };
}

function validate(form: PracticeForm, submitting: boolean, t: (key: string, options?: Record<string, unknown>) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.title.trim()) errors.title = t('form.required');
  if (form.title.length > LIMITS.title) errors.title = t('form.tooLong', { max: LIMITS.title });
  if (form.summary.length > LIMITS.summary) errors.summary = t('form.tooLong', { max: LIMITS.summary });
  if (form.body.length > LIMITS.body) errors.body = t('form.tooLong', { max: LIMITS.body });
  if (form.periodStart && !PERIOD.test(form.periodStart)) errors['period.start'] = t('form.period');
  if (form.periodEnd && !PERIOD.test(form.periodEnd)) errors['period.end'] = t('form.period');
  if (form.periodEnd && !form.periodStart) errors['period.start'] = t('form.required');
  for (const line of form.resources.split('\n')) {
    const url = line.trim().split(' ')[0];
    if (url && !/^https?:\/\/\S+$/.test(url)) errors.resources = t('form.url');
  }
  if (submitting) {
    if (!form.summary.trim()) errors.summary = t('form.required');
    if (!form.body.trim()) errors.body = t('form.required');
    if (form.countries.length === 0) errors.countries = t('form.required');
    if (form.themes.length === 0) errors.themes = t('form.required');
    if (!form.periodStart) errors['period.start'] = t('form.required');
  }
  if (PERIOD.test(form.periodStart) && PERIOD.test(form.periodEnd) && form.periodEnd < form.periodStart) errors['period.end'] = t('form.endBeforeStart');
  return errors;
}

/** Draft a new practice or revise one; save, or save and submit for review. */
export function PracticeFormPage({ id }: { id?: string }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const existing = useQuery(async () => (id ? (await request(PracticeDocument, { id })).practice : null), [id]);
  const themes = useQuery(() => request(ThemesDocument), []);
  const [form, setForm] = useState<PracticeForm | null>(id ? null : null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<ApiRequestError | null>(null);
  const [busy, setBusy] = useState(false);
  if (!form && !id && viewer) setForm({ ...EMPTY, language: i18n.language, countries: viewer.organization.country ? [viewer.organization.country] : [] });
  if (id && !form && existing.data) {
    const p = existing.data;
    setForm({
      title: p.title,
      summary: p.summary,
      body: p.body,
      language: p.language,
      countries: p.countries,
      themes: p.themeIds,
      implementationStatus: p.implementationStatus ?? '',
      periodStart: p.period?.start ?? '',
      periodEnd: p.period?.end ?? '',
      results: p.results.map((result) => `${result.indicator}: ${result.value}`).join('\n'),
      resources: p.resources.map((resource) => `${resource.url} ${resource.title}`).join('\n'),
    });
  }
  const title = id ? t('practiceForm.reviseTitle') : t('practiceForm.draftTitle');
  if (!viewer || !isState(viewer)) {
    return (
      <Layout title={title}>
        <h1>{title}</h1>
        <p className="notice">{t('practiceForm.statesOnly')}</p>
      </Layout>
    );
  }
  if (!form) {
    return (
      <Layout title={title}>
        <QueryState loading={existing.loading} error={existing.error} />
      </Layout>
    );
  }
  const set = (field: keyof PracticeForm) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });
  const save = async (submit: boolean) => {
    const found = validate(form, submit, t);
    setErrors(found);
    setServerError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const content = toInput(form);
      let practiceId = id;
      let revision = existing.data?.revision;
      if (id) {
        revision = (await request(RevisePracticeDocument, { input: { id, expectedRevision: revision, ...content } })).revisePractice.revision;
      } else {
        const drafted = (await request(DraftPracticeDocument, { input: content })).draftPractice;
        practiceId = drafted.practice.id;
        revision = drafted.revision;
      }
      if (submit && practiceId) await request(SubmitPracticeDocument, { input: { id: practiceId, expectedRevision: revision } });
      navigate(`/my/practices?saved=${submit ? 'submitted' : 'draft'}`);
    } catch (caught) {
      const error = caught instanceof ApiRequestError ? caught : new ApiRequestError([{ message: String(caught) }]);
      setServerError(error);
      setErrors(error.fields);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (name: string) => errors[name] ?? Object.entries(errors).find(([key]) => key.startsWith(`${name}.`))?.[1];
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void save(submitter?.value === 'submit');
  };
  const invalid = Object.keys(errors).length > 0;
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <form onSubmit={onSubmit} noValidate className="stacked">
        <FormError error={serverError ?? (invalid ? new ApiRequestError([{ message: '', extensions: { fields: errors } }]) : null)} />
        <TextField label={t('practice.field.title')} name="title" value={form.title} onChange={set('title')} error={fieldError('title')} required />
        <TextArea label={t('practice.field.summary')} name="summary" rows={3} value={form.summary} onChange={set('summary')} error={fieldError('summary')} />
        <TextArea label={t('practice.field.body')} hint={t('practiceForm.markdown')} name="body" rows={10} value={form.body} onChange={set('body')} error={fieldError('body')} />
        <Select label={t('practiceForm.language')} name="language" value={form.language} onChange={set('language')} error={fieldError('language')}>
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </Select>
        <Select
          label={t('practice.countries')}
          hint={t('practiceForm.countriesHint')}
          name="countries"
          multiple
          size={6}
          value={form.countries}
          onChange={(event) => setForm({ ...form, countries: Array.from(event.target.selectedOptions, (option) => option.value) })}
          error={fieldError('countries')}
        >
          {allCountries(i18n.language).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </Select>
        <Select
          label={t('practice.themes')}
          hint={t('practiceForm.countriesHint')}
          name="themes"
          multiple
          size={6}
          value={form.themes}
          onChange={(event) => setForm({ ...form, themes: Array.from(event.target.selectedOptions, (option) => option.value) })}
          error={fieldError('themes')}
        >
          {(themes.data?.themes ?? []).map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.label}
            </option>
          ))}
        </Select>
        <Select label={t('practice.status')} name="implementationStatus" value={form.implementationStatus} onChange={set('implementationStatus')} error={fieldError('implementationStatus')}>
          <option value="">{t('practiceForm.none')}</option>
          {['PLANNED', 'ONGOING', 'COMPLETED'].map((status) => (
            <option key={status} value={status}>
              {t(`implementation.${status}`)}
            </option>
          ))}
        </Select>
        <div className="row">
          <TextField label={t('practiceForm.periodStart')} hint={t('form.period')} name="periodStart" value={form.periodStart} onChange={set('periodStart')} error={fieldError('period.start') ?? errors.period} />
          <TextField label={t('practiceForm.periodEnd')} name="periodEnd" value={form.periodEnd} onChange={set('periodEnd')} error={fieldError('period.end')} />
        </div>
        <TextArea label={t('practice.results')} hint={t('practiceForm.resultsHint')} name="results" rows={3} value={form.results} onChange={set('results')} error={fieldError('results')} />
        <TextArea label={t('practice.resources')} hint={t('practiceForm.resourcesHint')} name="resources" rows={3} value={form.resources} onChange={set('resources')} error={fieldError('resources')} />
        <div className="actions">
          <button type="submit" name="action" value="save" disabled={busy}>
            {t('practiceForm.save')}
          </button>
          <button type="submit" name="action" value="submit" className="primary" disabled={busy}>
            {t('practiceForm.submit')}
          </button>
        </div>
      </form>
    </Layout>
  );
}
