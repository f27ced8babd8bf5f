import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { IsString, MaxLength } from 'class-validator';
import { PolicyToolPayload } from '../graphql-types';
import { sendToolCommand } from '../shared/tool-commands';
import { ToolRefInput } from '../shared/tool-ref.input';

@InputType()
export class AcceptPolicyToolExampleInput extends ToolRefInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  exampleId!: string;
}

@Resolver()
export class AcceptPolicyToolExampleResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PolicyToolPayload, { description: 'The owner accepts a proposed example: it appears in the next edition.' })
  acceptPolicyToolExample(@Args('input') input: AcceptPolicyToolExampleInput, @CurrentActor() actor: Actor | null): Promise<PolicyToolPayload> {
    return sendToolCommand(
      this.commandBus,
      input.toolId,
      { type: 'AcceptPolicyToolExample', data: { exampleId: input.exampleId } },
      actor,
      input.expectedRevision,
    );
  }
}
