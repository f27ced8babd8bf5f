import countries from 'i18n-iso-countries';

/** Each language's country names, fetched with that language's catalogue (not all six up front). */
const NAMES: Record<string, () => Promise<{ default: Parameters<typeof countries.registerLocale>[0] }>> = {
  ar: () => import('i18n-iso-countries/langs/ar.json'),
  en: () => import('i18n-iso-countries/langs/en.json'),
  es: () => import('i18n-iso-countries/langs/es.json'),
  fr: () => import('i18n-iso-countries/langs/fr.json'),
  ru: () => import('i18n-iso-countries/langs/ru.json'),
  zh: () => import('i18n-iso-countries/langs/zh.json'),
};

const loaded = new Set<string>();

/** Registers `language`'s names (i18n/index.ts awaits this before the language is shown). */
export async function loadCountryNames(language: string): Promise<void> {
  if (loaded.has(language) || !NAMES[language]) return;
  countries.registerLocale((await NAMES[language]()).default);
  loaded.add(language);
}

/** A country's name in the reader's language, from its ISO 3166-1 alpha-3 (or alpha-2) code. */
export function countryName(code: string, language: string): string {
  return countries.getName(code, language, { select: 'official' }) ?? countries.getName(code, 'en') ?? code;
}

/** Every country, named and sorted in the reader's language: [alpha-3, name]. */
export function allCountries(language: string): Array<[string, string]> {
  const names = countries.getNames(language, { select: 'official' });
  const collator = new Intl.Collator(language);
  return Object.entries(names)
    .map(([alpha2, name]): [string, string] => [countries.alpha2ToAlpha3(alpha2) ?? alpha2, name])
    .sort((a, b) => collator.compare(a[1], b[1]));
}
