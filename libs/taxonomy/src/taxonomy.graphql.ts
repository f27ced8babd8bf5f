import { Args, Field, ID, ObjectType, Parent, Query, registerEnumType, ResolveField, Resolver } from '@nestjs/graphql';
import { ValidationError } from '@pfp/kernel';
import { Module } from '@nestjs/common';
import { isTaxonomyLanguage, TAXONOMY_LANGUAGES, themeLabel } from './names/names';
import { THEMES, type ThemeKind as Kind } from './themes';

export enum ThemeKind {
  GFMD_THEME = 'GFMD_THEME',
  GCM_OBJECTIVE = 'GCM_OBJECTIVE',
  SDG_TARGET = 'SDG_TARGET',
}
registerEnumType(ThemeKind, { name: 'ThemeKind', description: 'GFMD theme, objective of the Global Compact for Migration, or SDG target.' });

@ObjectType('Theme', { description: 'A taxonomy entry practices are tagged with.' })
export class ThemeType {
  @Field(() => ID, { description: '`migrant-children`, `gcm-7`, `sdg-10.7`: stable.' })
  id!: string;

  @Field(() => ThemeKind)
  kind!: Kind;

  /** English; resolved by `label(language:)` below. */
  label!: string;
}

/** The `language` argument: one of the six UN languages, or a BAD_USER_INPUT naming it. */
export function taxonomyLanguage(value: string | null | undefined): string {
  if (value === null || value === undefined) return 'en';
  if (!isTaxonomyLanguage(value)) {
    throw new ValidationError('INPUT.INVALID', 'The input is not valid.', { language: `must be one of ${TAXONOMY_LANGUAGES.join(', ')}` });
  }
  return value;
}

@Resolver(() => ThemeType)
export class ThemesResolver {
  @Query(() => [ThemeType], { description: 'The GFMD themes, the 23 GCM objectives and the migration-related SDG targets.' })
  themes(): ThemeType[] {
    return THEMES.map((t) => ({ ...t }));
  }

  @ResolveField(() => String, { description: 'Its name in one of the six UN languages (ar, en, es, fr, ru, zh); English by default.' })
  label(@Parent() theme: ThemeType, @Args('language', { type: () => String, nullable: true, defaultValue: 'en' }) language: string | null): string {
    return themeLabel(theme.id, taxonomyLanguage(language)) ?? theme.label;
  }
}

@Module({ providers: [ThemesResolver] })
export class TaxonomyModule {}
