import { Field, InputType } from '@nestjs/graphql';
import { Text } from '@pfp/graphql';
import { AcceptResponseInput } from '../accept-response/accept-response.input';

@InputType()
export class DeclineResponseInput extends AcceptResponseInput {
  @Field({ description: 'Why: the responder reads it.' })
  @Text({ max: 2_000, required: true })
  reason!: string;
}
