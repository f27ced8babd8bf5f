import { useTranslation } from 'react-i18next';
import { formatDate } from '../intl';

/** "Offline copy from <date>": the page shows what was kept the last time it was read online. */
export function OfflineNotice({ savedAt }: { savedAt: string | null }) {
  const { t, i18n } = useTranslation();
  if (!savedAt) return null;
  const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(new Date(savedAt));
  return (
    <p className="notice offline-notice" role="status">
      {t('offline.copyFrom', { date: `${formatDate(savedAt, i18n.language)} ${time}` })} {t('offline.refresh')}
    </p>
  );
}
