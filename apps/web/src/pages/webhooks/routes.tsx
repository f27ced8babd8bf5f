import { lazyPage } from '../../page-loading';
import type { Route } from '../../router';

const WebhooksPage = lazyPage(() => import('./webhooks').then((module) => ({ default: module.WebhooksPage })));
const WebhookPage = lazyPage(() => import('./webhook-page').then((module) => ({ default: module.WebhookPage })));

export const WEBHOOK_ROUTES: Route[] = [
  ['/my/webhooks', () => <WebhooksPage />],
  ['/my/webhooks/:id', ({ id }) => <WebhookPage id={id} />],
];
