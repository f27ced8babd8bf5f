import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GlobalIdField, Paginated, Text } from '@pfp/graphql';
import { MAIL_LANGUAGES } from '@pfp/mail';
import { ArrayMaxSize, IsEmail, IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import type { NewsletterIssueDocument } from './newsletter-issues/newsletter-issues.projection';

export enum NewsletterIssueStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
}
registerEnumType(NewsletterIssueStatus, { name: 'NewsletterIssueStatus' });

export const MAX_TITLE = 200;
export const MAX_INTRODUCTION = 5000;
export const MAX_ITEMS = 500;

@ObjectType({ description: 'A publication an issue lists: its subject, as it read when the issue was drafted.' })
export class NewsletterItem {
  @Field(() => ID) subjectId!: string;
  @Field({ description: 'PRACTICE, CALL_FOR_ACTION, PROJECT, POLICY_TOOL_EDITION or FIGURE.' }) kind!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field({ description: "The subject's page, from the site's root." }) path!: string;
  @Field() publishedAt!: Date;
}

@ObjectType({ description: 'An issue of the newsletter: a draft (the Support Unit only) or sent (public).' })
export class NewsletterIssue {
  @Field(() => ID) id!: string;
  @Field(() => NewsletterIssueStatus) status!: NewsletterIssueStatus;
  @Field() title!: string;
  @Field({ description: 'Plain text, as the Support Unit wrote it.' }) introduction!: string;
  @Field(() => [NewsletterItem]) items!: NewsletterItem[];
  @Field(() => [NewsletterItem], { description: 'Everything the draft gathered (an edit keeps, drops and orders these); for the Support Unit.' })
  gathered!: NewsletterItem[];
  @Field(() => Date, { nullable: true, description: 'It lists what was published from then (null: from the beginning)…' }) coversFrom!: Date | null;
  @Field({ description: '…until then.' }) coversUntil!: Date;
  @Field() draftedAt!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field(() => Int) revision!: number;

  static from(doc: NewsletterIssueDocument, revision: number, forSupportUnit: boolean): NewsletterIssue {
    const item = (i: NewsletterIssueDocument['items'][number]): NewsletterItem => ({ ...i, publishedAt: new Date(i.publishedAt) });
    return Object.assign(new NewsletterIssue(), {
      id: doc.id,
      status: doc.status as NewsletterIssueStatus,
      title: doc.title,
      introduction: doc.introduction,
      items: doc.items.map(item),
      gathered: forSupportUnit ? doc.gathered.map(item) : [],
      coversFrom: doc.coversFrom ? new Date(doc.coversFrom) : null,
      coversUntil: new Date(doc.coversUntil),
      draftedAt: new Date(doc.draftedAt),
      sentAt: doc.sentAt ? new Date(doc.sentAt) : null,
      revision,
    });
  }
}

@ObjectType()
export class NewsletterIssueConnection extends Paginated(NewsletterIssue) {}

@ObjectType()
export class NewsletterIssuePayload {
  @Field(() => NewsletterIssue) newsletterIssue!: NewsletterIssue;
  @Field(() => Int) revision!: number;
}

@ObjectType()
export class SendNewsletterIssuePayload extends NewsletterIssuePayload {
  @Field(() => Int, { description: 'How many confirmed subscribers it was sent to.' }) recipients!: number;
}

@ObjectType({ description: 'An issue as a subscriber reading `language` receives it.' })
export class NewsletterPreview {
  @Field() language!: string;
  @Field() subject!: string;
  @Field() html!: string;
  @Field() text!: string;
}

@ObjectType({ description: 'The same answer whether or not the address was known: a confirmation mail is on its way if one is needed.' })
export class SubscribeToNewsletterPayload {
  @Field() accepted!: boolean;
}

@ObjectType()
export class ConfirmNewsletterSubscriptionPayload {
  @Field() confirmed!: boolean;
}

@ObjectType()
export class UnsubscribeFromNewsletterPayload {
  @Field() unsubscribed!: boolean;
}

@InputType()
export class DraftNewsletterIssueInput {
  @Field({ description: `At most ${MAX_TITLE} characters.` })
  @Text({ max: MAX_TITLE, required: true })
  title!: string;

  @Field({ nullable: true, description: `Plain text, at most ${MAX_INTRODUCTION} characters.` })
  @IsOptional()
  @Text({ max: MAX_INTRODUCTION })
  introduction?: string;
}

@InputType()
export class EditNewsletterIssueInput {
  @GlobalIdField('newsletterIssue')
  issueId!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Text({ max: MAX_TITLE, required: true })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Text({ max: MAX_INTRODUCTION })
  introduction?: string;

  @Field(() => [ID], { nullable: true, description: 'The gathered items to keep, in this order (subject ids).' })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  itemIds?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(-1)
  expectedRevision?: number;
}

@InputType()
export class SendNewsletterIssueInput {
  @GlobalIdField('newsletterIssue')
  issueId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(-1)
  expectedRevision?: number;
}

@InputType()
export class SubscribeToNewsletterInput {
  @Field()
  @MaxLength(254)
  @IsEmail({}, { message: 'must be an e-mail address' })
  email!: string;

  @Field({ nullable: true, defaultValue: 'en', description: 'The language of its mails: ar, en, es, fr, ru or zh.' })
  @IsOptional()
  @IsIn([...MAIL_LANGUAGES], { message: 'must be one of ar, en, es, fr, ru, zh' })
  language?: string;
}

@InputType({ isAbstract: true })
class NewsletterTokenInput {
  @Field({ description: 'The token of the link in the mail.' })
  @IsString()
  @MaxLength(1000)
  token!: string;
}

@InputType()
export class ConfirmNewsletterSubscriptionInput extends NewsletterTokenInput {}

@InputType()
export class UnsubscribeFromNewsletterInput extends NewsletterTokenInput {}
