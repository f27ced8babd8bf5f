import { Args, Field, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import { NotFoundError, authorizeActor, signedIn, type Actor } from '@pfp/kernel';
import { IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { subjectKindOf } from '../domain/follows';
import { FollowsCommands } from '../follows-commands';
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

/** Where each kind of subject is read, and who may read it (the follower must be able to). */
const VISIBLE: Record<string, string> = {
  PROJECT: `SELECT 1 FROM partnership_projects WHERE id = $1 AND (readers IS NULL OR $2::text = ANY(readers))`,
  CALL_FOR_ACTION: `SELECT 1 FROM calls_for_action WHERE id = $1`,
  PRACTICE: `SELECT 1 FROM practice_details WHERE id = $1 AND published_at IS NOT NULL`,
};

@Resolver()
export class FollowResolver {
  constructor(
    private readonly follows: FollowsCommands,
    private readonly dataSource: DataSource,
  ) {}

  @Mutation(() => FollowPayload, { description: 'Follow a project, practice or call: its news reach the feed, the live feed and the digest.' })
  async follow(@Args('input') input: FollowInput, @CurrentActor() current: Actor | null): Promise<FollowPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    await this.requireVisible(input.subjectId, actor);
    const result = await this.follows.execute(actor, { type: 'Follow', at: new Date().toISOString(), data: { subjectId: input.subjectId } });
    return { subjectId: input.subjectId, following: true, revision: result.revision };
  }

  @Mutation(() => FollowPayload)
  async unfollow(@Args('input') input: UnfollowInput, @CurrentActor() current: Actor | null): Promise<FollowPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    const result = await this.follows.execute(actor, { type: 'Unfollow', at: new Date().toISOString(), data: { subjectId: input.subjectId } });
    return { subjectId: input.subjectId, following: false, revision: result.revision };
  }

  @Query(() => [ID], { description: "What the viewer follows (empty for a visitor)." })
  async followedSubjects(@CurrentActor() actor: Actor | null): Promise<string[]> {
    if (!actor) return [];
    const state = await this.follows.load(actor.accountId);
    return state.status === 'ACTIVE' ? Object.keys(state.follows.following) : [];
  }

  private async requireVisible(subjectId: string, actor: Actor): Promise<void> {
    const kind = subjectKindOf(subjectId);
    if (!kind) return; // the decider refuses it with the reason
    if (kind === 'PRACTICE') {
      const [{ installed }] = await this.dataSource.query(`SELECT to_regclass('practice_details') IS NOT NULL AS installed`);
      if (!installed) return;
    }
    const rows = await this.dataSource.query(VISIBLE[kind], kind === 'PROJECT' ? [subjectId, actor.organizationId] : [subjectId]);
    if (rows.length === 0) throw new NotFoundError('FOLLOW.SUBJECT_NOT_FOUND', 'There is nothing with this id that you may follow.');
  }
}
