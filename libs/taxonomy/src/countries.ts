import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import { regionsOfCountry } from './regions';

countries.registerLocale(en);

/** An ISO 3166-1 alpha-3 code that names a country or area (`HND`), not just three letters. */
export function isCountryCode(alpha3: string): boolean {
  return /^[A-Z]{3}$/.test(alpha3) && (countries.isValid(alpha3) || regionsOfCountry(alpha3).length > 0);
}

export function countryName(alpha3: string): string {
  return countries.getName(alpha3, 'en') ?? alpha3;
}
