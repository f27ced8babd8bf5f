export { THEMES, themeById, isThemeId } from './themes';
export type { Theme } from './themes';
export { regionByCode, regionsOfCountry, regionCodesOfCountries } from './regions';
export type { Region } from './regions';
export { isCountryCode, countryName } from './countries';
export { TaxonomyModule, ThemeType, ThemeKind, taxonomyLanguage } from './taxonomy.graphql';
export { regionName, themeLabel, isTaxonomyLanguage, TAXONOMY_LANGUAGES } from './names/names';
export type { TaxonomyLanguage } from './names/names';
