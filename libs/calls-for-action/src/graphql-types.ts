import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '@pfp/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import type { CallDetails, CallForActionState } from './domain/call-for-action';

export enum CallForActionKind {
  TRAINING = 'TRAINING',
  INFORMATION = 'INFORMATION',
  EXPERTISE = 'EXPERTISE',
  FUNDING = 'FUNDING',
  PARTNERSHIP = 'PARTNERSHIP',
  OTHER = 'OTHER',
}
registerEnumType(CallForActionKind, { name: 'CallForActionKind' });

export enum CallForActionStatus {
  PENDING = 'PENDING',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  CONVERTED = 'CONVERTED',
}
registerEnumType(CallForActionStatus, { name: 'CallForActionStatus', description: 'PENDING: posted jointly, waiting for every co-poster to confirm.' });

export enum ResponseStatus {
  ACTIVE = 'ACTIVE',
  ACCEPTED = 'ACCEPTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ResponseStatus, { name: 'CallForActionResponseStatus' });

export enum CallClosedBy {
  POSTER = 'POSTER',
  DEADLINE = 'DEADLINE',
}
registerEnumType(CallClosedBy, { name: 'CallClosedBy' });

@ObjectType()
export class CallPoster {
  @Field(() => ID)
  organizationId!: string;

  @Field({ description: 'False until a co-poster confirms.' })
  confirmed!: boolean;
}

@ObjectType('CallForActionResponse')
export class CallResponseType {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => CallForActionKind)
  offerKind!: CallForActionKind;

  @Field()
  message!: string;

  @Field(() => ResponseStatus)
  status!: ResponseStatus;

  @Field()
  respondedAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class CallForAction {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => CallForActionKind)
  kind!: CallForActionKind;

  @Field(() => CallForActionStatus)
  status!: CallForActionStatus;

  @Field(() => [String])
  themes!: string[];

  @Field(() => [String], { description: 'ISO 3166-1 alpha-3.' })
  countries!: string[];

  @Field(() => Date, { nullable: true })
  deadline!: Date | null;

  @Field(() => ID, { nullable: true, description: 'A linked practice (practice-<uuid>).' })
  practiceId!: string | null;

  @Field(() => [CallPoster])
  posters!: CallPoster[];

  @Field(() => [CallResponseType])
  responses!: CallResponseType[];

  @Field()
  postedAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => CallClosedBy, { nullable: true })
  closedBy!: CallClosedBy | null;

  @Field(() => ID, { nullable: true, description: 'The project launched from this call.' })
  projectId!: string | null;

  @Field(() => Int, { description: 'The revision to pass as expectedRevision.' })
  revision!: number;

  static from(status: Exclude<CallForActionState['status'], 'NONE'>, call: CallDetails, revision: number): CallForAction {
    return {
      ...call,
      status: status as CallForActionStatus,
      kind: call.kind as CallForActionKind,
      deadline: call.deadline ? new Date(call.deadline) : null,
      postedAt: new Date(call.postedAt),
      updatedAt: new Date(call.updatedAt),
      closedAt: call.closedAt ? new Date(call.closedAt) : null,
      closedBy: call.closedBy as CallClosedBy | null,
      responses: call.responses.map((r) => ({
        ...r,
        offerKind: r.offerKind as CallForActionKind,
        status: r.status as ResponseStatus,
        respondedAt: new Date(r.respondedAt),
        updatedAt: new Date(r.updatedAt),
      })),
      revision,
    };
  }
}

@ObjectType()
export class CallForActionConnection extends Paginated(CallForAction) {}

@ObjectType()
export class CallForActionPayload {
  @Field(() => CallForAction)
  callForAction!: CallForAction;

  @Field(() => Int)
  revision!: number;
}

@InputType()
export class CallsForActionFilter {
  @Field(() => CallForActionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CallForActionStatus)
  status?: CallForActionStatus;

  @Field(() => CallForActionKind, { nullable: true })
  @IsOptional()
  @IsEnum(CallForActionKind)
  kind?: CallForActionKind;
}
