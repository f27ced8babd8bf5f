import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ConnectionArgs, GlobalIdField, graphqlEnum, Text } from '@pfp/graphql';
import { isCountryCode, isThemeId, regionByCode } from '@pfp/taxonomy';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, ValidateBy, ValidateNested } from 'class-validator';
import { isGcmObjective, isSdgTarget, SEARCH_KINDS } from '../search-documents/search-entry';

export const SearchKind = graphqlEnum('SearchKind', SEARCH_KINDS, { description: 'What a search result is.' });
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Each value must be one the taxonomy knows: an unknown one is refused, naming the field, rather than matching nothing. */
function Known(what: string, known: (value: string) => boolean): PropertyDecorator {
  return ValidateBy({
    name: 'known',
    validator: {
      validate: (values: unknown) => Array.isArray(values) && values.every((v) => typeof v === 'string' && known(v)),
      defaultMessage: () => `each value must be a known ${what}`,
    },
  });
}

/** An optional list of taxonomy values of one facet. */
const FacetValues = (what: string, known: (value: string) => boolean, max: number, description: string): PropertyDecorator =>
  applyDecorators(Field(() => [String], { nullable: true, description }), IsOptional(), IsArray(), ArrayMaxSize(max), Text({ max: 100, each: true }), Known(what, known));

@InputType({ description: 'Each list keeps results with any of its values; lists combine with AND.' })
export class SearchFilter {
  @Field(() => [SearchKind], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(SearchKind, { each: true })
  kinds?: SearchKind[];

  @FacetValues('GFMD theme', (v) => isThemeId(v) && !isGcmObjective(v) && !isSdgTarget(v), 50, 'GFMD theme ids (themes).')
  themes?: string[];

  @FacetValues('GCM objective', (v) => isThemeId(v) && isGcmObjective(v), 23, 'gcm-1 .. gcm-23.')
  gcmObjectives?: string[];

  @FacetValues('SDG target', (v) => isThemeId(v) && isSdgTarget(v), 50, 'sdg-10.7, sdg-8.8, ...')
  sdgTargets?: string[];

  @FacetValues('UN M49 region code', (v) => regionByCode(v) !== undefined, 50, 'UN M49 codes, any level (013, 419, 019).')
  regions?: string[];

  @FacetValues('ISO 3166-1 alpha-3 country code', isCountryCode, 250, 'ISO 3166-1 alpha-3.')
  countries?: string[];

  @GlobalIdField('organization', { list: true, nullable: true, maxItems: 50, description: 'Owners, posters, partners or contributors.' })
  organizations?: string[];
}

@ArgsType()
export class SearchArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Full-text in every language, web-search syntax ("quoted phrase", -excluded, or); at most 500 characters.' })
  @IsOptional()
  @Text({ max: 500 })
  query?: string | null;

  @Field(() => SearchFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchFilter)
  filter?: SearchFilter | null;
}
