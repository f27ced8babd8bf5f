import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CLOCK, type Clock } from '@pfp/event-sourcing';
import { CurrentActor } from '@pfp/identity';
import { ForbiddenError, UnauthenticatedError, type Actor } from '@pfp/kernel';
import { dayOf, INSIGHT_ERRORS } from '../domain/views';
import { OwnerDashboardReader } from './owner-dashboard.reader';
import { OwnerDashboard } from './owner-dashboard.types';

@Resolver()
export class OwnerDashboardResolver {
  constructor(
    private readonly reader: OwnerDashboardReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => OwnerDashboard, {
    description: 'Views, interest, followers and responses of each item an organisation owns: its members only. organizationId: the viewer’s by default.',
  })
  async ownerDashboard(
    @CurrentActor() actor: Actor | null,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId: string | null,
  ): Promise<OwnerDashboard> {
    if (!actor) throw new UnauthenticatedError('Sign in to see your organisation’s dashboard.');
    const id = organizationId ?? actor.organizationId;
    if (id !== actor.organizationId) throw new ForbiddenError(INSIGHT_ERRORS.NOT_A_MEMBER, 'Only the members of an organisation see its dashboard.');
    return { organizationId: id, items: await this.reader.itemsOf(id, dayOf(this.clock.now())) };
  }
}
