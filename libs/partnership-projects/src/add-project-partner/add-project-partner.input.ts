import { Field, InputType } from '@nestjs/graphql';
import { GlobalIdField } from '@pfp/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ProjectRole } from '../graphql-types';
import { ProjectRefInput } from '../shared/project-ref.input';

@InputType()
export class AddProjectPartnerInput extends ProjectRefInput {
  @GlobalIdField('organization')
  organizationId!: string;

  @Field(() => ProjectRole, { nullable: true, defaultValue: ProjectRole.PARTNER })
  @IsOptional()
  @IsEnum(ProjectRole)
  role?: ProjectRole;
}
