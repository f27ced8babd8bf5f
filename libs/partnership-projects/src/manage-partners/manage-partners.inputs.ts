import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Matches, Min } from 'class-validator';
import { ProjectRole } from '../graphql-types';

const PROJECT_ID = /^project-[0-9a-f-]{36}$/;

@InputType()
export class ProjectRefInput {
  @Field(() => ID)
  @Matches(PROJECT_ID, { message: 'projectId must be a project id' })
  projectId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(-1)
  expectedRevision?: number;
}

@InputType()
export class AddProjectPartnerInput extends ProjectRefInput {
  @Field(() => ID)
  @Matches(/^organization-[0-9a-f-]{36}$/)
  organizationId!: string;

  @Field(() => ProjectRole, { nullable: true, defaultValue: ProjectRole.PARTNER })
  @IsOptional()
  @IsEnum(ProjectRole)
  role?: ProjectRole;
}

@InputType()
export class LeaveProjectInput extends ProjectRefInput {}
