import { Field, ID, InputType } from '@nestjs/graphql';
import { IsoDate } from '@pfp/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { ProjectRefInput } from '../shared/project-ref.input';

@InputType()
export class ReachMilestoneInput extends ProjectRefInput {
  @Field(() => ID)
  @IsUUID()
  milestoneId!: string;

  @Field({ nullable: true, description: 'ISO date; today when absent.' })
  @IsOptional()
  @IsoDate()
  reachedOn?: string;
}
