import { useTranslation } from 'react-i18next';
import type { ProjectRole, ProjectVisibility } from '../../gql/graphql';
import { request } from '../../api';
import { CountriesSelect, MultiSelect, Select, TextArea, TextField, useQuery } from '../../ui';
import { ProjectChoicesDocument } from './documents';

/** The themes (named in the reader's language) and organisations the filters and forms offer. */
export function useProjectChoices() {
  const { i18n } = useTranslation();
  return useQuery(() => request(ProjectChoicesDocument, { language: i18n.language }), [i18n.language]);
}

/** The roles a partner may hold: the lead is the organisation that started the project. */
export const ROLES_BESIDE_LEAD: ProjectRole[] = ['PARTNER', 'FUNDER', 'IMPLEMENTER'];
const VISIBILITIES: ProjectVisibility[] = ['PUBLIC', 'PARTNERS'];

/** Today in the reader's time zone, as an ISO date (what date inputs and the API take). */
export const today = (): string => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

export function VisibilitySelect({ value, onChange, error }: { value: ProjectVisibility; onChange: (value: ProjectVisibility) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('projects.fieldVisibility')}
      name="visibility"
      value={value}
      onChange={(event) => onChange(event.target.value as ProjectVisibility)}
      error={error}
    >
      {VISIBILITIES.map((visibility) => (
        <option key={visibility} value={visibility}>
          {t(`projects.visibility.${visibility}`)}
        </option>
      ))}
    </Select>
  );
}

/** A project's themes (from the taxonomy) and countries, as the start and edit forms ask for them. */
export function ThemesAndCountries({
  themes,
  countries,
  onThemes,
  onCountries,
  errors = {},
}: {
  themes: string[];
  countries: string[];
  onThemes: (themes: string[]) => void;
  onCountries: (countries: string[]) => void;
  errors?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const choices = useProjectChoices();
  return (
    <>
      <MultiSelect label={t('projects.fieldThemes')} name="themes" value={themes} onChange={onThemes} error={errors.themes}>
        {choices.data?.themes.map((theme) => (
          <option key={theme.id} value={theme.id}>
            {theme.label}
          </option>
        ))}
      </MultiSelect>
      <CountriesSelect name="countries" value={countries} onChange={onCountries} error={errors.countries} />
    </>
  );
}

/** A date input bound to an ISO date string ('' when empty). */
export function DateField({
  label,
  name,
  value,
  onChange,
  error,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return <TextField label={label} name={name} type="date" value={value} onChange={(event) => onChange(event.target.value)} error={error} />;
}

/** A project's title and description, as the start and edit forms ask for them. */
export function TitleAndSummary({
  title,
  summary,
  onTitle,
  onSummary,
  errors = {},
}: {
  title: string;
  summary: string;
  onTitle: (value: string) => void;
  onSummary: (value: string) => void;
  errors?: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('projects.fieldTitle')} name="title" value={title} onChange={(event) => onTitle(event.target.value)} required error={errors.title} />
      <TextArea
        label={t('projects.fieldSummary')}
        name="summary"
        rows={5}
        value={summary}
        onChange={(event) => onSummary(event.target.value)}
        error={errors.summary}
      />
    </>
  );
}

/** The options of an organisation select: a first empty choice, then each organisation by name. */
export function OrganizationOptions({ empty, organizations }: { empty: string; organizations: ReadonlyArray<{ id: string; name: string }> }) {
  return (
    <>
      <option value="">{empty}</option>
      {organizations.map((organization) => (
        <option key={organization.id} value={organization.id}>
          {organization.name}
        </option>
      ))}
    </>
  );
}
