import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, InputType, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { aggregateCommands } from '@pfp/event-sourcing';
import { Text } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor, CommandRequest } from '@pfp/kernel';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { qualityCriteriaAggregate, type QualityCriteriaCommand } from '../domain/decide';
import { QUALITY_CRITERIA_ID, type CriterionLanguage } from '../domain/quality-criteria';
import { QUALITY_CRITERIA } from '../quality-criteria/quality-criteria.projection';
import { criterionView, QualityCriterionView } from '../quality-criteria/quality-criteria.resolver';

/** The criteria aggregate on the CommandBus; a mutation returns once the read model has it. */
export const QualityCriteriaCommands = aggregateCommands(qualityCriteriaAggregate, { readModels: [QUALITY_CRITERIA] });

@InputType()
export class QualityCriterionTextInput {
  @Field({ description: 'ar, en, es, fr, ru or zh.' })
  @IsString()
  @MaxLength(10)
  language!: string;

  @Field()
  @Text({ max: 10_000 })
  title!: string;

  @Field()
  @Text({ max: 10_000 })
  explanation!: string;
}

@InputType()
class CriterionKeyInput {
  @Field({ description: 'Lower-case letters, digits and hyphens (evidence-of-results).' })
  @IsString()
  @MaxLength(200)
  key!: string;

  @Field(() => Int, { nullable: true, description: 'The revision of the set read (qualityCriteriaRevision); a stale one is refused.' })
  @IsOptional()
  @IsInt()
  @Min(-1)
  expectedRevision?: number;
}

@InputType()
export class AddQualityCriterionInput extends CriterionKeyInput {
  @Field(() => [QualityCriterionTextInput], { description: 'A title and a short explanation in each of the six UN languages.' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => QualityCriterionTextInput)
  texts!: QualityCriterionTextInput[];
}

@InputType()
export class RewordQualityCriterionInput extends AddQualityCriterionInput {}

@InputType()
export class RetireQualityCriterionInput extends CriterionKeyInput {}

@ObjectType()
export class QualityCriterionPayload {
  @Field(() => QualityCriterionView)
  criterion!: QualityCriterionView;

  @Field(() => Int, { description: 'The revision of the set of criteria after the change.' })
  revision!: number;
}

const texts = (input: AddQualityCriterionInput) =>
  input.texts.map((t) => ({ language: t.language as CriterionLanguage, title: t.title, explanation: t.explanation }));

@Resolver()
export class QualityCriterionMutationsResolver {
  constructor(private readonly commandBus: CommandBus) {}

  private async send(
    request: CommandRequest<QualityCriteriaCommand>,
    key: string,
    actor: Actor | null,
    expectedRevision?: number,
  ): Promise<QualityCriterionPayload> {
    const outcome = await this.commandBus.execute(new QualityCriteriaCommands.Command(QUALITY_CRITERIA_ID, request, actor, { expectedRevision }));
    const criterion = outcome.state.criteria.find((c) => c.key === key)!;
    return { criterion: criterionView(criterion, 'en'), revision: outcome.revision };
  }

  @Mutation(() => QualityCriterionPayload, { description: 'Support Unit only: adds a quality criterion, titled and explained in the six UN languages.' })
  addQualityCriterion(@Args('input') input: AddQualityCriterionInput, @CurrentActor() actor: Actor | null): Promise<QualityCriterionPayload> {
    return this.send({ type: 'AddQualityCriterion', data: { key: input.key, texts: texts(input) } }, input.key, actor, input.expectedRevision);
  }

  @Mutation(() => QualityCriterionPayload, { description: 'Support Unit only: rewords a criterion in use (all six languages at once).' })
  rewordQualityCriterion(@Args('input') input: RewordQualityCriterionInput, @CurrentActor() actor: Actor | null): Promise<QualityCriterionPayload> {
    return this.send({ type: 'RewordQualityCriterion', data: { key: input.key, texts: texts(input) } }, input.key, actor, input.expectedRevision);
  }

  @Mutation(() => QualityCriterionPayload, { description: 'Support Unit only: retires a criterion; it is no longer asked, past answers stay.' })
  retireQualityCriterion(@Args('input') input: RetireQualityCriterionInput, @CurrentActor() actor: Actor | null): Promise<QualityCriterionPayload> {
    return this.send({ type: 'RetireQualityCriterion', data: { key: input.key } }, input.key, actor, input.expectedRevision);
  }
}
