import { Field, ID, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { Module } from '@nestjs/common';
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

  @Field()
  label!: string;
}

@Resolver(() => ThemeType)
export class ThemesResolver {
  @Query(() => [ThemeType], { description: 'The GFMD themes, the 23 GCM objectives and the migration-related SDG targets.' })
  themes(): ThemeType[] {
    return THEMES.map((t) => ({ ...t }));
  }
}

@Module({ providers: [ThemesResolver] })
export class TaxonomyModule {}
