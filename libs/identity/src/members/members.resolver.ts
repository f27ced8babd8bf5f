import { Args, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { GlobalIdField, parseGlobalId } from '@pfp/graphql';
import type { Actor } from '@pfp/kernel';
import { ORGANIZATION } from '../global-ids';
import { Account, AccountRole } from '../graphql-types';
import { CurrentActor } from '../sessions/actor.guard';
import { MembersService } from './members.service';

@InputType()
export class RemoveAccountInput {
  @GlobalIdField('account')
  accountId!: string;
}

@InputType()
export class ChangeAccountRoleInput extends RemoveAccountInput {
  @Field(() => AccountRole)
  @IsEnum(AccountRole)
  role!: AccountRole;
}

@ObjectType()
export class AccountPayload {
  @Field(() => Account)
  account!: Account;
}

@ObjectType()
export class RemoveAccountPayload extends AccountPayload {}

@ObjectType()
export class ChangeAccountRolePayload extends AccountPayload {}

@Resolver()
export class MembersResolver {
  constructor(private readonly members: MembersService) {}

  @Query(() => [Account], { description: "An organisation's accounts, invited ones too, by name: its admins and the Support Unit only." })
  async organizationAccounts(@Args('organizationId', { type: () => ID }) organizationId: string, @CurrentActor() actor: Actor | null): Promise<Account[]> {
    parseGlobalId(organizationId, ORGANIZATION, 'organizationId');
    const { organization, accounts } = await this.members.list(actor, organizationId);
    return accounts.map((account) => Account.from(account, organization));
  }

  @Mutation(() => RemoveAccountPayload, {
    description: "The organisation's admins and the Support Unit; never its last admin (ACCOUNT.LAST_ADMIN). Ends its sessions.",
  })
  async removeAccount(@Args('input') input: RemoveAccountInput, @CurrentActor() actor: Actor | null): Promise<RemoveAccountPayload> {
    const { account, organization } = await this.members.remove(actor, input.accountId);
    return { account: Account.from(account, organization) };
  }

  @Mutation(() => ChangeAccountRolePayload, {
    description: "The organisation's admins and the Support Unit; never demotes its last admin (ACCOUNT.LAST_ADMIN).",
  })
  async changeAccountRole(@Args('input') input: ChangeAccountRoleInput, @CurrentActor() actor: Actor | null): Promise<ChangeAccountRolePayload> {
    const { account, organization } = await this.members.changeRole(actor, input.accountId, input.role);
    return { account: Account.from(account, organization) };
  }
}
