import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import type { ProjectRole, ProjectVisibility } from '../../gql/graphql';
import { Layout, NoticePage } from '../../layout';
import { navigate } from '../../router';
import { isSupportUnit, useSession } from '../../session';
import { FormError, Select, TextArea, useAction } from '../../ui';
import { LaunchProjectDocument } from './documents';
import { DateField, OrganizationOptions, ROLES_BESIDE_LEAD, ThemesAndCountries, TitleAndSummary, useProjectChoices, VisibilitySelect } from './project-fields';

interface PartnerRow {
  key: number;
  organizationId: string;
  role: ProjectRole;
}

/** /projects/new: a state or a partner organisation starts a project directly (it leads it). */
export function StartProjectPage() {
  const { t } = useTranslation();
  const { viewer, loading } = useSession();
  const choices = useProjectChoices();
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [objectives, setObjectives] = useState('');
  const [themes, setThemes] = useState<string[]>([]);
  const [countries, setCountries] = useState<string[]>(viewer?.organization.country ? [viewer.organization.country] : []);
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [visibility, setVisibility] = useState<ProjectVisibility>('PUBLIC');
  const [partners, setPartners] = useState<PartnerRow[]>([]);
  const { error, run } = useAction();
  if (loading) return <NoticePage title={t('projects.startTitle')} notice={t('common.loading')} />;
  if (!viewer) return <NoticePage title={t('projects.startTitle')} notice={t('common.signInNeeded')} />;
  if (isSupportUnit(viewer)) return <NoticePage title={t('projects.startTitle')} notice={t('projects.supportUnitCannotLead')} />;
  const organizations = (choices.data?.organizations.edges.map((edge) => edge.node) ?? []).filter(
    (organization) => organization.kind !== 'SUPPORT_UNIT' && organization.id !== viewer.organization.id,
  );
  const nameOf = (id: string) => organizations.find((organization) => organization.id === id)?.name ?? '';
  const setPartner = (key: number, change: Partial<PartnerRow>) => setPartners((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const launched = await request(LaunchProjectDocument, {
        input: {
          title,
          summary,
          objectives: objectives
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
          themes,
          countries,
          startsOn: startsOn || null,
          endsOn: endsOn || null,
          visibility,
          partners: partners.filter((row) => row.organizationId).map(({ organizationId, role }) => ({ organizationId, role })),
        },
      });
      navigate(`/projects/${encodeURIComponent(launched.launchPartnershipProject.partnershipProject.id)}`);
    });
  };
  return (
    <Layout title={t('projects.startTitle')}>
      <h1>{t('projects.startTitle')}</h1>
      <p className="lead">{t('projects.startLead', { organization: viewer.organization.name })}</p>
      <form onSubmit={submit} className="project-form" noValidate>
        <FormError error={error} />
        <TitleAndSummary title={title} summary={summary} onTitle={setTitle} onSummary={setSummary} errors={error?.fields} />
        <TextArea
          label={t('projects.fieldObjectives')}
          hint={t('projects.objectivesHint')}
          name="objectives"
          rows={3}
          value={objectives}
          onChange={(event) => setObjectives(event.target.value)}
          error={error?.fields.objectives}
        />
        <ThemesAndCountries themes={themes} countries={countries} onThemes={setThemes} onCountries={setCountries} errors={error?.fields} />
        <div className="form-row">
          <DateField label={t('projects.fieldStartsOn')} name="startsOn" value={startsOn} onChange={setStartsOn} error={error?.fields.startsOn} />
          <DateField label={t('projects.fieldEndsOn')} name="endsOn" value={endsOn} onChange={setEndsOn} error={error?.fields.endsOn} />
        </div>
        <VisibilitySelect value={visibility} onChange={setVisibility} error={error?.fields.visibility} />
        <fieldset name="partners">
          <legend>{t('projects.partners')}</legend>
          <p className="hint">{t('projects.partnersHint')}</p>
          {partners.map((row, i) => (
            <div className="partner-row" key={row.key}>
              <Select
                label={t('projects.partnerOrganization', { n: i + 1 })}
                name={`partners.${i}.organizationId`}
                value={row.organizationId}
                onChange={(event) => setPartner(row.key, { organizationId: event.target.value })}
                error={error?.fields[`partners.${i}.organizationId`]}
              >
                <OrganizationOptions empty={t('projects.choose')} organizations={organizations} />
              </Select>
              <Select
                label={row.organizationId ? t('projects.roleOf', { name: nameOf(row.organizationId) }) : t('projects.role')}
                name={`partners.${i}.role`}
                value={row.role}
                onChange={(event) => setPartner(row.key, { role: event.target.value as ProjectRole })}
              >
                {ROLES_BESIDE_LEAD.map((role) => (
                  <option key={role} value={role}>
                    {t(`partnerRole.${role}`)}
                  </option>
                ))}
              </Select>
              <button type="button" className="link-button" onClick={() => setPartners((rows) => rows.filter((other) => other.key !== row.key))}>
                {t('projects.removeRow', { n: i + 1 })}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setPartners((rows) => [...rows, { key: Date.now() + rows.length, organizationId: '', role: 'PARTNER' }])}>
            {t('projects.addPartnerRow')}
          </button>
          {error?.fields.partners && <p className="field-error">{error.fields.partners}</p>}
        </fieldset>
        <p>
          <button type="submit" className="primary">
            {t('projects.startSubmit')}
          </button>
        </p>
      </form>
    </Layout>
  );
}
