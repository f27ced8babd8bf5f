import { useTranslation } from 'react-i18next';
import { Card } from '../../cards';
import { formatDate, formatNumber } from '../../ui';
import type { CallSummary } from './documents';
import { OrganizationLinks } from '../organizations/organization-link';

export function CallCard({ call }: { call: CallSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <Card href={`/calls/${encodeURIComponent(call.id)}`} title={call.title} titleDir="auto">
      <p className="meta">
        <span className={`call-status call-status-${call.status.toLowerCase()}`}>{t(`callStatus.${call.status}`)}</span> · {t(`callKind.${call.kind}`)} ·{' '}
        <OrganizationLinks organizations={call.posters.map((poster) => poster.organization)} />
      </p>
      <p className="meta">
        {call.deadline ? t('calls.deadline', { date: formatDate(call.deadline, i18n.language) }) : t('calls.noDeadline')} ·{' '}
        {t('calls.responseCount', { count: call.responseCount, n: formatNumber(call.responseCount, i18n.language) })}
      </p>
    </Card>
  );
}
