export { THEMES, themeById, isThemeId } from './themes';
export type { Theme } from './themes';
export { regionByCode, regionsOfCountry, regionCodesOfCountries } from './regions';
export type { Region } from './regions';
export { isCountryCode, countryName } from './countries';
export { TaxonomyModule, ThemeType, ThemeKind } from './taxonomy.graphql';
