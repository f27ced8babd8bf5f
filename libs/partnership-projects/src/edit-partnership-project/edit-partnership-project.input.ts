import { Field, InputType } from '@nestjs/graphql';
import { IsoDate } from '@pfp/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ProjectVisibility } from '../graphql-types';
import { CountriesField, SummaryField, ThemesField, TitleField } from '../shared/project-fields';
import { ProjectRefInput } from '../shared/project-ref.input';

/** The fields given change; those left out stay as they are. */
@InputType()
export class EditPartnershipProjectInput extends ProjectRefInput {
  @TitleField(true)
  title?: string;

  @SummaryField()
  summary?: string;

  @Field(() => ProjectVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectVisibility)
  visibility?: ProjectVisibility;

  @ThemesField()
  themes?: string[];

  @CountriesField()
  countries?: string[];

  @Field(() => String, { nullable: true, description: 'ISO date; null clears it.' })
  @IsOptional()
  @IsoDate()
  endsOn?: string | null;
}
