import { useTranslation } from 'react-i18next';
import type { ProjectTargetStatus } from '../../gql/graphql';
import './quality.css';

/** The statuses a project's targets give it, as the list filter offers them. */
export const PROJECT_TARGET_STATUSES: ProjectTargetStatus[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'MET', 'NO_TARGETS'];

/**
 * A target's status, or a project's from its targets (`of`: on its card, on its page), as a
 * badge: its words say it (the colour only repeats them). A project without targets has none.
 */
export function TargetStatusBadge({ status, of }: { status: ProjectTargetStatus; of?: 'card' | 'project' }) {
  const { t } = useTranslation();
  if (status === 'NO_TARGETS') return null;
  return (
    <span className={`badge target-status target-status-${status.toLowerCase().replace('_', '-')}`}>
      {of === 'card'
        ? t('quality.cardStatus', { status: t(`quality.status.${status}`) })
        : of === 'project'
          ? t('quality.overallStatus', { status: t(`quality.status.${status}`) })
          : t(`quality.status.${status}`)}
    </span>
  );
}
