import { ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Contributions } from '@pfp/contributions';
import { FeedItem } from '../graphql-types';

/** Where the site shows a feed item's subject, from the subject's own context (follows knows none). */
@Resolver(() => FeedItem)
export class FeedItemResolver {
  constructor(private readonly contributions: Contributions) {}

  @ResolveField(() => ID, {
    nullable: true,
    description: 'The subject whose page tells of it: the subject itself, or for a discussion the practice, call, project or tool discussed; null for a conversation (the inbox).',
  })
  pageSubjectId(@Parent() item: FeedItem): Promise<string | null> {
    const subject = this.contributions.subjectOf(item.subjectId);
    return subject?.pageSubjectOf ? subject.pageSubjectOf(item.subjectId) : Promise.resolve(item.subjectId);
  }
}
