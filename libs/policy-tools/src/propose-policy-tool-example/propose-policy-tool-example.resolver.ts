import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { GlobalIdField, Text } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PolicyToolPayload } from '../graphql-types';
import { sendToolCommand } from '../shared/tool-commands';
import { ToolRefInput } from '../shared/tool-ref.input';
import { ToolReferences } from '../shared/tool-references';

@InputType()
export class ProposePolicyToolExampleInput extends ToolRefInput {
  @Field({ description: 'The section it is an example for.' })
  @IsString()
  @MaxLength(200)
  sectionKey!: string;

  @GlobalIdField('practice', { nullable: true, description: 'A practice of the platform (practice-<uuid>) ...' })
  practiceId?: string | null;

  @Field(() => String, { nullable: true, description: '... or a link (https only), with its title.' })
  @IsOptional()
  @Text({ max: 5_000 })
  url?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text({ max: 5_000 })
  title?: string | null;

  @Field({ defaultValue: '', description: 'Why it is a good example.' })
  @IsOptional()
  @Text({ max: 100_000 })
  note: string = '';
}

@Resolver()
export class ProposePolicyToolExampleResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly references: ToolReferences,
  ) {}

  @Mutation(() => PolicyToolPayload, { description: 'Anyone signed in proposes an example for a section; the owner accepts or declines it.' })
  async proposePolicyToolExample(@Args('input') input: ProposePolicyToolExampleInput, @CurrentActor() actor: Actor | null): Promise<PolicyToolPayload> {
    const practiceId = input.practiceId ?? null;
    if (practiceId) await this.references.check({ practiceIds: { practiceId } });
    const data = {
      exampleId: `example-${randomUUID()}`,
      sectionKey: input.sectionKey,
      practiceId,
      url: input.url ?? null,
      title: input.title ?? null,
      note: input.note ?? '',
    };
    return sendToolCommand(this.commandBus, input.toolId, { type: 'ProposePolicyToolExample', data }, actor, input.expectedRevision);
  }
}
