import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import { ValidationError, type Actor } from '@pfp/kernel';
import { QualityCriteriaReader } from '@pfp/quality';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import type { CriterionAnswer } from '../domain/assessment';
import { CriterionAnswerInput } from '../shared/assessment.types';
import { sendPracticeCommand } from '../shared/practice-bus';
import { ExistingPracticeInput } from '../shared/practice.inputs';
import { PracticePayload } from '../shared/practice.types';

@InputType()
export class SubmitPracticeInput extends ExistingPracticeInput {
  @Field(() => [CriterionAnswerInput], {
    nullable: true,
    description: 'The owner’s answer to each quality criterion (qualityCriteria). Optional; when left out, the answers of the last submission stand.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1_000)
  @ValidateNested({ each: true })
  @Type(() => CriterionAnswerInput)
  answers?: CriterionAnswerInput[];
}

@Resolver()
export class SubmitPracticeResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly criteria: QualityCriteriaReader,
  ) {}

  @Mutation(() => PracticePayload, {
    description: 'Owner only: sends a complete draft (or a revised one) to the Support Unit for review, with its answers to the quality criteria.',
  })
  async submitPractice(@Args('input') input: SubmitPracticeInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    const answers: CriterionAnswer[] | undefined = input.answers?.map((a) => ({
      criterionKey: a.criterionKey,
      meets: a.meets,
      how: a.how ?? '',
      evidence: a.evidence ?? '',
      links: a.links ?? [],
    }));
    if (answers?.length && actor) {
      // the criteria are the quality context's: an answer names one in use
      const active = new Set((await this.criteria.active()).map((c) => c.key));
      const fields: Record<string, string> = {};
      answers.forEach((a, i) => {
        if (!active.has(a.criterionKey)) fields[`answers.${i}.criterionKey`] = 'no such quality criterion in use';
      });
      if (Object.keys(fields).length) throw new ValidationError('PRACTICE.INVALID', 'The answers to the quality criteria are not valid.', fields);
    }
    return sendPracticeCommand(this.commandBus, input.id, { type: 'SubmitPractice', data: answers ? { answers } : {} }, actor, {
      expectedRevision: input.expectedRevision,
    });
  }
}
