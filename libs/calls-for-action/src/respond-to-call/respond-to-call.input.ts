import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CallForActionKind } from '../graphql-types';
import { CallRefInput } from '../shared/call-ref.input';

@InputType()
export class RespondToCallForActionInput extends CallRefInput {
  @Field(() => CallForActionKind)
  @IsEnum(CallForActionKind)
  offerKind!: CallForActionKind;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  message!: string;
}
