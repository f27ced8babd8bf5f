import { lazy } from 'react';
import type { Route } from '../../router';

const OrganizationsPage = lazy(() => import('./organizations').then((module) => ({ default: module.OrganizationsPage })));
const AcceptInvitationPage = lazy(() => import('./tokens').then((module) => ({ default: module.AcceptInvitationPage })));
const ResetPasswordPage = lazy(() => import('./tokens').then((module) => ({ default: module.ResetPasswordPage })));
const ForgotPasswordPage = lazy(() => import('./tokens').then((module) => ({ default: module.ForgotPasswordPage })));

export const ORGANIZATION_ROUTES: Route[] = [
  ['/organizations', () => <OrganizationsPage />],
  ['/accept-invitation', () => <AcceptInvitationPage />],
  ['/reset-password', () => <ResetPasswordPage />],
  ['/forgot-password', () => <ForgotPasswordPage />],
];
