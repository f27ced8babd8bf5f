import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { globalIdPattern, graphqlEnum, Paginated } from '@pfp/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, Matches } from 'class-validator';
import {
  CALL_CLOSED_BY,
  CALL_KINDS,
  CALL_STATUSES,
  RESPONSE_STATUSES,
  type CallClosedBy as DomainCallClosedBy,
  type CallDetails,
  type CallKind,
  type CallStatus,
  type ResponseStatus as DomainResponseStatus,
  standingResponses,
} from './domain/call-for-action';
import { CountriesField, ThemesField } from './shared/list-fields';

export const CallForActionKind = graphqlEnum('CallForActionKind', CALL_KINDS);
export type CallForActionKind = CallKind;

export const CallForActionStatus = graphqlEnum('CallForActionStatus', CALL_STATUSES, {
  description: 'PENDING: posted jointly, waiting for every co-poster to confirm.',
});
export type CallForActionStatus = CallStatus;

export const ResponseStatus = graphqlEnum('CallForActionResponseStatus', RESPONSE_STATUSES);
export type ResponseStatus = DomainResponseStatus;

export const CallClosedBy = graphqlEnum('CallClosedBy', CALL_CLOSED_BY);
export type CallClosedBy = DomainCallClosedBy;

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

  /** Why it was declined; served (declineReason) to the call's posters and the responder only. */
  declineReason!: string | null;

  /** The call's posters, for that check (no field). */
  posterIds!: string[];
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

  @Field(() => Int, { description: 'The responses that stand (active or accepted).' })
  responseCount!: number;

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

  static from(status: CallStatus, call: CallDetails, revision: number): CallForAction {
    return {
      ...call,
      status,
      deadline: call.deadline ? new Date(call.deadline) : null,
      postedAt: new Date(call.postedAt),
      updatedAt: new Date(call.updatedAt),
      closedAt: call.closedAt ? new Date(call.closedAt) : null,
      responses: call.responses.map((r) => ({
        ...r,
        respondedAt: new Date(r.respondedAt),
        updatedAt: new Date(r.updatedAt),
        declineReason: r.declineReason ?? null,
        posterIds: call.posters.map((p) => p.organizationId),
      })),
      responseCount: standingResponses(call).length,
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

  /** Calls with any of these themes (none: all). */
  @ThemesField()
  themes?: string[];

  /** Calls about any of these countries (none: all). */
  @CountriesField()
  countries?: string[];

  @Field(() => [ID], { nullable: true, description: 'Calls posted by any of these organisations.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(globalIdPattern('organization'), { each: true, message: 'each id must be an organization id (organization-<uuid>)' })
  organizations?: string[];
}

export const CALL_ORDERS = ['NEWEST', 'DEADLINE'] as const;
export const CallOrder = graphqlEnum('CallOrder', CALL_ORDERS, {
  description: 'NEWEST: last posted first; DEADLINE: nearest deadline first, calls without one last.',
});
export type CallOrder = (typeof CALL_ORDERS)[number];
