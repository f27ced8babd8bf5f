import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import type { ProjectRole } from '../../gql/graphql';
import { navigate } from '../../router';
import { useSession } from '../../session';
import { FormError, Select, TextArea, TextField, useAction, useQuery } from '../../ui';
import type { Call } from './call-page';
import { LaunchFromCallDocument, OrganizationsToPartnerDocument } from './documents';

/** The roles a partner may have; the lead is the poster who launches. */
const PARTNER_ROLES: ProjectRole[] = ['PARTNER', 'FUNDER', 'IMPLEMENTER'];

interface Partner {
  organizationId: string;
  name: string;
  role: ProjectRole;
  /** An accepted responder (it joins in any case); the others were added here. */
  accepted: boolean;
}

function RoleSelect({ partner, onChange, error }: { partner: Partner; onChange: (role: ProjectRole) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('calls.roleOf', { name: partner.name })}
      value={partner.role}
      onChange={(event) => onChange(event.target.value as ProjectRole)}
      error={error}
    >
      {PARTNER_ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`partnerRole.${role}`)}
        </option>
      ))}
    </Select>
  );
}

/**
 * The poster launches a project from the call: its accepted responders join with the role the
 * poster gives each, other organisations may be added (funders, implementers); the call becomes CONVERTED.
 */
export function LaunchFromCallForm({ call, accepted }: { call: Call; accepted: Call['responses'] }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const organizations = useQuery(() => request(OrganizationsToPartnerDocument), []);
  const [title, setTitle] = useState(call.title);
  const [summary, setSummary] = useState(call.description);
  const [partners, setPartners] = useState<Partner[]>(() =>
    accepted.map((r) => ({ organizationId: r.organizationId, name: r.organization?.name ?? '', role: 'PARTNER', accepted: true })),
  );
  const [adding, setAdding] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { error, run } = useAction();
  const candidates = (organizations.data?.organizations.edges ?? [])
    .map((edge) => edge.node)
    .filter((o) => o.active && o.kind !== 'SUPPORT_UNIT' && o.id !== viewer?.organization.id && !partners.some((p) => p.organizationId === o.id));
  const setRole = (organizationId: string, role: ProjectRole) => setPartners(partners.map((p) => (p.organizationId === organizationId ? { ...p, role } : p)));
  const add = () => {
    const organization = candidates.find((o) => o.id === adding);
    if (!organization) return;
    setPartners([...partners, { organizationId: organization.id, name: organization.name, role: 'PARTNER', accepted: false }]);
    setAdding('');
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setErrors({ title: t('form.required') });
    setErrors({});
    const refused = await run(async () => {
      const launched = await request(LaunchFromCallDocument, {
        input: {
          title,
          summary,
          themes: call.themes,
          countries: call.countries,
          fromCallId: call.id,
          partners: partners.map(({ organizationId, role }) => ({ organizationId, role })),
        },
      });
      navigate(`/projects/${encodeURIComponent(launched.launchPartnershipProject.partnershipProject.id)}`);
    });
    if (refused) setErrors(refused.fields);
  };
  return (
    <section aria-labelledby="launch-heading" className="launch-from-call">
      <h2 id="launch-heading">{t('calls.launch')}</h2>
      {accepted.length === 0 && <p className="notice">{t('calls.acceptFirst')}</p>}
      <form onSubmit={(event) => void submit(event)} className="stacked" noValidate aria-labelledby="launch-heading">
        <FormError error={error} />
        <TextField label={t('calls.projectTitle')} name="title" value={title} onChange={(event) => setTitle(event.target.value)} error={errors.title} />
        <TextArea
          label={t('calls.projectSummary')}
          name="summary"
          rows={4}
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
          error={errors.summary}
        />
        <fieldset className="launch-partners">
          <legend>{t('calls.partners')}</legend>
          <p className="hint">{t('calls.leadIsYou', { name: viewer?.organization.name ?? '' })}</p>
          <ul className="plain">
            {partners.map((partner, i) => (
              <li key={partner.organizationId} className="launch-partner">
                <RoleSelect
                  partner={partner}
                  onChange={(role) => setRole(partner.organizationId, role)}
                  error={errors[`partners.${i}.role`] ?? errors[`partners.${i}.organizationId`]}
                />
                {!partner.accepted && (
                  <button type="button" onClick={() => setPartners(partners.filter((p) => p.organizationId !== partner.organizationId))}>
                    {t('calls.removePartner', { name: partner.name })}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <div className="add-partner">
            <Select label={t('calls.addOrganization')} name="addPartner" value={adding} onChange={(event) => setAdding(event.target.value)}>
              <option value="">{t('calls.chooseOrganization')}</option>
              {candidates.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
            <button type="button" onClick={add} disabled={!adding}>
              {t('calls.addPartner')}
            </button>
          </div>
          {errors.partners && <p className="field-error">{errors.partners}</p>}
        </fieldset>
        <p>
          <button type="submit" className="primary" disabled={accepted.length === 0}>
            {t('calls.launchSubmit')}
          </button>
        </p>
      </form>
    </section>
  );
}
