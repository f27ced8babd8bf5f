import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { connectionFromRows, ConnectionArgs, pageWindow } from '@pfp/graphql';
import type { Actor } from '@pfp/kernel';
import { AcceptsStaleCredentials, CurrentActor } from '../sessions/actor.guard';
import {
  AccountRequest,
  AccountRequestConnection,
  AccountRequestStatus,
  ApproveAccountRequestInput,
  ApproveAccountRequestPayload,
  DeclineAccountRequestInput,
  DeclineAccountRequestPayload,
  RequestAccountInput,
  RequestAccountPayload,
} from './account-request.graphql';
import { AccountRequestsService } from './account-requests.service';

@ArgsType()
class AccountRequestsArgs extends ConnectionArgs {
  @Field(() => AccountRequestStatus, { nullable: true, description: 'Only requests with this status; all when absent.' })
  @IsOptional()
  @IsEnum(AccountRequestStatus)
  status?: AccountRequestStatus | null;
}

@Resolver()
export class AccountRequestsResolver {
  constructor(private readonly requests: AccountRequestsService) {}

  @Mutation(() => RequestAccountPayload, { description: 'Anyone: asks the Support Unit for an account for a new organisation.' })
  @AcceptsStaleCredentials()
  async requestAccount(@Args('input') input: RequestAccountInput): Promise<RequestAccountPayload> {
    await this.requests.request(input);
    return { received: true };
  }

  @Query(() => AccountRequestConnection, { description: 'Support Unit only: requests for an account, the newest first.' })
  async accountRequests(@Args() args: AccountRequestsArgs, @CurrentActor() actor: Actor | null): Promise<AccountRequestConnection> {
    const { offset, limit } = pageWindow(args);
    const { rows, totalCount } = await this.requests.list(actor, args.status ?? null, offset, limit);
    return connectionFromRows(rows.map(AccountRequest.from), totalCount, offset);
  }

  @Mutation(() => ApproveAccountRequestPayload, { description: 'Support Unit only: creates the organisation and invites the contact as its ADMIN.' })
  async approveAccountRequest(@Args('input') input: ApproveAccountRequestInput, @CurrentActor() actor: Actor | null): Promise<ApproveAccountRequestPayload> {
    return { request: AccountRequest.from(await this.requests.approve(actor, input.requestId)) };
  }

  @Mutation(() => DeclineAccountRequestPayload, { description: 'Support Unit only: the reason is mailed to the requester.' })
  async declineAccountRequest(@Args('input') input: DeclineAccountRequestInput, @CurrentActor() actor: Actor | null): Promise<DeclineAccountRequestPayload> {
    return { request: AccountRequest.from(await this.requests.decline(actor, input.requestId, input.reason)) };
  }
}
