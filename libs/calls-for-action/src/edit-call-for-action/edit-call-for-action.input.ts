import { InputType, IntersectionType } from '@nestjs/graphql';
import { CallContentInput } from '../shared/call-content.input';
import { CallRefInput } from '../shared/call-ref.input';

/** The whole content as it should stand, on the call and at the revision the poster edited. */
@InputType()
export class EditCallForActionInput extends IntersectionType(CallRefInput, CallContentInput) {}
