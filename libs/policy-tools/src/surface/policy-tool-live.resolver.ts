import { Args, Field, ID, Int, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { Contributions, filtered, mapOnce, mayRead } from '@pfp/contributions';
import { parseGlobalId } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { PolicyTool } from '../graphql-types';
import { policyToolView } from '../policy-tool-details/policy-tool.view';
import { policyToolTopic, type PolicyToolLiveMessage } from './policy-tool-subject';

@ObjectType('PolicyToolEvent')
export class PolicyToolLiveEvent {
  @Field({ description: 'The event type, e.g. PolicyToolEditionReleased.' })
  type!: string;

  @Field(() => Int)
  revision!: number;

  @Field()
  occurredAt!: Date;

  @Field(() => PolicyTool, { description: 'The tool just after the event.' })
  policyTool!: PolicyTool;
}

const toEvent = (m: PolicyToolLiveMessage): PolicyToolLiveEvent =>
  mapOnce(m, () => ({ type: m.type, revision: m.revision, occurredAt: new Date(m.occurredAt), policyTool: policyToolView(m.tool, m.revision) }));

/** A released tool's changes reach every subscriber; a draft's, only its owner and editors. */
@Resolver()
export class PolicyToolLiveResolver {
  constructor(private readonly contributions: Contributions) {}

  @Subscription(() => PolicyToolLiveEvent, {
    resolve: toEvent,
    description: 'Every change of a policy tool: a new edition, an example proposed or decided, a translation.',
  })
  policyToolUpdated(@Args('toolId', { type: () => ID }) toolId: string, @CurrentActor() actor: Actor | null): AsyncIterableIterator<PolicyToolLiveMessage> {
    parseGlobalId(toolId, 'policyTool', 'toolId');
    const source = this.contributions.liveChannel().listen<PolicyToolLiveMessage>(policyToolTopic(toolId));
    return filtered(source, (m) => mayRead(m.readers, actor?.organizationId));
  }
}
