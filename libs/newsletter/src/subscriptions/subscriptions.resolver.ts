import { Args, Mutation, Resolver } from '@nestjs/graphql';
import {
  ConfirmNewsletterSubscriptionInput,
  ConfirmNewsletterSubscriptionPayload,
  SubscribeToNewsletterInput,
  SubscribeToNewsletterPayload,
  UnsubscribeFromNewsletterInput,
  UnsubscribeFromNewsletterPayload,
} from '../graphql-types';
import { NewsletterSubscriptions } from './subscriptions';

/** Anyone subscribes (double opt-in), confirms with the mailed link, and leaves with the link every issue carries. */
@Resolver()
export class NewsletterSubscriptionsResolver {
  constructor(private readonly subscriptions: NewsletterSubscriptions) {}

  @Mutation(() => SubscribeToNewsletterPayload, {
    description: 'Asks for the newsletter at an address: a confirmation link is mailed to it; the answer is the same whether or not it was known.',
  })
  async subscribeToNewsletter(@Args('input') input: SubscribeToNewsletterInput): Promise<SubscribeToNewsletterPayload> {
    await this.subscriptions.subscribe(input.email, input.language);
    return { accepted: true };
  }

  @Mutation(() => ConfirmNewsletterSubscriptionPayload, { description: 'Confirms a subscription with the token of the confirmation mail (again: no change).' })
  async confirmNewsletterSubscription(@Args('input') input: ConfirmNewsletterSubscriptionInput): Promise<ConfirmNewsletterSubscriptionPayload> {
    await this.subscriptions.confirm(input.token);
    return { confirmed: true };
  }

  @Mutation(() => UnsubscribeFromNewsletterPayload, {
    description: 'Leaves the newsletter with the token of an issue’s unsubscribe link; the address is erased.',
  })
  async unsubscribeFromNewsletter(@Args('input') input: UnsubscribeFromNewsletterInput): Promise<UnsubscribeFromNewsletterPayload> {
    await this.subscriptions.unsubscribe(input.token);
    return { unsubscribed: true };
  }
}
