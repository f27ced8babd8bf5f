import { Field, Float, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { Text } from '@pfp/graphql';
import { ArrayMaxSize, IsArray, IsNumber, IsOptional, ValidateNested } from 'class-validator';
import { ProgressValueInput } from '../project-targets/project-target.types';
import { ProjectRefInput } from '../shared/project-ref.input';

@InputType()
export class MetricInput {
  @Field()
  @Text({ max: 200, required: true })
  indicator!: string;

  @Field(() => Float, { description: 'What this update reports (new since the last report).' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  @Field(() => String, { nullable: true, description: 'e.g. "people", "USD".' })
  @IsOptional()
  @Text({ max: 50 })
  unit?: string | null;
}

@InputType()
export class PostProjectUpdateInput extends ProjectRefInput {
  @Field()
  @Text({ max: 10_000, required: true })
  text!: string;

  @Field(() => [MetricInput], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MetricInput)
  metrics?: MetricInput[];

  @Field(() => String, { nullable: true, description: 'https link to a YouTube or Vimeo video.' })
  @IsOptional()
  @Text({ max: 500 })
  videoUrl?: string | null;

  @Field(() => [ProgressValueInput], {
    nullable: true,
    defaultValue: [],
    description: 'Values reached against the project’s targets; a yearly progress report is one update covering all of them.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ProgressValueInput)
  progress?: ProgressValueInput[];
}
