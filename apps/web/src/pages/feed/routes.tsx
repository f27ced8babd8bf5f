import { lazy } from 'react';
import type { Route } from '../../router';

const FeedPage = lazy(() => import('./feed').then((module) => ({ default: module.FeedPage })));

export const FEED_ROUTES: Route[] = [['/my/feed', () => <FeedPage />]];
