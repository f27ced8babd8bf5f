import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { useQuery } from '../../ui';
import { CallThemesDocument } from './documents';

/** The themes a call can name, in the reader's language. */
export function useCallThemes() {
  const { i18n } = useTranslation();
  return useQuery(() => request(CallThemesDocument, { language: i18n.language }), [i18n.language]);
}
