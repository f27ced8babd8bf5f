import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { CriterionVerdictInput } from '../shared/assessment.types';
import { sendPracticeCommand } from '../shared/practice-bus';
import { ExistingPracticeInput } from '../shared/practice.inputs';
import { PracticePayload } from '../shared/practice.types';

@InputType()
export class AssessPracticeInput extends ExistingPracticeInput {
  @Field(() => [CriterionVerdictInput], { description: 'A verdict on some or all of the owner’s answers.' })
  @IsArray()
  @ArrayMaxSize(1_000)
  @ValidateNested({ each: true })
  @Type(() => CriterionVerdictInput)
  verdicts!: CriterionVerdictInput[];
}

@Resolver()
export class AssessPracticeResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PracticePayload, {
    description:
      'Support Unit only: confirms or questions the owner’s answers to the quality criteria of a practice in review; a question sends it back to the owner with the questions as the reason, as requestPracticeChanges does.',
  })
  async assessPractice(@Args('input') input: AssessPracticeInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    const verdicts = input.verdicts.map((v) => ({ criterionKey: v.criterionKey, verdict: v.verdict, note: v.note ?? '' }));
    return sendPracticeCommand(this.commandBus, input.id, { type: 'AssessPractice', data: { verdicts } }, actor, { expectedRevision: input.expectedRevision });
  }
}
