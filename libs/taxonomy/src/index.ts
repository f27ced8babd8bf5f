export { THEMES, GFMD_THEMES, GCM_OBJECTIVES, SDG_TARGETS, themeById, isThemeId } from './themes';
export type { Theme } from './themes';
export { REGIONS, regionByCode, regionsOfCountry, regionCodesOfCountries, m49Countries } from './regions';
export type { Region } from './regions';
export { isCountryCode, countryName } from './countries';
export { TaxonomyModule, ThemesResolver, ThemeType, ThemeKind } from './taxonomy.graphql';
