import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum, Text } from '@pfp/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsString, MaxLength } from 'class-validator';
import { ASSESSMENT_STATUSES, summarise, VERDICTS, type Assessment, type AssessmentStatus, type VerdictKind } from '../domain/assessment';

export const CriterionVerdict = graphqlEnum('CriterionVerdict', VERDICTS, {
  description: 'The Support Unit on one answer: CONFIRMED, or QUESTIONED with a note.',
});
export const PracticeAssessmentStatus = graphqlEnum('PracticeAssessmentStatus', ASSESSMENT_STATUSES, {
  description:
    'NOT_ANSWERED; AWAITING_REVIEW (no verdict yet); PARTLY_CONFIRMED; QUESTIONED (sent back); CONFIRMED (every answer confirmed by the Support Unit).',
});

@InputType({ description: 'The owner on one quality criterion: whether and how the practice meets it, with evidence.' })
export class CriterionAnswerInput {
  @Field({ description: 'The key of a quality criterion in use (qualityCriteria).' })
  @IsString()
  @MaxLength(200)
  criterionKey!: string;

  @Field()
  @IsBoolean()
  meets!: boolean;

  @Field({ defaultValue: '', description: 'How the practice meets it (required when it does), or why not.' })
  @Text({ max: 100_000 })
  how: string = '';

  @Field({ defaultValue: '' })
  @Text({ max: 100_000 })
  evidence: string = '';

  @Field(() => [String], { defaultValue: [], description: 'https links to the evidence.' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(10_000, { each: true })
  links: string[] = [];
}

@InputType({ description: 'The Support Unit on one answer of the owner.' })
export class CriterionVerdictInput {
  @Field()
  @IsString()
  @MaxLength(200)
  criterionKey!: string;

  @Field(() => CriterionVerdict)
  @IsEnum(CriterionVerdict)
  verdict!: VerdictKind;

  @Field({ defaultValue: '', description: 'Required to question: what the owner should answer.' })
  @Text({ max: 100_000 })
  note: string = '';
}

@ObjectType({ description: 'The owner’s answer to one quality criterion and the Support Unit’s verdict on it.' })
export class PracticeCriterionAnswer {
  @Field()
  criterionKey!: string;

  @Field()
  meets!: boolean;

  @Field()
  how!: string;

  @Field()
  evidence!: string;

  @Field(() => [String])
  links!: string[];

  @Field(() => CriterionVerdict, { nullable: true, description: 'Null until the Support Unit has judged the answer.' })
  verdict!: VerdictKind | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ description: 'How the practice meets the quality criteria: "meets 5 of 7 criteria, confirmed by the Support Unit".' })
export class PracticeAssessment {
  @Field(() => [PracticeCriterionAnswer])
  answers!: PracticeCriterionAnswer[];

  @Field(() => Int, { description: 'Criteria answered.' })
  answered!: number;

  @Field(() => Int, { description: 'Criteria the owner says the practice meets.' })
  meets!: number;

  @Field(() => Int)
  confirmed!: number;

  @Field(() => Int)
  questioned!: number;

  @Field(() => PracticeAssessmentStatus)
  status!: AssessmentStatus;

  @Field({ description: 'In English, e.g. "meets 5 of 7 criteria, confirmed by the Support Unit".' })
  label!: string;

  @Field(() => Date, { nullable: true })
  assessedAt!: Date | null;
}

export function presentAssessment(assessment: Assessment | null | undefined): PracticeAssessment | null {
  if (!assessment) return null;
  return { answers: assessment.answers, ...summarise(assessment), assessedAt: assessment.assessedAt ? new Date(assessment.assessedAt) : null };
}
