import { Field, Float, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsNumber, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ProjectRefInput } from '../shared/project-ref.input';

@InputType()
export class MetricInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  indicator!: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;
}

@InputType()
export class PostProjectUpdateInput extends ProjectRefInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
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
  @IsString()
  @MaxLength(500)
  videoUrl?: string | null;
}
