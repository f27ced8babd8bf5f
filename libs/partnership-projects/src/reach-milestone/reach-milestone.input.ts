import { Field, ID, InputType } from '@nestjs/graphql';
import { IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { ProjectRefInput } from '../shared/project-ref.input';

@InputType()
export class ReachMilestoneInput extends ProjectRefInput {
  @Field(() => ID)
  @IsUUID()
  milestoneId!: string;

  @Field({ nullable: true, description: 'ISO date; today when absent.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  reachedOn?: string;
}
