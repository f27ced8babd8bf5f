import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGUE_PARTS } from './catalogues';

/** The six UN languages, each with its name in itself (for the switcher). */
export const LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export const CATALOGUES = Object.fromEntries(
  LANGUAGES.map((language) => [language, Object.assign({}, ...CATALOGUE_PARTS[language]) as Record<string, string>]),
) as Record<Language, Record<string, string>>;
export const RTL: ReadonlySet<Language> = new Set<Language>(['ar']);

/** The writing direction of a text in that language (content can differ from the interface). */
export const dirOf = (language: string): 'rtl' | 'ltr' => (RTL.has(language as Language) ? 'rtl' : 'ltr');

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

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

function applyToDocument(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = RTL.has(language) ? 'rtl' : 'ltr';
}

export async function setupI18n(): Promise<typeof i18next> {
  const language = initialLanguage();
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(LANGUAGES.map((code) => [code, { translation: CATALOGUES[code] }])),
    lng: language,
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
