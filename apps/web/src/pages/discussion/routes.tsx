import { lazy } from 'react';
import type { Route } from '../../router';

const ModerationQueuePage = lazy(() => import('./moderation-queue').then((module) => ({ default: module.ModerationQueuePage })));
const ConversationsPage = lazy(() => import('./conversations').then((module) => ({ default: module.ConversationsPage })));

export const DISCUSSION_ROUTES: Route[] = [
  ['/moderation', () => <ModerationQueuePage />],
  ['/my/conversations', () => <ConversationsPage />],
];
