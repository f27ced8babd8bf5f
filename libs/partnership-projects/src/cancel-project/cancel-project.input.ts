import { Field, InputType } from '@nestjs/graphql';
import { Text } from '@pfp/graphql';
import { ProjectRefInput } from '../shared/project-ref.input';

@InputType()
export class CancelProjectInput extends ProjectRefInput {
  @Field()
  @Text({ max: 2000, required: true })
  reason!: string;
}
