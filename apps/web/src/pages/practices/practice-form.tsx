/** Draft, revise and submit a practice, validating as the server does (its answer still wins). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, request } from '../../api';
import type { ImplementationStatus, Language as ContentLanguage, ResourceKind } from '../../gql/graphql';
import { LANGUAGES } from '../../i18n';
import { Layout, NoticePage, PendingPage } from '../../layout';
import { DraftPracticeDocument, PracticeDocument, RevisePracticeDocument, SubmitPracticeDocument, ThemesDocument } from '../practices/documents';
import { navigate } from '../../router';
import { isState, useSession } from '../../session';
import { CountriesSelect, FormError, MultiSelect, Select, TextArea, TextField, useQuery } from '../../ui';
import { QualityAnswersFields, useQualityAnswers } from './quality-answers';
import { checkText, PracticeTextFields } from './text-fields';
import './practices.css';

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

const EMPTY: PracticeForm = {
  title: '',
  summary: '',
  body: '',
  language: 'en',
  countries: [],
  themes: [],
  implementationStatus: '',
  periodStart: '',
  periodEnd: '',
  results: '',
  resources: '',
};

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
  const errors = checkText(form, t);
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
  const themes = useQuery(() => request(ThemesDocument, { language: i18n.language }), [i18n.language]);
  const [form, setForm] = useState<PracticeForm | null>(id ? null : null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<ApiRequestError | null>(null);
  const [busy, setBusy] = useState(false);
  const answers = useQualityAnswers(id);
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
  if (!viewer || !isState(viewer)) return <NoticePage title={title} notice={t('practiceForm.statesOnly')} />;
  if (!form) return <PendingPage title={title} query={existing} />;
  // Saving a published practice's revision sends it to review at once: there is no draft of it to keep.
  const published = existing.data?.status === 'PUBLISHED';
  const set = (field: keyof PracticeForm) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });
  const save = async (submit: boolean) => {
    // Saving a published practice's revision sends it to review without the answers (submitPractice is not called).
    const found = { ...validate(form, submit, t), ...(submit && !published ? answers.check() : {}) };
    setErrors(found);
    setServerError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const content = toInput(form);
      const saved = id
        ? (await request(RevisePracticeDocument, { input: { id, expectedRevision: existing.data?.revision, ...content } })).revisePractice
        : (await request(DraftPracticeDocument, { input: content })).draftPractice;
      // A revision of a published practice is in review once written: submitting it again would be refused.
      const inReview = saved.practice.status === 'IN_REVIEW';
      if (submit && !inReview)
        await request(SubmitPracticeDocument, { input: { id: saved.practice.id, expectedRevision: saved.revision, answers: answers.input() } });
      navigate(`/my/practices?saved=${submit || inReview ? 'submitted' : 'draft'}`);
    } catch (caught) {
      const error = ApiRequestError.from(caught);
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
      {existing.data?.changesRequested && (
        <section className="review-reason" aria-labelledby="review-reason-heading">
          <h2 id="review-reason-heading">{t('practiceForm.reasonHeading')}</h2>
          <p dir="auto">{existing.data.changesRequested}</p>
        </section>
      )}
      {published && <p className="notice">{t('practiceForm.publishedNotice')}</p>}
      <form onSubmit={onSubmit} noValidate className="stacked">
        <FormError error={serverError ?? (invalid ? new ApiRequestError([{ message: '', extensions: { fields: errors } }]) : null)} />
        <PracticeTextFields
          value={form}
          onChange={(text) => setForm({ ...form, ...text })}
          errors={{ title: fieldError('title'), summary: fieldError('summary'), body: fieldError('body') }}
          lang={form.language}
        />
        <Select label={t('practiceForm.language')} name="language" value={form.language} onChange={set('language')} error={fieldError('language')}>
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </Select>
        <CountriesSelect name="countries" value={form.countries} onChange={(countries) => setForm({ ...form, countries })} error={fieldError('countries')} />
        <MultiSelect
          label={t('practice.themes')}
          hint={t('practiceForm.countriesHint')}
          name="themes"
          value={form.themes}
          onChange={(themeIds) => setForm({ ...form, themes: themeIds })}
          error={fieldError('themes')}
        >
          {(themes.data?.themes ?? []).map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.label}
            </option>
          ))}
        </MultiSelect>
        <Select
          label={t('practice.status')}
          name="implementationStatus"
          value={form.implementationStatus}
          onChange={set('implementationStatus')}
          error={fieldError('implementationStatus')}
        >
          <option value="">{t('practiceForm.none')}</option>
          {['PLANNED', 'ONGOING', 'COMPLETED'].map((status) => (
            <option key={status} value={status}>
              {t(`implementation.${status}`)}
            </option>
          ))}
        </Select>
        <div className="row">
          {(
            [
              ['period.start', 'periodStart', t('practiceForm.periodStart'), t('form.period')],
              ['period.end', 'periodEnd', t('practiceForm.periodEnd'), undefined],
            ] as const
          ).map(([name, field, label, hint]) => (
            <TextField
              key={name}
              label={label}
              hint={hint}
              name={name}
              value={form[field]}
              onChange={set(field)}
              error={fieldError(name) ?? (field === 'periodStart' ? errors.period : undefined)}
            />
          ))}
        </div>
        {(
          [
            ['results', 'practice.results', 'practiceForm.resultsHint'],
            ['resources', 'practice.resources', 'practiceForm.resourcesHint'],
          ] as const
        ).map(([field, label, hint]) => (
          <TextArea key={field} label={t(label)} hint={t(hint)} name={field} rows={3} value={form[field]} onChange={set(field)} error={fieldError(field)} />
        ))}
        {!published && <QualityAnswersFields answers={answers} errors={errors} lang={form.language} />}
        <div className="actions">
          {!published && (
            <button type="submit" name="action" value="save" disabled={busy}>
              {t('practiceForm.save')}
            </button>
          )}
          <button type="submit" name="action" value="submit" className="primary" disabled={busy}>
            {t('practiceForm.submit')}
          </button>
        </div>
      </form>
    </Layout>
  );
}
