import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import zh from 'i18n-iso-countries/langs/zh.json';

for (const locale of [ar, en, es, fr, ru, zh]) countries.registerLocale(locale);

/** A country's name in the reader's language, from its ISO 3166-1 alpha-3 (or alpha-2) code. */
export function countryName(code: string, language: string): string {
  return countries.getName(code, language, { select: 'official' }) ?? countries.getName(code, 'en') ?? code;
}

/** Every country, named and sorted in the reader's language: [alpha-3, name]. */
export function allCountries(language: string): Array<[string, string]> {
  const names = countries.getNames(language, { select: 'official' });
  return Object.entries(names)
    .map(([alpha2, name]): [string, string] => [countries.alpha2ToAlpha3(alpha2) ?? alpha2, name])
    .sort((a, b) => a[1].localeCompare(b[1], language));
}
