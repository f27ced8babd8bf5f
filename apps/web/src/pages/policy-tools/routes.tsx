import { lazy } from 'react';
import type { Route } from '../../router';

const PolicyToolsPage = lazy(() => import('./library').then((module) => ({ default: module.PolicyToolsPage })));
const ToolPage = lazy(() => import('./tool-page').then((module) => ({ default: module.ToolPage })));
const ToolFormPage = lazy(() => import('./tool-form').then((module) => ({ default: module.ToolFormPage })));
const ProfilesPage = lazy(() => import('./profiles').then((module) => ({ default: module.ProfilesPage })));
const MyToolsPage = lazy(() => import('./my-tools').then((module) => ({ default: module.MyToolsPage })));

export const POLICY_TOOL_ROUTES: Route[] = [
  ['/tools', () => <PolicyToolsPage />],
  ['/tools/profiles', () => <ProfilesPage />],
  ['/tools/new', () => <ToolFormPage />],
  ['/tools/:id/edit', ({ id }) => <ToolFormPage id={id} />],
  ['/tools/:id', ({ id }) => <ToolPage id={id} />],
  ['/my/tools', () => <MyToolsPage />],
];
