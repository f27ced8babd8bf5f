import { lazyPage } from '../../page-loading';
import type { Route } from '../../router';

const ModerationQueuePage = lazyPage(() => import('./moderation-queue').then((module) => ({ default: module.ModerationQueuePage })));
const ConversationsPage = lazyPage(() => import('./conversations').then((module) => ({ default: module.ConversationsPage })));

export const DISCUSSION_ROUTES: Route[] = [
  ['/moderation', () => <ModerationQueuePage />],
  ['/my/conversations', () => <ConversationsPage />],
];
