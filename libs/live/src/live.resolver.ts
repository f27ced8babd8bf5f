import { Inject } from '@nestjs/common';
import { Args, Field, ID, Int, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { CallForAction, type CallDetails } from '@pfp/calls-for-action';
import { FeedItem, FollowsCommands } from '@pfp/follows';
import { parseGlobalId } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, signedIn, type Actor } from '@pfp/kernel';
import { PartnershipProject, ProjectUpdate, type ProjectDetails } from '@pfp/partnership-projects';
import type { PubSubEngine } from 'graphql-subscriptions';
import { mayRead, topics, type FeedMessage, type FollowsMessage, type SubjectMessage } from './messages';
import { filtered, LIVE_PUBSUB } from './pubsub';

@ObjectType()
export class ProjectEvent {
  @Field({ description: 'The event type, e.g. ProjectUpdatePosted.' })
  type!: string;

  @Field(() => Int)
  revision!: number;

  @Field()
  occurredAt!: Date;

  @Field(() => PartnershipProject, { description: 'The project just after the event.' })
  partnershipProject!: PartnershipProject;

  @Field(() => ProjectUpdate, { nullable: true, description: 'For ProjectUpdatePosted: the update.' })
  update!: ProjectUpdate | null;
}

@ObjectType()
export class CallForActionEvent {
  @Field()
  type!: string;

  @Field(() => Int)
  revision!: number;

  @Field()
  occurredAt!: Date;

  @Field(() => CallForAction, { description: 'The call just after the event.' })
  callForAction!: CallForAction;
}

// Every subscriber of a topic receives the same message object: map it once, not once per subscriber.
const mapped = new WeakMap<object, unknown>();
function once<T>(m: object, map: () => T): T {
  if (!mapped.has(m)) mapped.set(m, map());
  return mapped.get(m) as T;
}

function toProjectEvent(m: SubjectMessage): ProjectEvent {
  return once(m, () => mapProjectEvent(m));
}

function mapProjectEvent(m: SubjectMessage): ProjectEvent {
  const project = PartnershipProject.from(m.status as never, m.doc as ProjectDetails, m.revision);
  return {
    type: m.type,
    revision: m.revision,
    occurredAt: new Date(m.occurredAt),
    partnershipProject: project,
    update: m.type === 'ProjectUpdatePosted' ? ProjectUpdate.from(m.eventData as ProjectDetails['updates'][number]) : null,
  };
}

function toCallEvent(m: SubjectMessage): CallForActionEvent {
  return once(m, () => ({ type: m.type, revision: m.revision, occurredAt: new Date(m.occurredAt), callForAction: CallForAction.from(m.status as never, m.doc as CallDetails, m.revision) }));
}

/**
 * graphql-ws subscriptions, fed by the LivePublisher. Each subscriber gets only what its
 * actor (from the connection's init payload) may read: a PARTNERS project reaches its own
 * lead and partners only, and the feed only what the account follows.
 */
@Resolver()
export class LiveResolver {
  constructor(
    @Inject(LIVE_PUBSUB) private readonly pubsub: PubSubEngine,
    private readonly follows: FollowsCommands,
  ) {}

  @Subscription(() => ProjectEvent, { resolve: (m: SubjectMessage) => toProjectEvent(m), description: 'Every change of a project the viewer may read.' })
  projectUpdated(@Args('projectId', { type: () => ID }) projectId: string, @CurrentActor() actor: Actor | null): AsyncIterableIterator<SubjectMessage> {
    parseGlobalId(projectId, 'project', 'projectId');
    const source = this.pubsub.asyncIterableIterator<SubjectMessage>(topics.project(projectId));
    return filtered(source, (m) => mayRead(m.readers, actor?.organizationId));
  }

  @Subscription(() => CallForActionEvent, { resolve: (m: SubjectMessage) => toCallEvent(m), description: 'Every change of a call for action.' })
  callForActionUpdated(@Args('callId', { type: () => ID }) callId: string, @CurrentActor() actor: Actor | null): AsyncIterableIterator<SubjectMessage> {
    parseGlobalId(callId, 'callForAction', 'callId');
    const source = this.pubsub.asyncIterableIterator<SubjectMessage>(topics.call(callId));
    return filtered(source, (m) => mayRead(m.readers, actor?.organizationId));
  }

  @Subscription(() => FeedItem, { resolve: (m: FeedMessage) => once(m, () => FeedItem.from(m.item, null)), description: 'News of everything the viewer follows, as it happens.' })
  async feed(@CurrentActor() current: Actor | null): Promise<AsyncIterableIterator<FeedMessage | FollowsMessage>> {
    const actor = authorizeActor(signedIn, current, undefined);
    // Subscribe first, then load: a follow made in between arrives as a message and is not lost.
    const source = this.pubsub.asyncIterableIterator<FeedMessage | FollowsMessage>([topics.feed, topics.follows(actor.accountId)]);
    const state = await this.follows.load(actor.accountId);
    const following = new Set(state.status === 'ACTIVE' ? Object.keys(state.follows.following) : []);
    return filtered(source, (m) => {
      if (m.kind === 'follows') {
        if (m.type === 'SubjectFollowed') following.add(m.subjectId);
        if (m.type === 'SubjectUnfollowed') following.delete(m.subjectId);
        return false;
      }
      return following.has(m.item.subjectId) && mayRead(m.readers, actor.organizationId);
    });
  }
}
