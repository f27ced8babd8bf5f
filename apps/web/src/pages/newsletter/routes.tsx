import { lazy } from 'react';
import type { Route } from '../../router';

const NewsletterPage = lazy(() => import('./newsletter').then((module) => ({ default: module.NewsletterPage })));
const NewsletterIssuePage = lazy(() => import('./newsletter').then((module) => ({ default: module.NewsletterIssuePage })));
const ComposeNewsletterPage = lazy(() => import('./newsletter').then((module) => ({ default: module.ComposeNewsletterPage })));
const ConfirmSubscriptionPage = lazy(() => import('./newsletter').then((module) => ({ default: module.ConfirmSubscriptionPage })));
const UnsubscribePage = lazy(() => import('./newsletter').then((module) => ({ default: module.UnsubscribePage })));

export const NEWSLETTER_ROUTES: Route[] = [
  ['/newsletter', () => <NewsletterPage />],
  ['/newsletter/new', () => <ComposeNewsletterPage />],
  ['/newsletter/confirm', () => <ConfirmSubscriptionPage />],
  ['/newsletter/unsubscribe', () => <UnsubscribePage />],
  ['/newsletter/:id', ({ id }) => <NewsletterIssuePage id={id} />],
];
