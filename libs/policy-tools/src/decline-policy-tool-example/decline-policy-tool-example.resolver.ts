import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { Text } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { IsString, MaxLength } from 'class-validator';
import { PolicyToolPayload } from '../graphql-types';
import { sendToolCommand } from '../shared/tool-commands';
import { ToolRefInput } from '../shared/tool-ref.input';

@InputType()
export class DeclinePolicyToolExampleInput extends ToolRefInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  exampleId!: string;

  @Field({ description: 'Why; the proposer reads it.' })
  @Text({ max: 100_000 })
  reason!: string;
}

@Resolver()
export class DeclinePolicyToolExampleResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PolicyToolPayload, { description: 'The owner declines a proposed example, saying why.' })
  declinePolicyToolExample(@Args('input') input: DeclinePolicyToolExampleInput, @CurrentActor() actor: Actor | null): Promise<PolicyToolPayload> {
    return sendToolCommand(
      this.commandBus,
      input.toolId,
      { type: 'DeclinePolicyToolExample', data: { exampleId: input.exampleId, reason: input.reason } },
      actor,
      input.expectedRevision,
    );
  }
}
