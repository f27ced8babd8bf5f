import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { Text } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { PolicyToolPayload } from '../graphql-types';
import { sendToolCommand } from '../shared/tool-commands';
import { ToolRefInput } from '../shared/tool-ref.input';

@InputType()
export class ReleasePolicyToolEditionInput extends ToolRefInput {
  @Field({ description: 'What the edition changes.' })
  @Text({ max: 100_000 })
  releaseNotes!: string;
}

@Resolver()
export class ReleasePolicyToolEditionResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PolicyToolPayload, { description: 'The owner releases the draft, with the examples it accepted, as the next numbered edition.' })
  releasePolicyToolEdition(@Args('input') input: ReleasePolicyToolEditionInput, @CurrentActor() actor: Actor | null): Promise<PolicyToolPayload> {
    return sendToolCommand(
      this.commandBus,
      input.toolId,
      { type: 'ReleasePolicyToolEdition', data: { releaseNotes: input.releaseNotes } },
      actor,
      input.expectedRevision,
    );
  }
}
