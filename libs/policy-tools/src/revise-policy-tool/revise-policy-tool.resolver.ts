import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { PolicyToolPayload } from '../graphql-types';
import { sendToolCommand } from '../shared/tool-commands';
import { ContributorsField, PolicyToolContentInput, type PolicyToolContributorInput } from '../shared/tool-content.input';
import { ToolRefInput } from '../shared/tool-ref.input';
import { ToolReferences } from '../shared/tool-references';

@InputType()
export class RevisePolicyToolInput extends ToolRefInput {
  @Field(() => PolicyToolContentInput)
  @ValidateNested()
  @Type(() => PolicyToolContentInput)
  content!: PolicyToolContentInput;

  @ContributorsField()
  contributors?: PolicyToolContributorInput[];
}

@Resolver()
export class RevisePolicyToolResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly references: ToolReferences,
  ) {}

  @Mutation(() => PolicyToolPayload, {
    description: 'The owner, an author or a contributor revises the draft (the whole of it); readers see it in the next edition.',
  })
  async revisePolicyTool(@Args('input') input: RevisePolicyToolInput, @CurrentActor() actor: Actor | null): Promise<PolicyToolPayload> {
    const { content, contributors } = await this.references.checked(input);
    return sendToolCommand(this.commandBus, input.toolId, { type: 'RevisePolicyTool', data: { content, contributors } }, actor, input.expectedRevision);
  }
}
