import { Field, ID, InputType } from '@nestjs/graphql';
import { GlobalIdField, globalIdPattern } from '@pfp/graphql';
import { ArrayMaxSize, IsArray, IsOptional, Matches } from 'class-validator';
import { CallContentInput } from '../shared/call-content.input';

@InputType()
export class PostCallForActionInput extends CallContentInput {
  @GlobalIdField('practice', { nullable: true, description: 'practice-<uuid>' })
  practiceId?: string | null;

  @Field(() => [ID], { nullable: true, defaultValue: [], description: 'Other states posting jointly; each confirms with confirmCoPosting.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  // GlobalIdField takes no default value: the list keeps `= []` in the schema with its pattern
  @Matches(globalIdPattern('organization'), { each: true, message: 'each id must be an organization id (organization-<uuid>)' })
  coPosterIds?: string[];
}
