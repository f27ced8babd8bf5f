import { Field, InputType } from '@nestjs/graphql';
import { IsISO8601, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ProjectRefInput } from '../shared/project-ref.input';

@InputType()
export class AddMilestoneInput extends ProjectRefInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @Field({ description: 'ISO date.' })
  @IsISO8601({ strict: true })
  plannedOn!: string;
}
