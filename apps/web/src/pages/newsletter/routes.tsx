import { lazyPage } from '../../page-loading';
import type { Route } from '../../router';

const NewsletterPage = lazyPage(() => import('./newsletter').then((module) => ({ default: module.NewsletterPage })));
const NewsletterIssuePage = lazyPage(() => import('./newsletter').then((module) => ({ default: module.NewsletterIssuePage })));
const ComposeNewsletterPage = lazyPage(() => import('./newsletter').then((module) => ({ default: module.ComposeNewsletterPage })));
const ConfirmSubscriptionPage = lazyPage(() => import('./newsletter').then((module) => ({ default: module.ConfirmSubscriptionPage })));
const UnsubscribePage = lazyPage(() => import('./newsletter').then((module) => ({ default: module.UnsubscribePage })));

export const NEWSLETTER_ROUTES: Route[] = [
  ['/newsletter', () => <NewsletterPage />],
  ['/newsletter/new', () => <ComposeNewsletterPage />],
  ['/newsletter/confirm', () => <ConfirmSubscriptionPage />],
  ['/newsletter/unsubscribe', () => <UnsubscribePage />],
  ['/newsletter/:id', ({ id }) => <NewsletterIssuePage id={id} />],
];
