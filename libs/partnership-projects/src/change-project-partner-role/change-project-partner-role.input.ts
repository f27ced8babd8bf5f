import { Field, InputType } from '@nestjs/graphql';
import { GlobalIdField } from '@pfp/graphql';
import { IsEnum } from 'class-validator';
import { ProjectRole } from '../graphql-types';
import { ProjectRefInput } from '../shared/project-ref.input';

@InputType()
export class ChangeProjectPartnerRoleInput extends ProjectRefInput {
  @GlobalIdField('organization')
  organizationId!: string;

  @Field(() => ProjectRole, { description: 'PARTNER, FUNDER or IMPLEMENTER: the lead stays the lead.' })
  @IsEnum(ProjectRole)
  role!: ProjectRole;
}
