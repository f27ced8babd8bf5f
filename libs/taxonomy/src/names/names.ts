import { GCM_OBJECTIVES, GFMD_THEMES, SDG_TARGETS, themeById } from '../themes';
import { REGIONS, regionByCode } from '../regions';
import { AR } from './ar';
import { ES } from './es';
import { FR } from './fr';
import { RU } from './ru';
import { ZH } from './zh';

/** The six UN languages the taxonomy is named in; English is the source (themes.ts, regions.ts). */
export const TAXONOMY_LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type TaxonomyLanguage = (typeof TAXONOMY_LANGUAGES)[number];

export const isTaxonomyLanguage = (value: unknown): value is TaxonomyLanguage =>
  typeof value === 'string' && (TAXONOMY_LANGUAGES as readonly string[]).includes(value);

/** One language's names, in the order of GFMD_THEMES, GCM_OBJECTIVES, SDG_TARGETS and REGIONS. */
export interface Names {
  /** The prefix of an objective's name: `Objectif 7 : `. */
  objective: (n: number) => string;
  /** The prefix of a target's name: `ODD 10.7 : `. */
  sdg: (target: string) => string;
  themes: readonly string[];
  objectives: readonly string[];
  targets: readonly string[];
  regions: readonly string[];
}

const NAMES: Record<Exclude<TaxonomyLanguage, 'en'>, Names> = { ar: AR, es: ES, fr: FR, ru: RU, zh: ZH };

function byId(names: Names): Map<string, string> {
  return new Map([
    ...GFMD_THEMES.map((theme, i): [string, string] => [theme.id, names.themes[i]]),
    ...GCM_OBJECTIVES.map((theme, i): [string, string] => [theme.id, `${names.objective(i + 1)}${names.objectives[i]}`]),
    ...SDG_TARGETS.map((theme, i): [string, string] => [theme.id, `${names.sdg(theme.id.slice('sdg-'.length))}${names.targets[i]}`]),
    ...REGIONS.map((region, i): [string, string] => [`m49-${region.code}`, names.regions[i]]),
  ]);
}

const LABELS = new Map(Object.entries(NAMES).map(([language, names]) => [language, byId(names)]));

/** A theme's, objective's or target's name in `language` (English when unknown or not given). */
export function themeLabel(id: string, language: string = 'en'): string | undefined {
  return LABELS.get(language)?.get(id) ?? themeById(id)?.label;
}

/** An M49 region's name in `language` (English when unknown or not given). */
export function regionName(code: string, language: string = 'en'): string | undefined {
  return LABELS.get(language)?.get(`m49-${code}`) ?? regionByCode(code)?.name;
}

/** Each translation, for the spec: counts must match the English lists. */
export const TRANSLATIONS: Readonly<Record<string, Names>> = NAMES;
