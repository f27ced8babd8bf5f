import { InputType } from '@nestjs/graphql';
import { GlobalIdField } from '@pfp/graphql';
import { ProjectRefInput } from '../shared/project-ref.input';

@InputType()
export class RemoveProjectPartnerInput extends ProjectRefInput {
  @GlobalIdField('organization')
  organizationId!: string;
}
