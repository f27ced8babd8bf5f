import { Field, InputType } from '@nestjs/graphql';
import { IsoDate, Text } from '@pfp/graphql';
import { ProjectRefInput } from '../shared/project-ref.input';

@InputType()
export class AddMilestoneInput extends ProjectRefInput {
  @Field()
  @Text({ max: 200, required: true })
  title!: string;

  @Field({ description: 'ISO date.' })
  @IsoDate()
  plannedOn!: string;
}
