import { InputType } from '@nestjs/graphql';
import { ProjectRefInput } from '../shared/project-ref.input';

@InputType()
export class LeaveProjectInput extends ProjectRefInput {}
