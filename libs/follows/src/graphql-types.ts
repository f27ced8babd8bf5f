import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FOLLOW_SUBJECT_KINDS } from '@pfp/contributions';
import { Paginated } from '@pfp/graphql';
import type { FeedItemData } from './feed/feed-item';

/** Its values are the kinds the installed contexts declared for their followable subjects. */
export const FollowSubjectKind = FOLLOW_SUBJECT_KINDS;
registerEnumType(FollowSubjectKind, { name: 'FollowSubjectKind' });

export enum NotificationFrequency {
  NONE = 'NONE',
  IMMEDIATELY = 'IMMEDIATELY',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
}
registerEnumType(NotificationFrequency, { name: 'NotificationFrequency', description: 'How often mail about what the account follows is sent.' });

@ObjectType()
export class FeedMetric {
  @Field()
  indicator!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType()
export class FeedItem {
  @Field(() => ID, { description: 'The id of the event it reports.' })
  id!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => FollowSubjectKind)
  subjectKind!: string;

  @Field()
  subjectTitle!: string;

  @Field({ description: 'The event type, e.g. ProjectUpdatePosted.' })
  type!: string;

  @Field()
  text!: string;

  @Field(() => [FeedMetric])
  metrics!: FeedMetric[];

  @Field()
  occurredAt!: Date;

  @Field({ description: 'Up to the read mark, or marked read by itself.' })
  read!: boolean;

  static from(data: FeedItemData, readUntil: Date | null, readOne = false): FeedItem {
    const occurredAt = new Date(data.occurredAt);
    return { ...data, occurredAt, read: readOne || (readUntil !== null && occurredAt <= readUntil) };
  }
}

@ObjectType()
export class FeedConnection extends Paginated(FeedItem) {
  @Field(() => Int)
  unreadCount!: number;
}

@ObjectType()
export class FollowPayload {
  @Field(() => ID)
  subjectId!: string;

  @Field()
  following!: boolean;

  @Field(() => Int, { description: "The revision of the viewer's follows stream." })
  revision!: number;
}

@ObjectType()
export class MarkFeedReadPayload {
  @Field(() => Int)
  unreadCount!: number;

  @Field(() => Date, { nullable: true })
  readUntil!: Date | null;

  @Field(() => Int)
  revision!: number;
}

@ObjectType()
export class NotificationPreferencePayload {
  @Field(() => NotificationFrequency)
  frequency!: NotificationFrequency;

  @Field(() => Int)
  revision!: number;
}
