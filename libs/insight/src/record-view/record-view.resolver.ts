import { Inject } from '@nestjs/common';
import { Args, Context, Field, ID, InputType, Mutation, ObjectType, registerEnumType, Resolver } from '@nestjs/graphql';
import { categoryOf, Contributions, Moderation } from '@pfp/contributions';
import { CLOCK, type Clock } from '@pfp/event-sourcing';
import { CurrentActor } from '@pfp/identity';
import { NotFoundError, ValidationError, type Actor } from '@pfp/kernel';
import { IsString, MaxLength } from 'class-validator';
import type { Request } from 'express';
import { isBot } from '../domain/bots';
import { COUNTABLE_CATEGORIES, dayOf, INSIGHT_ERRORS, isCountable } from '../domain/views';
import { DailyReaders } from './daily-readers';
import { ViewCounts } from './view-counts';

export enum ViewNotCounted {
  ROBOT = 'ROBOT',
  ALREADY_COUNTED_TODAY = 'ALREADY_COUNTED_TODAY',
  DAILY_LIMIT = 'DAILY_LIMIT',
  OWN_ORGANIZATION = 'OWN_ORGANIZATION',
}
registerEnumType(ViewNotCounted, {
  name: 'ViewNotCounted',
  description:
    'Why a view was not counted: a robot’s user agent, this reader already counted today, the day’s memory of readers is full, or a member of an organisation owning the item (owners measure their reach, not their own reading).',
});

@InputType()
export class RecordViewInput {
  @Field(() => ID, { description: `The item shown: a practice, call for action, project or policy tool (${COUNTABLE_CATEGORIES.join(', ')}).` })
  @IsString()
  @MaxLength(200)
  subjectId!: string;
}

@ObjectType()
export class RecordViewPayload {
  @Field(() => ID)
  subjectId!: string;

  @Field({ description: 'True when the view was added to the item’s count for today.' })
  counted!: boolean;

  @Field(() => ViewNotCounted, { nullable: true })
  notCounted!: ViewNotCounted | null;
}

const ANONYMOUS: Actor = { accountId: '', organizationId: '', organizationKind: 'STATE', role: 'MEMBER' };

/**
 * The site calls recordView when it shows an item's page. Nothing about the reader is stored:
 * the count of the item's day goes up by one, once per reader (DailyReaders, in memory only),
 * robots left out by their user agent.
 */
@Resolver()
export class RecordViewResolver {
  private readonly readers = new DailyReaders();

  constructor(
    private readonly contributions: Contributions,
    private readonly moderation: Moderation,
    private readonly counts: ViewCounts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Mutation(() => RecordViewPayload, {
    description: 'Counts a view of an item’s page (no personal data kept; one per reader, item and day; robots not counted).',
  })
  async recordView(
    @Args('input') input: RecordViewInput,
    @CurrentActor() actor: Actor | null,
    @Context() context: { req?: Request },
  ): Promise<RecordViewPayload> {
    const { subjectId } = input;
    if (!isCountable(categoryOf(subjectId)))
      throw new ValidationError(INSIGHT_ERRORS.NOT_COUNTABLE, 'Views are counted for practices, calls for action, projects and policy tools.', {
        subjectId: `must be the id of a ${COUNTABLE_CATEGORIES.join(', ')}`,
      });
    const subject = this.contributions.subjectOf(subjectId);
    const hidden = async () => actor?.organizationKind !== 'SUPPORT_UNIT' && (await this.moderation.isHidden(subjectId));
    if (!subject || !(await subject.mayFollow(subjectId, actor ?? ANONYMOUS)) || (await hidden()))
      throw new NotFoundError(INSIGHT_ERRORS.SUBJECT_NOT_FOUND, 'There is no item with this subjectId that you may read.');
    if (actor && (await subject.ownersOf?.(subjectId))?.includes(actor.organizationId))
      return { subjectId, counted: false, notCounted: ViewNotCounted.OWN_ORGANIZATION };
    const userAgent = context.req?.headers['user-agent'] ?? '';
    if (isBot(userAgent)) return { subjectId, counted: false, notCounted: ViewNotCounted.ROBOT };
    const day = dayOf(this.clock.now());
    const address = context.req?.ip ?? context.req?.socket.remoteAddress ?? '';
    const reader = this.readers.firstToday(day, subjectId, address, userAgent);
    if (reader !== 'first')
      return { subjectId, counted: false, notCounted: reader === 'seen' ? ViewNotCounted.ALREADY_COUNTED_TODAY : ViewNotCounted.DAILY_LIMIT };
    await this.counts.add(subjectId, day);
    return { subjectId, counted: true, notCounted: null };
  }
}
