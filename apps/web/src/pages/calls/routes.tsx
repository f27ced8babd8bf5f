import { lazyPage } from '../../page-loading';
import type { Route } from '../../router';

const CallsPage = lazyPage(() => import('./calls').then((module) => ({ default: module.CallsPage })));
const CallPage = lazyPage(() => import('./calls').then((module) => ({ default: module.CallPage })));
const PostCallPage = lazyPage(() => import('./calls').then((module) => ({ default: module.PostCallPage })));

export const CALL_ROUTES: Route[] = [
  ['/calls', () => <CallsPage />],
  ['/calls/new', () => <PostCallPage />],
  ['/calls/:id', ({ id }) => <CallPage id={id} />],
];
