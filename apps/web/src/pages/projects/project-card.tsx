import { useTranslation } from 'react-i18next';
import { Card, Countries } from '../../cards';
import type { ProjectSummary } from './documents';

export function ProjectCard({ project }: { project: ProjectSummary }) {
  const { t } = useTranslation();
  return (
    <Card href={`/projects/${encodeURIComponent(project.id)}`} title={project.title} titleDir="auto">
      <p className="meta">
        {t('projects.ledBy', { name: project.partners.find((partner) => partner.organizationId === project.leadOrganizationId)?.organization?.name ?? '' })}
        <Countries codes={project.countries} prefix=" · " />
      </p>
    </Card>
  );
}
