import { lazy } from 'react';
import type { Route } from '../../router';

const CallsPage = lazy(() => import('./calls').then((module) => ({ default: module.CallsPage })));
const CallPage = lazy(() => import('./calls').then((module) => ({ default: module.CallPage })));
const PostCallPage = lazy(() => import('./calls').then((module) => ({ default: module.PostCallPage })));

export const CALL_ROUTES: Route[] = [
  ['/calls', () => <CallsPage />],
  ['/calls/new', () => <PostCallPage />],
  ['/calls/:id', ({ id }) => <CallPage id={id} />],
];
