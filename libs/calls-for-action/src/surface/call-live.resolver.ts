import { Args, Field, ID, Int, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { Contributions, mapOnce } from '@pfp/contributions';
import { parseGlobalId } from '@pfp/graphql';
import { CallForAction } from '../graphql-types';
import { callTopic, type CallLiveMessage } from './call-subject';

@ObjectType('CallForActionEvent')
export class CallForActionLiveEvent {
  @Field()
  type!: string;

  @Field(() => Int)
  revision!: number;

  @Field()
  occurredAt!: Date;

  @Field(() => CallForAction, { description: 'The call just after the event.' })
  callForAction!: CallForAction;
}

const toEvent = (m: CallLiveMessage): CallForActionLiveEvent =>
  mapOnce(m, () => ({
    type: m.type,
    revision: m.revision,
    occurredAt: new Date(m.occurredAt),
    callForAction: CallForAction.from(m.status, m.call, m.revision),
  }));

/** Calls are public: every subscriber hears every change. */
@Resolver()
export class CallLiveResolver {
  constructor(private readonly contributions: Contributions) {}

  @Subscription(() => CallForActionLiveEvent, { resolve: toEvent, description: 'Every change of a call for action.' })
  callForActionUpdated(@Args('callId', { type: () => ID }) callId: string): AsyncIterableIterator<CallLiveMessage> {
    parseGlobalId(callId, 'callForAction', 'callId');
    return this.contributions.liveChannel().listen<CallLiveMessage>(callTopic(callId));
  }
}
