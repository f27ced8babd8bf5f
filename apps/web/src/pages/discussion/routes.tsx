import { lazy } from 'react';
import type { Route } from '../../router';

const ModerationQueuePage = lazy(() => import('./moderation-queue').then((module) => ({ default: module.ModerationQueuePage })));

export const DISCUSSION_ROUTES: Route[] = [['/moderation', () => <ModerationQueuePage />]];
