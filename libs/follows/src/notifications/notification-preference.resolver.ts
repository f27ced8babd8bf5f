import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AggregateReader } from '@pfp/event-sourcing';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, signedIn, type Actor } from '@pfp/kernel';
import { IsEnum } from 'class-validator';
import { DEFAULT_FREQUENCY, followsStreamOf } from '../domain/follows';
import { Follows, loadFollows } from '../follows-commands';
import { NotificationFrequency, NotificationPreferencePayload } from '../graphql-types';

@InputType()
export class SetNotificationPreferenceInput {
  @Field(() => NotificationFrequency)
  @IsEnum(NotificationFrequency)
  frequency!: NotificationFrequency;
}

@Resolver()
export class NotificationPreferenceResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly reader: AggregateReader,
  ) {}

  @Query(() => NotificationFrequency, { description: "The viewer's mail frequency (DAILY until changed)." })
  async notificationPreference(@CurrentActor() current: Actor | null): Promise<NotificationFrequency> {
    const actor = authorizeActor(signedIn, current, undefined);
    const state = await loadFollows(this.reader, actor.accountId);
    return (state.status === 'ACTIVE' ? state.follows.frequency : DEFAULT_FREQUENCY) as NotificationFrequency;
  }

  @Mutation(() => NotificationPreferencePayload)
  async setNotificationPreference(
    @Args('input') input: SetNotificationPreferenceInput,
    @CurrentActor() current: Actor | null,
  ): Promise<NotificationPreferencePayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    const request = { type: 'SetNotificationPreference' as const, data: { frequency: input.frequency } };
    const result = await this.commandBus.execute(new Follows.Command(followsStreamOf(actor.accountId), request, actor));
    return { frequency: input.frequency, revision: result.revision };
  }
}
