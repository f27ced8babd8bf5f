import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { GlobalIdField, Text } from '@pfp/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsUUID, Matches, Min } from 'class-validator';

const SUBJECT_ID = /^[a-zA-Z]+-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EVENT_TYPE = /^[A-Z][A-Za-z]{2,79}$/;
export const MAX_SUBJECTS = 100;
export const MAX_EVENT_TYPES = 50;

@InputType({ isAbstract: true })
class WebhookFilterInput {
  @Field(() => [ID], {
    nullable: true,
    description: `Subject ids (a project, call or practice), at most ${MAX_SUBJECTS}; empty or absent: any the organisation may read.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SUBJECTS)
  @Matches(SUBJECT_ID, { each: true, message: 'each subject must be the id of a project, call or practice' })
  subjects?: string[];

  @Field(() => [String], { nullable: true, description: `Event types (ProjectUpdatePosted…), at most ${MAX_EVENT_TYPES}; empty or absent: all.` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_EVENT_TYPES)
  @Matches(EVENT_TYPE, { each: true, message: 'each event type must be an event name such as ProjectUpdatePosted' })
  eventTypes?: string[];
}

@InputType()
export class RegisterWebhookInput extends WebhookFilterInput {
  @Field({ description: 'An https URL whose host resolves to a public address.' })
  @Text({ max: 2000, required: true })
  url!: string;
}

@InputType()
export class UpdateWebhookInput extends WebhookFilterInput {
  @GlobalIdField('webhook')
  webhookId!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Text({ max: 2000, required: true })
  url?: string;

  @Field({ nullable: true, description: 'false stops deliveries; true resumes them (after a FAILING disable too).' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(-1)
  expectedRevision?: number;
}

@InputType()
export class DeleteWebhookInput {
  @GlobalIdField('webhook')
  webhookId!: string;
}

@InputType()
export class RedeliverWebhookInput {
  @Field(() => ID, { description: 'A WebhookDelivery id.' })
  @IsUUID('all', { message: 'must be a webhook delivery id' })
  deliveryId!: string;
}
