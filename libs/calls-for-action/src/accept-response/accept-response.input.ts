import { InputType } from '@nestjs/graphql';
import { GlobalIdField } from '@pfp/graphql';
import { CallRefInput } from '../shared/call-ref.input';

@InputType()
export class AcceptResponseInput extends CallRefInput {
  @GlobalIdField('organization', { description: 'The organisation whose response is accepted.' })
  organizationId!: string;
}
