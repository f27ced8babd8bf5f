import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import type { ProjectRole } from '../../gql/graphql';
import { Link } from '../../router';
import { FormError, Select, useAction } from '../../ui';
import {
  AddProjectPartnerDocument,
  ChangeProjectPartnerRoleDocument,
  LeaveProjectDocument,
  RemoveProjectPartnerDocument,
  type ProjectDetails,
} from './documents';
import { OrganizationOptions, ROLES_BESIDE_LEAD, useProjectChoices } from './project-fields';

export interface ProjectSectionProps {
  project: ProjectDetails;
  /** The viewer's organisation leads the active project. */
  isLead: boolean;
  /** The viewer's organisation is a partner (not the lead) of the active project. */
  isPartner: boolean;
  onChanged: (project: ProjectDetails) => void;
}

/** The partners with their roles; the lead changes roles, removes and adds partners; a partner may leave. */
export function PartnersSection({ project, isLead, isPartner, onChanged }: ProjectSectionProps) {
  const { t } = useTranslation();
  const { error, run } = useAction();
  const choices = useProjectChoices();
  const [organizationId, setOrganizationId] = useState('');
  const [role, setRole] = useState<ProjectRole>('PARTNER');
  const [confirmLeave, setConfirmLeave] = useState(false);
  const base = { projectId: project.id, expectedRevision: project.revision };
  const changeRole = (id: string, next: ProjectRole) =>
    run(async () =>
      onChanged(
        (await request(ChangeProjectPartnerRoleDocument, { input: { ...base, organizationId: id, role: next } })).changeProjectPartnerRole.partnershipProject,
      ),
    );
  const remove = (id: string) =>
    run(async () =>
      onChanged((await request(RemoveProjectPartnerDocument, { input: { ...base, organizationId: id } })).removeProjectPartner.partnershipProject),
    );
  const leave = () => run(async () => onChanged((await request(LeaveProjectDocument, { input: base })).leaveProject.partnershipProject));
  const add = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const added = await request(AddProjectPartnerDocument, { input: { ...base, organizationId, role } });
      setOrganizationId('');
      onChanged(added.addProjectPartner.partnershipProject);
    });
  };
  const members = new Set(project.partners.map((partner) => partner.organizationId));
  const candidates = (choices.data?.organizations.edges.map((edge) => edge.node) ?? []).filter(
    (organization) => organization.kind !== 'SUPPORT_UNIT' && !members.has(organization.id),
  );
  return (
    <section aria-labelledby="partners" className="project-partners">
      <h2 id="partners">{t('projects.partners')}</h2>
      <FormError error={error} />
      <ul className="partner-list">
        {project.partners.map((partner) => {
          const name = partner.organization?.name ?? '';
          const editable = isLead && partner.role !== 'LEAD';
          return (
            <li key={partner.organizationId}>
              <Link href={`/organizations/${encodeURIComponent(partner.organizationId)}`}>{name}</Link>
              {editable ? (
                <span className="partner-controls">
                  <Select
                    label={t('projects.roleOf', { name })}
                    name="role"
                    value={partner.role}
                    onChange={(event) => void changeRole(partner.organizationId, event.target.value as ProjectRole)}
                  >
                    {ROLES_BESIDE_LEAD.map((option) => (
                      <option key={option} value={option}>
                        {t(`partnerRole.${option}`)}
                      </option>
                    ))}
                  </Select>
                  <button type="button" onClick={() => void remove(partner.organizationId)}>
                    {t('projects.removePartner', { name })}
                  </button>
                </span>
              ) : (
                <span className="meta"> ({t(`partnerRole.${partner.role}`)})</span>
              )}
            </li>
          );
        })}
      </ul>
      {isLead && (
        <form onSubmit={add} className="inline-form" noValidate>
          <Select
            label={t('projects.addPartnerOrganization')}
            name="organizationId"
            value={organizationId}
            onChange={(event) => setOrganizationId(event.target.value)}
          >
            <OrganizationOptions empty={t('projects.choose')} organizations={candidates} />
          </Select>
          <Select label={t('projects.role')} name="role" value={role} onChange={(event) => setRole(event.target.value as ProjectRole)}>
            {ROLES_BESIDE_LEAD.map((option) => (
              <option key={option} value={option}>
                {t(`partnerRole.${option}`)}
              </option>
            ))}
          </Select>
          <button type="submit" disabled={!organizationId}>
            {t('projects.addPartner')}
          </button>
        </form>
      )}
      {isPartner &&
        (confirmLeave ? (
          <p className="confirm" role="group" aria-label={t('projects.leave')}>
            {t('projects.leaveConfirm')}{' '}
            <button type="button" onClick={() => void leave()}>
              {t('projects.leaveYes')}
            </button>{' '}
            <button type="button" className="link-button" onClick={() => setConfirmLeave(false)}>
              {t('projects.keep')}
            </button>
          </p>
        ) : (
          <p>
            <button type="button" onClick={() => setConfirmLeave(true)}>
              {t('projects.leave')}
            </button>
          </p>
        ))}
    </section>
  );
}
