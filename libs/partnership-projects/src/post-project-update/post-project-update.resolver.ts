import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { PartnershipProjectPayload } from '../graphql-types';
import { sendProjectCommand } from '../shared/project-commands';
import { PostProjectUpdateInput } from './post-project-update.input';

@Resolver()
export class PostProjectUpdateResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PartnershipProjectPayload, { description: 'The lead or a partner reports progress; followers see it live, in their feed and digest.' })
  postProjectUpdate(@Args('input') input: PostProjectUpdateInput, @CurrentActor() actor: Actor | null): Promise<PartnershipProjectPayload> {
    const data = {
      updateId: randomUUID(),
      text: input.text,
      metrics: (input.metrics ?? []).map((m) => ({ indicator: m.indicator.trim(), value: m.value, unit: m.unit?.trim() || null })),
      videoUrl: input.videoUrl?.trim() || null,
      progress: (input.progress ?? []).map((p) => ({ targetId: p.targetId, value: p.value })),
    };
    return sendProjectCommand(this.commandBus, input.projectId, { type: 'PostProjectUpdate', data }, actor, input.expectedRevision);
  }
}
