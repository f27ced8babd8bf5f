import { InputType } from '@nestjs/graphql';
import { RespondToCallForActionInput } from '../respond-to-call/respond-to-call.input';

@InputType()
export class EditResponseInput extends RespondToCallForActionInput {}
