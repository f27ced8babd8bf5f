import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import type { PolicyToolContentInput, PolicyToolContributorInput, PolicyToolContributorRole, PolicyToolKind } from '../../gql/graphql';
import { LANGUAGES } from '../../i18n';
import { Layout, NoticePage, PendingPage } from '../../layout';
import { navigate } from '../../router';
import { useSession } from '../../session';
import { CountriesSelect, FormError, MultiSelect, Select, TextArea, TextField, useAction, useQuery } from '../../ui';
import { PartnerNamesDocument, ThemesDocument } from '../practices/documents';
import { DraftPolicyToolDocument, PolicyToolDraftDocument, ProfileGuidanceDocument, RevisePolicyToolDocument } from './documents';
import { toolHref } from './tool-card';
import './policy-tools.css';

export const KINDS: PolicyToolKind[] = ['HANDBOOK', 'GUIDE', 'TOOLKIT', 'MIGRATION_PROFILE', 'EXTENDED_MIGRATION_PROFILE', 'TRAINING_MODULE', 'DATASET'];
const ROLES: PolicyToolContributorRole[] = ['AUTHOR', 'CONTRIBUTOR', 'FUNDER'];
const isProfile = (kind: PolicyToolKind) => kind === 'MIGRATION_PROFILE' || kind === 'EXTENDED_MIGRATION_PROFILE';

type SectionForm = { key: string; title: string; body: string; examples: NonNullable<PolicyToolContentInput['sections']>[number]['examples'] };
interface Form {
  kind: PolicyToolKind;
  title: string;
  summary: string;
  language: string;
  languages: string[];
  countries: string[];
  themes: string[];
  year: string;
  dataSources: string;
  preparationStep: string;
  sections: SectionForm[];
  contributors: PolicyToolContributorInput[];
}

const EMPTY: Form = {
  kind: 'HANDBOOK',
  title: '',
  summary: '',
  language: 'en',
  languages: [],
  countries: [],
  themes: [],
  year: '',
  dataSources: '',
  preparationStep: '',
  sections: [{ key: '', title: '', body: '', examples: [] }],
  contributors: [],
};

/** A section key from its title: lower-case letters, digits and hyphens, stable once saved. */
const slug = (title: string) =>
  title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

function toInput(form: Form): PolicyToolContentInput {
  return {
    title: form.title,
    summary: form.summary,
    language: form.language,
    languages: form.languages,
    countries: form.countries,
    themes: form.themes,
    year: form.year ? Number(form.year) : null,
    dataSources: form.dataSources
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    preparationStep: form.preparationStep || null,
    sections: form.sections.map((section, i) => ({
      key: section.key || slug(section.title) || `section-${i + 1}`,
      title: section.title,
      body: section.body,
      examples: (section.examples ?? []).map((example) => ({ practiceId: example.practiceId, url: example.url, title: example.title })),
    })),
  };
}

/** Drafting a new tool (`id` absent) or revising the draft of the next edition of one. */
export function ToolFormPage({ id }: { id?: string }) {
  const { t, i18n } = useTranslation();
  const { viewer, loading } = useSession();
  const existing = useQuery(async () => (id ? (await request(PolicyToolDraftDocument, { id })).policyTool : null), [id, viewer?.organization.id]);
  const themes = useQuery(() => request(ThemesDocument, { language: i18n.language }), [i18n.language]);
  const organizations = useQuery(() => request(PartnerNamesDocument), []);
  const guidance = useQuery(() => request(ProfileGuidanceDocument), []);
  const [form, setForm] = useState<Form>(EMPTY);
  const { error, run } = useAction();
  useEffect(() => {
    const tool = existing.data;
    if (!tool?.draft) return;
    const draft = tool.draft;
    setForm({
      kind: tool.kind,
      title: draft.title,
      summary: draft.summary,
      language: draft.language,
      languages: draft.languages,
      countries: draft.countries,
      themes: draft.themes,
      year: draft.year ? String(draft.year) : '',
      dataSources: draft.dataSources.join('\n'),
      preparationStep: draft.preparationStep ?? '',
      sections: draft.sections.map((section) => ({ key: section.key, title: section.title, body: section.body, examples: section.examples })),
      contributors: tool.contributors.map((contributor) => ({ organizationId: contributor.organizationId, role: contributor.role })),
    });
  }, [existing.data]);
  const title = id ? t('tools.reviseTitle') : t('tools.draftTitle');
  if (!loading && !viewer) return <NoticePage title={title} notice={t('common.signInNeeded')} />;
  if (id && !existing.data) return <PendingPage title={title} query={existing} notFound />;
  if (id && existing.data && !existing.data.draft) return <NoticePage title={title} notice={t('common.forbidden')} />;
  const fields = error?.fields ?? {};
  const fieldError = (name: string) => fields[`input.content.${name}`] ?? fields[`input.${name}`];
  const setSection = (i: number, change: Partial<SectionForm>) => setForm({ ...form, sections: form.sections.map((section, j) => (j === i ? { ...section, ...change } : section)) });
  const setContributor = (i: number, change: Partial<PolicyToolContributorInput>) =>
    setForm({ ...form, contributors: form.contributors.map((contributor, j) => (j === i ? { ...contributor, ...change } : contributor)) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const content = toInput(form);
      if (id) {
        await request(RevisePolicyToolDocument, { input: { toolId: id, content, contributors: form.contributors, expectedRevision: existing.data!.revision } });
        navigate(toolHref(id));
      } else {
        const answer = await request(DraftPolicyToolDocument, { input: { kind: form.kind, content, contributors: form.contributors } });
        navigate(toolHref(answer.draftPolicyTool.policyTool.id));
      }
    });
  };
  const names = organizations.data?.organizations.edges.map(({ node }) => node) ?? [];
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{t('tools.formIntro')}</p>
      <form onSubmit={submit} noValidate className="stacked tool-form">
        <FormError error={error} />
        {!id && (
          <Select label={t('tools.kindField')} name="kind" value={form.kind} onChange={(event) => setForm({ ...form, kind: event.target.value as PolicyToolKind })} error={fieldError('kind')}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`tools.kind.${kind}`)}
              </option>
            ))}
          </Select>
        )}
        <TextField label={t('tools.titleField')} name="title" value={form.title} onChange={(event) => setForm({ ...form, title: event.target.value })} error={fieldError('title')} />
        <TextArea label={t('tools.summaryField')} name="summary" rows={3} value={form.summary} onChange={(event) => setForm({ ...form, summary: event.target.value })} error={fieldError('summary')} />
        <Select label={t('tools.languageField')} name="language" value={form.language} onChange={(event) => setForm({ ...form, language: event.target.value })} error={fieldError('language')}>
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </Select>
        <MultiSelect label={t('tools.languagesField')} name="languages" value={form.languages} onChange={(languages) => setForm({ ...form, languages })} error={fieldError('languages')}>
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </MultiSelect>
        <CountriesSelect name="countries" value={form.countries} onChange={(countries) => setForm({ ...form, countries })} error={fieldError('countries')} />
        <MultiSelect label={t('tools.themes')} name="themes" value={form.themes} onChange={(chosen) => setForm({ ...form, themes: chosen })} error={fieldError('themes')}>
          {(themes.data?.themes ?? []).map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.label}
            </option>
          ))}
        </MultiSelect>
        {isProfile(form.kind) && (
          <>
            <TextField label={t('tools.year')} name="year" inputMode="numeric" value={form.year} onChange={(event) => setForm({ ...form, year: event.target.value })} error={fieldError('year')} />
            <TextArea
              label={t('tools.dataSources')}
              hint={t('tools.dataSourcesHint')}
              name="dataSources"
              rows={3}
              value={form.dataSources}
              onChange={(event) => setForm({ ...form, dataSources: event.target.value })}
              error={fieldError('dataSources')}
            />
            <Select label={t('tools.stepReached')} name="preparationStep" value={form.preparationStep} onChange={(event) => setForm({ ...form, preparationStep: event.target.value })} error={fieldError('preparationStep')}>
              <option value="">{t('tools.noStep')}</option>
              {(guidance.data?.migrationProfileGuidance?.steps ?? []).map((step) => (
                <option key={step.key} value={step.key}>
                  {t('tools.stepOf', { number: step.number, title: step.title })}
                </option>
              ))}
            </Select>
          </>
        )}
        <h2>{t('tools.sections')}</h2>
        {form.sections.map((section, i) => (
          <fieldset key={i} className="tool-section-form">
            <legend>{t('tools.sectionNumber', { number: i + 1 })}</legend>
            <TextField label={t('tools.sectionTitle')} name={`sections.${i}.title`} value={section.title} onChange={(event) => setSection(i, { title: event.target.value })} error={fieldError(`sections.${i}.title`)} />
            <TextArea label={t('tools.sectionBody')} hint={t('tools.markdown')} name={`sections.${i}.body`} rows={6} value={section.body} onChange={(event) => setSection(i, { body: event.target.value })} error={fieldError(`sections.${i}.body`)} />
            {(section.examples ?? []).length > 0 && <p className="meta">{t('tools.sectionExamples', { count: (section.examples ?? []).length })}</p>}
            <button type="button" onClick={() => setForm({ ...form, sections: form.sections.filter((_, j) => j !== i) })}>
              {t('tools.removeSection')}
            </button>
          </fieldset>
        ))}
        <p>
          <button type="button" onClick={() => setForm({ ...form, sections: [...form.sections, { key: '', title: '', body: '', examples: [] }] })}>
            {t('tools.addSection')}
          </button>
        </p>
        <h2>{t('tools.contributors')}</h2>
        {form.contributors.map((contributor, i) => (
          <fieldset key={i} className="tool-contributor">
            <legend>{t('tools.contributorNumber', { number: i + 1 })}</legend>
            <Select label={t('tools.organization')} name={`contributors.${i}.organizationId`} value={contributor.organizationId} onChange={(event) => setContributor(i, { organizationId: event.target.value })}>
              {names.map((organization) => (
                <option key={organization.id} value={organization.id}>
                  {organization.name}
                </option>
              ))}
            </Select>
            <Select label={t('tools.roleField')} name={`contributors.${i}.role`} value={contributor.role} onChange={(event) => setContributor(i, { role: event.target.value as PolicyToolContributorRole })}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`tools.role.${role}`)}
                </option>
              ))}
            </Select>
            <button type="button" onClick={() => setForm({ ...form, contributors: form.contributors.filter((_, j) => j !== i) })}>
              {t('tools.removeContributor')}
            </button>
          </fieldset>
        ))}
        <p>
          <button
            type="button"
            disabled={names.length === 0}
            onClick={() => setForm({ ...form, contributors: [...form.contributors, { organizationId: names[0]?.id ?? '', role: 'CONTRIBUTOR' }] })}
          >
            {t('tools.addContributor')}
          </button>
        </p>
        <p>
          <button type="submit" className="primary">
            {id ? t('tools.saveDraft') : t('tools.createDraft')}
          </button>
        </p>
      </form>
    </Layout>
  );
}
