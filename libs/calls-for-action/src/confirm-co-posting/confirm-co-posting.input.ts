import { InputType } from '@nestjs/graphql';
import { CallRefInput } from '../shared/call-ref.input';

@InputType()
export class ConfirmCoPostingInput extends CallRefInput {}
