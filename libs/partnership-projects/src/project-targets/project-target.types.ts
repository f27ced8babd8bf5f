import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { graphqlEnum, IsoDate, Text } from '@pfp/graphql';
import { IsNumber, IsString, Matches, MaxLength } from 'class-validator';
import { PROJECT_TARGET_STATUSES, TARGET_STATUSES, type ProjectTargetStatus as ProjectStatusValue, type TargetStatus as StatusValue } from '../domain/targets';
import { ProjectRefInput } from '../shared/project-ref.input';

export const TargetStatus = graphqlEnum('TargetStatus', TARGET_STATUSES, {
  description: 'Computed from the values reported and the dates (README, "Targets and status"): ON_TRACK, AT_RISK, OFF_TRACK or MET.',
});
export const ProjectTargetStatus = graphqlEnum('ProjectTargetStatus', PROJECT_TARGET_STATUSES, {
  description: 'The worst status of the targets in use (MET when all are met), NO_TARGETS without any.',
});

@ObjectType()
export class TargetReading {
  @Field(() => Float)
  value!: number;

  @Field({ description: 'When the update reporting it was posted.' })
  at!: Date;
}

@ObjectType({ description: 'A measurable target of a project: from a baseline to a value by a date, serving a GCM objective or SDG target.' })
export class ProjectTarget {
  @Field({ description: 'Its key within the project (officials-trained).' })
  id!: string;

  @Field()
  indicator!: string;

  @Field()
  unit!: string;

  @Field(() => Float)
  baseline!: number;

  @Field(() => Float)
  targetValue!: number;

  @Field({ description: 'YYYY-MM-DD.' })
  targetDate!: string;

  @Field({ description: 'The taxonomy id of the GCM objective or SDG target it serves (gcm-7, sdg-10.7).' })
  serves!: string;

  @Field(() => Float, { nullable: true, description: 'The latest value reported; null before any.' })
  current!: number | null;

  @Field(() => [TargetReading], { description: 'Every value reported, oldest first: the series the project page draws.' })
  readings!: TargetReading[];

  @Field(() => TargetStatus)
  status!: StatusValue;

  @Field()
  retired!: boolean;
}

@InputType()
export class SetProjectTargetInput extends ProjectRefInput {
  @Field({ description: 'Lower-case letters, digits and hyphens; the same id changes the target.' })
  @IsString()
  @MaxLength(200)
  targetId!: string;

  @Field()
  @Text({ max: 200, required: true })
  indicator!: string;

  @Field({ description: 'e.g. "officials", "USD".' })
  @Text({ max: 100, required: true })
  unit!: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  baseline!: number;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  targetValue!: number;

  @Field({ description: 'YYYY-MM-DD.' })
  @IsoDate()
  targetDate!: string;

  @Field({ description: 'A GCM objective (gcm-1 .. gcm-23) or SDG target (sdg-10.7) of the taxonomy.' })
  @IsString()
  @MaxLength(100)
  serves!: string;
}

@InputType()
export class RetireProjectTargetInput extends ProjectRefInput {
  @Field()
  @IsString()
  @MaxLength(200)
  targetId!: string;
}

@InputType({ description: 'The value a target has reached, as of this update (not an increment).' })
export class ProgressValueInput {
  @Field()
  @IsString()
  @MaxLength(200)
  @Matches(/^\S+$/, { message: 'must be the id of a target' })
  targetId!: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;
}

export type { ProjectStatusValue };
