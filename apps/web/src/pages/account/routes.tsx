import { lazy } from 'react';
import type { Route } from '../../router';

const SignInPage = lazy(() => import('./account').then((module) => ({ default: module.SignInPage })));
const AccountSettingsPage = lazy(() => import('./account').then((module) => ({ default: module.AccountSettingsPage })));

export const ACCOUNT_ROUTES: Route[] = [
  ['/sign-in', () => <SignInPage />],
  ['/my/settings', () => <AccountSettingsPage />],
];
