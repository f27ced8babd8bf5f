import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ProjectRefInput } from '../shared/project-ref.input';

@InputType()
export class CancelProjectInput extends ProjectRefInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
