import { useTranslation } from 'react-i18next';
import { Card, Countries } from '../../cards';
import type { ProjectSummary } from './documents';
import { OrganizationLinks, Sentence, SLOT } from '../organizations/organization-link';
import { TargetStatusBadge } from './target-status';

export function ProjectCard({ project, heading }: { project: ProjectSummary; heading?: 'h2' | 'h3' }) {
  const { t } = useTranslation();
  return (
    <Card href={`/projects/${encodeURIComponent(project.id)}`} title={project.title} titleDir="auto" heading={heading}>
      <p className="meta">
        <span className={`project-status project-status-${project.status.toLowerCase()}`}>{t(`projectStatus.${project.status}`)}</span>
        {' · '}
        <Sentence
          text={t('projects.ledBy', { name: SLOT })}
          slots={[
            <OrganizationLinks
              key="lead"
              organizations={[project.partners.find((partner) => partner.organizationId === project.leadOrganizationId)?.organization]}
            />,
          ]}
        />
        <Countries codes={project.countries} prefix=" · " />
        {project.targetStatus !== 'NO_TARGETS' && ' '}
        <TargetStatusBadge status={project.targetStatus} of="card" />
      </p>
      {project.summary && (
        <p className="card-summary" dir="auto">
          {project.summary.length > 220 ? `${project.summary.slice(0, 217)}…` : project.summary}
        </p>
      )}
    </Card>
  );
}
