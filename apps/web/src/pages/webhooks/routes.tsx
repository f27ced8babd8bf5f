import { lazy } from 'react';
import type { Route } from '../../router';

const WebhooksPage = lazy(() => import('./webhooks').then((module) => ({ default: module.WebhooksPage })));
const WebhookPage = lazy(() => import('./webhook-page').then((module) => ({ default: module.WebhookPage })));

export const WEBHOOK_ROUTES: Route[] = [
  ['/my/webhooks', () => <WebhooksPage />],
  ['/my/webhooks/:id', ({ id }) => <WebhookPage id={id} />],
];
