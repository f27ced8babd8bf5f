import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadCountryNames } from '../countries';
import { isLanguage, LANGUAGES, RTL, type Language } from './languages';

export { dirOf, isLanguage, LANGUAGES, RTL, type Language } from './languages';

/**
 * Each area's strings, locales/<language>/<area>.json, one chunk per file: the site fetches the
 * reader's language only (and another when the reader switches), never all six.
 */
const PARTS = import.meta.glob<Record<string, string>>('./locales/*/*.json', { import: 'default' });

async function loadCatalogue(language: Language): Promise<Record<string, string>> {
  const parts = await Promise.all(
    Object.entries(PARTS)
      .filter(([path]) => path.startsWith(`./locales/${language}/`))
      .map(([, load]) => load()),
  );
  return Object.assign({}, ...parts);
}

const STORAGE_KEY = 'pfp.language';

/** ?lang= first (links can be shared), then the last choice, then the browser's languages. */
export function initialLanguage(): Language {
  const fromQuery = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(fromQuery)) return fromQuery;
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  for (const preferred of navigator.languages ?? []) {
    const base = preferred.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** The document's lang and dir for `language` (also said by the start-failure page, before any catalogue). */
export function applyToDocument(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = RTL.has(language) ? 'rtl' : 'ltr';
}

/** The catalogue and the country names of `language`, added once. */
async function ensureLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  const [catalogue] = await Promise.all([loadCatalogue(language), loadCountryNames(language)]);
  i18next.addResourceBundle(language, 'translation', catalogue, true, true);
}

/** Switches the interface's language once its strings are there (the switcher calls this). */
export async function changeLanguage(language: string): Promise<void> {
  if (!isLanguage(language)) return;
  await ensureLanguage(language);
  await i18next.changeLanguage(language);
}

export async function setupI18n(): Promise<typeof i18next> {
  const language = initialLanguage();
  const [catalogue] = await Promise.all([loadCatalogue(language), loadCountryNames(language)]);
  await i18next.use(initReactI18next).init({
    resources: { [language]: { translation: catalogue } },
    lng: language,
    supportedLngs: [...LANGUAGES],
    fallbackLng: false,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(language);
  i18next.on('languageChanged', (next) => {
    if (!isLanguage(next)) return;
    applyToDocument(next);
    window.localStorage.setItem(STORAGE_KEY, next);
  });
  return i18next;
}
