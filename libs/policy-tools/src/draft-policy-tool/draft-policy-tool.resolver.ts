import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { newGlobalId } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { IsEnum, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { PolicyToolKind, PolicyToolPayload } from '../graphql-types';
import { sendToolCommand } from '../shared/tool-commands';
import { ContributorsField, PolicyToolContentInput, type PolicyToolContributorInput } from '../shared/tool-content.input';
import { ToolReferences } from '../shared/tool-references';
import { followAsEditor } from '../shared/editor-follows';

@InputType()
export class DraftPolicyToolInput {
  @Field(() => PolicyToolKind)
  @IsEnum(PolicyToolKind)
  kind!: PolicyToolKind;

  @Field(() => PolicyToolContentInput)
  @ValidateNested()
  @Type(() => PolicyToolContentInput)
  content!: PolicyToolContentInput;

  @ContributorsField()
  contributors?: PolicyToolContributorInput[];
}

@Resolver()
export class DraftPolicyToolResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly references: ToolReferences,
  ) {}

  @Mutation(() => PolicyToolPayload, {
    description: 'An organisation drafts a tool it owns (a migration profile: only a state, of its own country); readers see it once an edition is released.',
  })
  async draftPolicyTool(@Args('input') input: DraftPolicyToolInput, @CurrentActor() actor: Actor | null): Promise<PolicyToolPayload> {
    const { content, contributors } = await this.references.checked(input);
    const toolId = newGlobalId('policyTool');
    const drafted = await sendToolCommand(
      this.commandBus,
      toolId,
      { type: 'DraftPolicyTool', data: { toolId, kind: input.kind, contributors, content } },
      actor,
    );
    await followAsEditor(this.commandBus, actor, toolId);
    return drafted;
  }
}
