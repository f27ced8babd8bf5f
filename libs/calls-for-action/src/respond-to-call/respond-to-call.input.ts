import { Field, InputType } from '@nestjs/graphql';
import { Text } from '@pfp/graphql';
import { IsEnum } from 'class-validator';
import { CallForActionKind } from '../graphql-types';
import { CallRefInput } from '../shared/call-ref.input';

@InputType()
export class RespondToCallForActionInput extends CallRefInput {
  @Field(() => CallForActionKind)
  @IsEnum(CallForActionKind)
  offerKind!: CallForActionKind;

  @Field()
  @Text({ max: 5000, required: true })
  message!: string;
}
