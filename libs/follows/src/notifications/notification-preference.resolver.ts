import { Args, Field, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, signedIn, type Actor } from '@pfp/kernel';
import { IsEnum } from 'class-validator';
import { DEFAULT_FREQUENCY } from '../domain/follows';
import { FollowsCommands } from '../follows-commands';
import { NotificationFrequency, NotificationPreferencePayload } from '../graphql-types';

@InputType()
export class SetNotificationPreferenceInput {
  @Field(() => NotificationFrequency)
  @IsEnum(NotificationFrequency)
  frequency!: NotificationFrequency;
}

@Resolver()
export class NotificationPreferenceResolver {
  constructor(private readonly follows: FollowsCommands) {}

  @Query(() => NotificationFrequency, { description: "The viewer's mail frequency (DAILY until changed)." })
  async notificationPreference(@CurrentActor() current: Actor | null): Promise<NotificationFrequency> {
    const actor = authorizeActor(signedIn, current, undefined);
    const state = await this.follows.load(actor.accountId);
    return (state.status === 'ACTIVE' ? state.follows.frequency : DEFAULT_FREQUENCY) as NotificationFrequency;
  }

  @Mutation(() => NotificationPreferencePayload)
  async setNotificationPreference(@Args('input') input: SetNotificationPreferenceInput, @CurrentActor() current: Actor | null): Promise<NotificationPreferencePayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    const result = await this.follows.execute(actor, { type: 'SetNotificationPreference', at: new Date().toISOString(), data: { frequency: input.frequency } });
    return { frequency: input.frequency, revision: result.revision };
  }
}
