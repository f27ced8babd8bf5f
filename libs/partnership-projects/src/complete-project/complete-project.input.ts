import { InputType } from '@nestjs/graphql';
import { ProjectRefInput } from '../shared/project-ref.input';

@InputType()
export class CompleteProjectInput extends ProjectRefInput {}
