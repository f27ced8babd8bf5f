import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Contributions } from '@pfp/contributions';
import { AggregateReader } from '@pfp/event-sourcing';
import { CurrentActor } from '@pfp/identity';
import { NotFoundError, authorizeActor, signedIn, type Actor } from '@pfp/kernel';
import { IsString, MaxLength } from 'class-validator';
import { followsStreamOf } from '../domain/follows';
import { Follows, loadFollows } from '../follows-commands';
import { FollowPayload } from '../graphql-types';

@InputType()
export class FollowInput {
  @Field(() => ID, { description: 'A project, practice or callForAction id.' })
  @IsString()
  @MaxLength(100)
  subjectId!: string;
}

@InputType()
export class UnfollowInput extends FollowInput {}

@Resolver()
export class FollowResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly reader: AggregateReader,
    private readonly contributions: Contributions,
  ) {}

  @Mutation(() => FollowPayload, { description: 'Follow a project, practice or call: its news reach the feed, the live feed and the digest.' })
  async follow(@Args('input') input: FollowInput, @CurrentActor() current: Actor | null): Promise<FollowPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    // The subject's context says what the id names and whether the follower may read it.
    const subject = this.contributions.subjectOf(input.subjectId);
    if (subject && !(await subject.mayFollow(input.subjectId, actor))) {
      throw new NotFoundError('FOLLOW.SUBJECT_NOT_FOUND', 'There is nothing with this id that you may follow.');
    }
    const data = { subjectId: input.subjectId, subjectKind: subject?.kind ?? null };
    const result = await this.commandBus.execute(new Follows.Command(followsStreamOf(actor.accountId), { type: 'Follow', data }, actor));
    return { subjectId: input.subjectId, following: true, revision: result.revision };
  }

  @Mutation(() => FollowPayload)
  async unfollow(@Args('input') input: UnfollowInput, @CurrentActor() current: Actor | null): Promise<FollowPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    const result = await this.commandBus.execute(
      new Follows.Command(followsStreamOf(actor.accountId), { type: 'Unfollow', data: { subjectId: input.subjectId } }, actor),
    );
    return { subjectId: input.subjectId, following: false, revision: result.revision };
  }

  @Query(() => [ID], { description: 'What the viewer follows (empty for a visitor).' })
  async followedSubjects(@CurrentActor() actor: Actor | null): Promise<string[]> {
    if (!actor) return [];
    const state = await loadFollows(this.reader, actor.accountId);
    return state.status === 'ACTIVE' ? Object.keys(state.follows.following) : [];
  }
}
