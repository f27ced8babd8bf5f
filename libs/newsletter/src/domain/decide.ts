import { ConflictError, isBlank, NotFoundError, ValidationError, type Aggregate } from '@pfp/kernel';
import type { NewsletterIssueCommand } from './commands';
import { NEWSLETTER_ERRORS } from './errors';
import { evolveNewsletterIssue, initialNewsletterIssueState, type IssueItem, type NewsletterIssueEvent, type NewsletterIssueState } from './newsletter-issue';
import { newsletterIssuePolicies } from './policies';

const requireTitle = (title: string) => {
  if (isBlank(title)) throw new ValidationError(NEWSLETTER_ERRORS.TITLE, 'An issue needs a title.', { title: 'must not be blank' });
};

/** The gathered items `ids` names, in that order; an id the draft did not gather is refused (naming it). */
function pick(items: IssueItem[], ids: string[]): IssueItem[] {
  const byId = new Map(items.map((i) => [i.subjectId, i]));
  return [...new Set(ids)].map((id) => {
    const item = byId.get(id);
    if (!item)
      throw new ValidationError(NEWSLETTER_ERRORS.UNKNOWN_ITEM, 'An issue lists only what was published in its period.', {
        itemIds: `${id} is not in this issue`,
      });
    return item;
  });
}

export function decideNewsletterIssue(command: NewsletterIssueCommand, state: NewsletterIssueState): NewsletterIssueEvent[] {
  switch (command.type) {
    case 'DraftNewsletterIssue': {
      if (state.status !== 'NONE') throw new ConflictError(NEWSLETTER_ERRORS.ALREADY_DRAFTED, 'This issue already exists.');
      requireTitle(command.data.title);
      const { title, introduction, items, coversFrom, coversUntil } = command.data;
      return [
        {
          type: 'NewsletterIssueDrafted',
          data: { title, introduction, items, coversFrom, coversUntil, draftedBy: command.actor!.accountId, draftedAt: command.at },
        },
      ];
    }
    case 'EditNewsletterIssue': {
      if (state.status === 'NONE') throw new NotFoundError(NEWSLETTER_ERRORS.NOT_FOUND, 'There is no such newsletter issue.');
      if (state.status === 'SENT') throw new ConflictError(NEWSLETTER_ERRORS.ALREADY_SENT, 'A sent issue no longer changes.');
      const issue = state.issue;
      const { title = issue.title, introduction = issue.introduction, itemIds } = command.data;
      requireTitle(title);
      // the kept items come from what the draft gathered, even those an earlier edit dropped
      const items = itemIds ? pick(issue.gathered, itemIds) : issue.items;
      const same =
        title === issue.title && introduction === issue.introduction && items.map((i) => i.subjectId).join() === issue.items.map((i) => i.subjectId).join();
      return same ? [] : [{ type: 'NewsletterIssueEdited', data: { title, introduction, items, editedAt: command.at } }];
    }
    case 'SendNewsletterIssue':
      if (state.status === 'NONE') throw new NotFoundError(NEWSLETTER_ERRORS.NOT_FOUND, 'There is no such newsletter issue.');
      if (state.status === 'SENT') throw new ConflictError(NEWSLETTER_ERRORS.ALREADY_SENT, 'This issue was sent already.');
      if (state.issue.items.length === 0 && isBlank(state.issue.introduction))
        throw new ValidationError(NEWSLETTER_ERRORS.EMPTY, 'An issue with nothing in it is not sent.', { items: 'must not be empty' });
      return [{ type: 'NewsletterIssueSent', data: { sentBy: command.actor!.accountId, sentAt: command.at } }];
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${(unknown as NewsletterIssueCommand).type}`);
    }
  }
}

export const newsletterIssueAggregate: Aggregate<NewsletterIssueState, NewsletterIssueCommand, NewsletterIssueEvent> = {
  category: 'newsletterIssue',
  initialState: initialNewsletterIssueState,
  decide: decideNewsletterIssue,
  evolve: evolveNewsletterIssue,
  policies: newsletterIssuePolicies,
};
