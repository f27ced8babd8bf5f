import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, request } from '../api';
import { allCountries, countryName } from '../countries';
import { diffWords } from '../diff';
import {
  DraftPractice,
  ExpressInterest,
  Follow,
  HistoryQuery,
  PracticeQuery,
  PracticesQuery,
  RevisePractice,
  SubmitPractice,
  Unfollow,
  type HistoryEntry,
  type PracticeDetails,
} from '../documents';
import { LANGUAGES } from '../i18n';
import { Layout } from '../layout';
import { Link, navigate, useLocation } from '../router';
import { isState, useSession } from '../session';
import { FormError, formatDate, QueryState, Select, TextArea, TextField, useQuery } from '../ui';
import { Countries, PracticeCard } from './cards';

const FACETS = ['themes', 'countries', 'implementationStatus'] as const;
type FacetName = (typeof FACETS)[number];
const FILTER_PARAM: Record<FacetName, string> = { themes: 'theme', countries: 'country', implementationStatus: 'status' };

export function PracticesPage() {
  const { t, i18n } = useTranslation();
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const selected = Object.fromEntries(FACETS.map((facet) => [facet, query.get(FILTER_PARAM[facet])])) as Record<FacetName, string | null>;
  const filter: Record<string, unknown> = {};
  if (selected.themes) filter.themes = [selected.themes];
  if (selected.countries) filter.countries = [selected.countries];
  if (selected.implementationStatus) filter.implementationStatus = [selected.implementationStatus];
  const key = query.toString();
  const results = useQuery(() => request(PracticesQuery, { search: q || undefined, filter, first: 20 }), [key]);
  const [text, setText] = useState(q);
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
    facet === 'countries' ? countryName(value, i18n.language) : facet === 'implementationStatus' ? t(`implementation.${value}`, { defaultValue: value }) : (label ?? value);
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
          <h2 id="facets-heading">{t('search.refine')}</h2>
          {connection?.facets &&
            FACETS.map((facet) => (
              <section key={facet} aria-labelledby={`facet-${facet}`}>
                <h3 id={`facet-${facet}`}>{t(`search.facet.${facet}`)}</h3>
                <ul>
                  {connection.facets[facet].map((entry) => {
                    const active = selected[facet] === entry.value;
                    return (
                      <li key={entry.value}>
                        <button type="button" className="facet" aria-pressed={active} onClick={() => go({ [FILTER_PARAM[facet]]: active ? null : entry.value })}>
                          {facetLabel(facet, entry.value, entry.label)} <span className="count">({entry.count})</span>
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </section>
            ))}
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
    <video className="video" controls preload="none" src={url}>
      <a href={url}>{title}</a>
    </video>
  );
}

export function FollowButton({ targetId, following }: { targetId: string; following: boolean | null }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [state, setState] = useState(following ?? false);
  const [error, setError] = useState<ApiRequestError | null>(null);
  if (!viewer) return null;
  const toggle = async () => {
    try {
      if (state) await request(Unfollow, { input: { targetId } });
      else await request(Follow, { input: { targetId } });
      setState(!state);
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

function History({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const history = useQuery(() => request(HistoryQuery, { id }), [id]);
  const entries = history.data?.history ?? [];
  const contentOf = (entry: HistoryEntry): { title?: string; summary?: string; body?: string } | null => {
    try {
      const data = JSON.parse(entry.data) as { content?: { title?: string; summary?: string; body?: string } };
      return data.content ?? null;
    } catch {
      return null;
    }
  };
  let previous: ReturnType<typeof contentOf> = null;
  return (
    <section aria-labelledby="history-heading" className="history no-print">
      <h2 id="history-heading">{t('practice.history')}</h2>
      <QueryState loading={history.loading} error={history.error} />
      <ol>
        {entries.map((entry) => {
          const content = contentOf(entry);
          const before = previous;
          if (content) previous = content;
          return (
            <li key={`${entry.revision}-${entry.type}`}>
              <p>
                <strong>{t(`event.${entry.type}`, { defaultValue: entry.type })}</strong> · {formatDate(entry.occurredAt, i18n.language)}
                {entry.actor?.organizationName && ` · ${entry.actor.organizationName}`}
              </p>
              {content && before && (
                <details>
                  <summary>{t('practice.differences')}</summary>
                  {(['title', 'summary', 'body'] as const).map((field) =>
                    (before[field] ?? '') === (content[field] ?? '') ? null : (
                      <div key={field} className="diff">
                        <h3>{t(`practice.field.${field}`)}</h3>
                        <p>
                          {diffWords(before[field] ?? '', content[field] ?? '').map((part, i) =>
                            part.kind === 'same' ? <span key={i}>{part.text}</span> : part.kind === 'added' ? <ins key={i}>{part.text}</ins> : <del key={i}>{part.text}</del>,
                          )}
                        </p>
                      </div>
                    ),
                  )}
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The text in the reader's language when there is a translation, else the original with a notice. */
function chooseText(practice: PracticeDetails, wanted: string) {
  if (practice.language === wanted) return { language: practice.language, title: practice.title, summary: practice.summary, bodyHtml: practice.bodyHtml, original: true };
  const translation = practice.translations.find((candidate) => candidate.language === wanted);
  if (translation) return { ...translation, original: false };
  return { language: practice.language, title: practice.title, summary: practice.summary, bodyHtml: practice.bodyHtml, original: true };
}

export function PracticePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const practice = useQuery(() => request(PracticeQuery, { id }), [id]);
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
  const ownPractice = viewer && p.owner && viewer.organization.id === p.owner.id;
  const expressInterest = async () => {
    try {
      await request(ExpressInterest, { input: { practiceId: p.id } });
      setInterest('done');
    } catch (caught) {
      setInterestError(caught as ApiRequestError);
    }
  };
  return (
    <Layout title={text.title}>
      <article className="practice" lang={text.language}>
        <h1>{text.title}</h1>
        {text.language !== wanted && (
          <p className="notice" lang={i18n.language}>
            {t('practice.originalOnly', { language: t(`language.${text.language}`) })}
          </p>
        )}
        <div className="practice-tools no-print" lang={i18n.language}>
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
          <FollowButton targetId={p.id} following={p.viewerFollows} />
          {viewer && !ownPractice && (
            <button type="button" disabled={interest === 'done'} onClick={() => void expressInterest()}>
              {interest === 'done' ? t('practice.interestRecorded') : t('practice.interested')}
            </button>
          )}
          {ownPractice && <Link href={`/practices/${encodeURIComponent(p.id)}/edit`}>{t('practice.edit')}</Link>}
          <button type="button" onClick={() => window.print()}>
            {t('practice.print')}
          </button>
        </div>
        <FormError error={interestError} />
        <p className="lead">{text.summary}</p>
        <dl className="facts" lang={i18n.language}>
          <dt>{t('practice.owner')}</dt>
          <dd>{p.owner?.name}</dd>
          <dt>{t('practice.countries')}</dt>
          <dd>
            <Countries codes={p.countries} />
          </dd>
          {p.implementingPartners.length > 0 && (
            <>
              <dt>{t('practice.partners')}</dt>
              <dd>{p.implementingPartners.map((partner) => partner.name).join(', ')}</dd>
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
              <dd>{t(`implementation.${p.implementationStatus}`, { defaultValue: p.implementationStatus })}</dd>
            </>
          )}
          <dt>{t('practice.interestCount')}</dt>
          <dd>{p.interestCount}</dd>
        </dl>
        {/* bodyHtml is rendered from Markdown and sanitised by the API. */}
        <div className="body" dangerouslySetInnerHTML={{ __html: text.bodyHtml }} />
        {p.results.length > 0 && (
          <section aria-labelledby="results-title" lang={i18n.language}>
            <h2 id="results-title">{t('practice.results')}</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('practice.indicator')}</th>
                  <th scope="col">{t('practice.value')}</th>
                </tr>
              </thead>
              <tbody>
                {p.results.map((result) => (
                  <tr key={result.indicator}>
                    <td lang={p.language}>{result.indicator}</td>
                    <td lang={p.language}>{result.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        {p.resources.length > 0 && (
          <section aria-labelledby="resources-title" lang={i18n.language}>
            <h2 id="resources-title">{t('practice.resources')}</h2>
            <ul className="resources">
              {p.resources.map((resource) => (
                <li key={resource.url}>
                  {resource.kind === 'VIDEO' ? <Video title={resource.title} url={resource.url} /> : null}
                  <a href={resource.url} rel="noopener noreferrer">
                    {resource.title}
                  </a>{' '}
                  <span className="meta">({t(`resource.${resource.kind}`, { defaultValue: resource.kind })})</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
      <History id={p.id} />
    </Layout>
  );
}

interface PracticeForm {
  title: string;
  summary: string;
  body: string;
  language: string;
  countries: string[];
  implementationStatus: string;
  periodStart: string;
  periodEnd: string;
  results: string;
  resources: string;
}

const EMPTY: PracticeForm = { title: '', summary: '', body: '', language: 'en', countries: [], implementationStatus: '', periodStart: '', periodEnd: '', results: '', resources: '' };

/** The same limits as the server's decider (libs/practices LIMITS); the server's answer still wins. */
const LIMITS = { title: 200, summary: 1_000, body: 20_000 };

function toInput(form: PracticeForm) {
  return {
    title: form.title,
    summary: form.summary,
    body: form.body,
    language: form.language,
    countries: form.countries,
    implementationStatus: form.implementationStatus || null,
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
        return { url, title: title.join(' ') || url, kind: /youtu|vimeo|\.mp4$/.test(url) ? 'VIDEO' : /\.pdf$/i.test(url) ? 'DOCUMENT' : 'WEB_PAGE' };
      }),
  };
}

function validate(form: PracticeForm, submitting: boolean, t: (key: string, options?: Record<string, unknown>) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.title.trim()) errors.title = t('form.required');
  if (form.title.length > LIMITS.title) errors.title = t('form.tooLong', { max: LIMITS.title });
  if (form.summary.length > LIMITS.summary) errors.summary = t('form.tooLong', { max: LIMITS.summary });
  if (form.body.length > LIMITS.body) errors.body = t('form.tooLong', { max: LIMITS.body });
  if (form.periodStart && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(form.periodStart)) errors['period.start'] = t('form.period');
  if (form.periodEnd && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(form.periodEnd)) errors['period.end'] = t('form.period');
  form.resources
    .split('\n')
    .map((line) => line.trim().split(' ')[0])
    .filter(Boolean)
    .forEach((url) => {
      if (!/^https?:\/\/\S+$/.test(url)) errors.resources = t('form.url');
    });
  if (submitting) {
    if (!form.summary.trim()) errors.summary = t('form.required');
    if (!form.body.trim()) errors.body = t('form.required');
    if (form.countries.length === 0) errors.countries = t('form.required');
  }
  return errors;
}

/** Draft a new practice or revise one; save, or save and submit for review. */
export function PracticeFormPage({ id }: { id?: string }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const existing = useQuery(async () => (id ? (await request(PracticeQuery, { id })).practice : null), [id]);
  const [form, setForm] = useState<PracticeForm | null>(id ? null : { ...EMPTY, language: i18n.language, countries: viewer?.organization.country ? [viewer.organization.country] : [] });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<ApiRequestError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  if (id && !form && existing.data) {
    const p = existing.data;
    setForm({
      title: p.title,
      summary: p.summary,
      body: p.body,
      language: p.language,
      countries: p.countries,
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
    setSaved(null);
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
        const revised = await request(RevisePractice, { input: { practiceId: id, expectedRevision: revision, ...content } });
        revision = revised.revisePractice.revision;
      } else {
        const drafted = await request(DraftPractice, { input: content });
        practiceId = drafted.draftPractice.practice.id;
        revision = drafted.draftPractice.revision;
      }
      if (submit && practiceId) await request(SubmitPractice, { input: { practiceId, expectedRevision: revision } });
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
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      {saved && <p role="status">{saved}</p>}
      <form onSubmit={onSubmit} noValidate className="stacked">
        <FormError error={serverError ?? (Object.keys(errors).length ? new ApiRequestError([{ message: '', extensions: { fields: errors } }]) : null)} />
        <TextField label={t('practice.field.title')} name="title" value={form.title} onChange={set('title')} error={fieldError('title')} required maxLength={LIMITS.title + 50} />
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
        <Select label={t('practice.status')} name="implementationStatus" value={form.implementationStatus} onChange={set('implementationStatus')} error={fieldError('implementationStatus')}>
          <option value="">{t('practiceForm.none')}</option>
          {['PLANNED', 'ONGOING', 'COMPLETED'].map((status) => (
            <option key={status} value={status}>
              {t(`implementation.${status}`)}
            </option>
          ))}
        </Select>
        <div className="row">
          <TextField label={t('practiceForm.periodStart')} hint={t('form.period')} name="periodStart" value={form.periodStart} onChange={set('periodStart')} error={fieldError('period.start') ?? fieldError('period')} />
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
