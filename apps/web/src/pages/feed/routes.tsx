import { lazyPage } from '../../page-loading';
import type { Route } from '../../router';

const FeedPage = lazyPage(() => import('./feed').then((module) => ({ default: module.FeedPage })));

export const FEED_ROUTES: Route[] = [['/my/feed', () => <FeedPage />]];
