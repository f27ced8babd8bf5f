import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { connectionFromRows, ConnectionArgs, pageWindow, parseGlobalId } from '@pfp/graphql';
import type { Actor } from '@pfp/kernel';
import { Account, Organization, OrganizationConnection, OrganizationKind } from '../graphql-types';
import { CreateOrganizationInput, DeactivateOrganizationInput, InviteAccountInput, RenameOrganizationInput } from '../inputs';
import { InvitationsService } from '../invitations/invitations.service';
import { ORGANIZATION } from '../global-ids';
import { CreateOrganizationPayload, DeactivateOrganizationPayload, InviteAccountPayload, RenameOrganizationPayload } from '../payloads';
import { CurrentActor } from '../sessions/actor.guard';
import { OrganizationsService } from './organizations.service';

@ArgsType()
class OrganizationsArgs extends ConnectionArgs {
  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind | null;
}

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    private readonly organizationsService: OrganizationsService,
    private readonly invitations: InvitationsService,
  ) {}

  @Query(() => OrganizationConnection, { description: 'Every organisation, deactivated ones too, by name.' })
  async organizations(@Args() args: OrganizationsArgs): Promise<OrganizationConnection> {
    const { offset, limit } = pageWindow(args);
    const { rows, totalCount } = await this.organizationsService.list(args.kind, offset, limit);
    return connectionFromRows(rows.map(Organization.from), totalCount, offset);
  }

  @Query(() => Organization, { nullable: true })
  async organization(@Args('id', { type: () => ID }) id: string): Promise<Organization | null> {
    parseGlobalId(id, ORGANIZATION);
    const row = await this.organizationsService.findByGlobalId(id);
    return row ? Organization.from(row) : null;
  }

  @Mutation(() => CreateOrganizationPayload, { description: 'Support Unit only.' })
  async createOrganization(@Args('input') input: CreateOrganizationInput, @CurrentActor() actor: Actor | null): Promise<CreateOrganizationPayload> {
    const row = await this.organizationsService.create(actor, input);
    return { organization: Organization.from(row) };
  }

  @Mutation(() => RenameOrganizationPayload, { description: 'Support Unit only.' })
  async renameOrganization(@Args('input') input: RenameOrganizationInput, @CurrentActor() actor: Actor | null): Promise<RenameOrganizationPayload> {
    const row = await this.organizationsService.rename(actor, input.id, input.name);
    return { organization: Organization.from(row) };
  }

  @Mutation(() => DeactivateOrganizationPayload, { description: 'Support Unit only; not its own organisation. Signs out its accounts.' })
  async deactivateOrganization(@Args('input') input: DeactivateOrganizationInput, @CurrentActor() actor: Actor | null): Promise<DeactivateOrganizationPayload> {
    const row = await this.organizationsService.deactivate(actor, input.id);
    return { organization: Organization.from(row) };
  }

  @Mutation(() => InviteAccountPayload, {
    description: 'The Support Unit, or an admin of the organisation: creates the account and mails a 7-day invitation link.',
  })
  async inviteAccount(@Args('input') input: InviteAccountInput, @CurrentActor() actor: Actor | null): Promise<InviteAccountPayload> {
    const { account, organization, expiresAt } = await this.invitations.invite(actor, input);
    return { account: Account.from(account, organization), invitationExpiresAt: expiresAt };
  }
}
