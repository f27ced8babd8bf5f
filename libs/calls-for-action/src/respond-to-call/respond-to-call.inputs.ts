import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { CallForActionKind } from '../graphql-types';

const CALL_ID = /^callForAction-[0-9a-f-]{36}$/;

@InputType()
export class RespondToCallForActionInput {
  @Field(() => ID)
  @Matches(CALL_ID, { message: 'callId must be a callForAction id' })
  callId!: string;

  @Field(() => CallForActionKind)
  @IsEnum(CallForActionKind)
  offerKind!: CallForActionKind;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  message!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(-1)
  expectedRevision?: number;
}

@InputType()
export class EditResponseInput extends RespondToCallForActionInput {}

@InputType()
export class CallRefInput {
  @Field(() => ID)
  @Matches(CALL_ID, { message: 'callId must be a callForAction id' })
  callId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(-1)
  expectedRevision?: number;
}

@InputType()
export class WithdrawResponseInput extends CallRefInput {}

@InputType()
export class CloseCallForActionInput extends CallRefInput {}

@InputType()
export class ConfirmCoPostingInput extends CallRefInput {}

@InputType()
export class AcceptResponseInput extends CallRefInput {
  @Field(() => ID, { description: 'The organisation whose response is accepted.' })
  @Matches(/^organization-[0-9a-f-]{36}$/)
  organizationId!: string;
}
