import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, connectionFromRows, pageWindow } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import { authorize, supportUnitOnly, type Actor } from '@pfp/kernel';
import { MAIL_LANGUAGES, type MailLanguage } from '@pfp/mail';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { NewsletterIssue, NewsletterIssueConnection, NewsletterPreview } from '../graphql-types';
import { NewsletterSender } from '../send-newsletter-issue/newsletter-sender';
import { requireIssue, type IssueRow } from './load-issue';

@ArgsType()
export class NewsletterIssuesArgs extends ConnectionArgs {
  @Field({ nullable: true, defaultValue: false, description: 'Drafts too, newest first before the sent issues (the Support Unit only; ignored for others).' })
  @IsOptional()
  @IsBoolean()
  includeDrafts?: boolean;
}

@ArgsType()
export class NewsletterPreviewArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  id!: string;

  @Field({ nullable: true, defaultValue: 'en' })
  @IsOptional()
  @IsIn([...MAIL_LANGUAGES], { message: 'must be one of ar, en, es, fr, ru, zh' })
  language?: string;
}

const isSupportUnit = (actor: Actor | null) => actor?.organizationKind === 'SUPPORT_UNIT';

/** The archive (public: sent issues, newest first), one issue, and the Support Unit's preview of a mail. */
@Resolver()
export class NewsletterIssuesResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sender: NewsletterSender,
  ) {}

  @Query(() => NewsletterIssueConnection, { description: 'Sent newsletter issues, newest first; the Support Unit may ask for its drafts too.' })
  async newsletterIssues(@Args() args: NewsletterIssuesArgs, @CurrentActor() actor: Actor | null): Promise<NewsletterIssueConnection> {
    const drafts = Boolean(args.includeDrafts) && isSupportUnit(actor);
    const { offset, limit } = pageWindow(args);
    const where = drafts ? 'TRUE' : `status = 'SENT'`;
    const rows = (await this.dataSource.query(
      `SELECT doc, revision FROM newsletter_issues WHERE ${where} ORDER BY sent_at DESC NULLS FIRST, drafted_at DESC, id LIMIT $1 OFFSET $2`,
      [limit, offset],
    )) as IssueRow[];
    const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM newsletter_issues WHERE ${where}`)) as Array<{ n: number }>;
    return connectionFromRows(
      rows.map((r) => NewsletterIssue.from(r.doc, r.revision, drafts)),
      n,
      offset,
    );
  }

  @Query(() => NewsletterIssue, { nullable: true, description: 'A sent issue (a draft for the Support Unit); null when there is none.' })
  async newsletterIssue(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor | null): Promise<NewsletterIssue | null> {
    const row = await requireIssue(this.dataSource, id, isSupportUnit(actor)).catch(() => null);
    return row ? NewsletterIssue.from(row.doc, row.revision, isSupportUnit(actor)) : null;
  }

  @Query(() => NewsletterPreview, {
    description: 'The mail of an issue as a subscriber reading `language` gets it: subject, HTML and text (the Support Unit only).',
  })
  async newsletterIssuePreview(@Args() args: NewsletterPreviewArgs, @CurrentActor() actor: Actor | null): Promise<NewsletterPreview> {
    authorize(supportUnitOnly, actor, null);
    const row = await requireIssue(this.dataSource, args.id, true);
    const language = (args.language ?? 'en') as MailLanguage;
    const mail = await this.sender.render(row.doc, language);
    return Object.assign(new NewsletterPreview(), { language, ...mail });
  }
}
