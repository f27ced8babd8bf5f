import { REGIONS } from '../regions';
import { GCM_OBJECTIVES, GFMD_THEMES, SDG_TARGETS, THEMES } from '../themes';
import { taxonomyLanguage } from '../taxonomy.graphql';
import { regionName, themeLabel, TRANSLATIONS } from './names';

const SAME_IN_ENGLISH = new Set(['Asia', 'Europe', 'Melanesia', 'Micronesia']);

describe('taxonomy names in the six UN languages', () => {
  it.each(Object.entries(TRANSLATIONS))('%s names every theme, objective, target and region, none left in English', (_language, names) => {
    expect([names.themes.length, names.objectives.length, names.targets.length, names.regions.length]).toEqual([
      GFMD_THEMES.length,
      GCM_OBJECTIVES.length,
      SDG_TARGETS.length,
      REGIONS.length,
    ]);
    const english = new Set([...THEMES.map((theme) => theme.label), ...REGIONS.map((region) => region.name)]);
    const all = [...names.themes, ...names.objectives, ...names.targets, ...names.regions];
    expect(all.filter((name) => name.trim().length < 2)).toEqual([]);
    // a few region names are spelt the same (Asia, Europe, Micronesia): nothing else may be English
    expect(all.filter((name) => english.has(name)).filter((name) => !SAME_IN_ENGLISH.has(name))).toEqual([]);
  });

  it('names by id and language, with English for English and for languages it does not know', () => {
    expect(themeLabel('gcm-7', 'fr')).toBe('Objectif 7 : S’attaquer aux facteurs de vulnérabilité liés aux migrations et les réduire');
    expect(themeLabel('sdg-10.7', 'es')).toMatch(/^ODS 10\.7: Facilitar la migración/);
    expect(themeLabel('diaspora', 'ar')).toBe('سياسات المغتربين');
    expect(themeLabel('diaspora', 'en')).toBe('Diaspora policy');
    expect(themeLabel('diaspora', 'de')).toBe('Diaspora policy');
    expect(themeLabel('nope', 'fr')).toBeUndefined();
    expect(regionName('013', 'zh')).toBe('中美洲');
    expect(regionName('013', 'ru')).toBe('Центральная Америка');
    expect(regionName('013')).toBe('Central America');
  });

  it('refuses a language argument that is not a UN language, naming it', () => {
    expect(taxonomyLanguage(undefined)).toBe('en');
    expect(taxonomyLanguage('ar')).toBe('ar');
    expect(() => taxonomyLanguage('de')).toThrow(expect.objectContaining({ kind: 'BAD_USER_INPUT', fields: { language: expect.stringContaining('ar, en') } }));
  });
});
