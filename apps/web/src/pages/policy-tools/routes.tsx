import { lazyPage } from '../../page-loading';
import type { Route } from '../../router';

const PolicyToolsPage = lazyPage(() => import('./library').then((module) => ({ default: module.PolicyToolsPage })));
const ToolPage = lazyPage(() => import('./tool-page').then((module) => ({ default: module.ToolPage })));
const ToolFormPage = lazyPage(() => import('./tool-form').then((module) => ({ default: module.ToolFormPage })));
const ProfilesPage = lazyPage(() => import('./profiles').then((module) => ({ default: module.ProfilesPage })));
const MyToolsPage = lazyPage(() => import('./my-tools').then((module) => ({ default: module.MyToolsPage })));

export const POLICY_TOOL_ROUTES: Route[] = [
  ['/tools', () => <PolicyToolsPage />],
  ['/tools/profiles', () => <ProfilesPage />],
  ['/tools/new', () => <ToolFormPage />],
  ['/tools/:id/edit', ({ id }) => <ToolFormPage id={id} />],
  ['/tools/:id', ({ id }) => <ToolPage id={id} />],
  ['/my/tools', () => <MyToolsPage />],
];
