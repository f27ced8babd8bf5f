import { useTranslation } from 'react-i18next';
import { Card } from '../../cards';
import { formatDate } from '../../ui';
import type { CallSummary } from './documents';

export function CallCard({ call }: { call: CallSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <Card href={`/calls/${encodeURIComponent(call.id)}`} title={call.title} titleDir="auto">
      <p className="meta">
        {t(`callKind.${call.kind}`)} · {call.posters.map((poster) => poster.organization?.name).join(', ')}
      </p>
      {call.deadline && <p>{t('calls.deadline', { date: formatDate(call.deadline, i18n.language) })}</p>}
    </Card>
  );
}
