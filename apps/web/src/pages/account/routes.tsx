import { lazyPage } from '../../page-loading';
import type { Route } from '../../router';

const SignInPage = lazyPage(() => import('./account').then((module) => ({ default: module.SignInPage })));
const AccountSettingsPage = lazyPage(() => import('./account').then((module) => ({ default: module.AccountSettingsPage })));

export const ACCOUNT_ROUTES: Route[] = [
  ['/sign-in', () => <SignInPage />],
  ['/my/settings', () => <AccountSettingsPage />],
];
