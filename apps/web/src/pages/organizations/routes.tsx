import { lazy } from 'react';
import type { Route } from '../../router';

const OrganizationsPage = lazy(() => import('./organizations').then((module) => ({ default: module.OrganizationsPage })));
const OrganizationPage = lazy(() => import('./organization-page').then((module) => ({ default: module.OrganizationPage })));
const CountryPage = lazy(() => import('./country-page').then((module) => ({ default: module.CountryPage })));
const AccountRequestsPage = lazy(() => import('./account-requests').then((module) => ({ default: module.AccountRequestsPage })));
const RequestAccountPage = lazy(() => import('./account-requests').then((module) => ({ default: module.RequestAccountPage })));
const AcceptInvitationPage = lazy(() => import('./tokens').then((module) => ({ default: module.AcceptInvitationPage })));
const ResetPasswordPage = lazy(() => import('./tokens').then((module) => ({ default: module.ResetPasswordPage })));
const ForgotPasswordPage = lazy(() => import('./tokens').then((module) => ({ default: module.ForgotPasswordPage })));

/** `/organizations/requests` before `/organizations/:id`, which would take it. */
export const ORGANIZATION_ROUTES: Route[] = [
  ['/organizations', () => <OrganizationsPage />],
  ['/organizations/requests', () => <AccountRequestsPage />],
  ['/organizations/:id', ({ id }) => <OrganizationPage id={id} />],
  ['/countries/:code', ({ code }) => <CountryPage code={code} />],
  ['/request-account', () => <RequestAccountPage />],
  ['/accept-invitation', () => <AcceptInvitationPage />],
  ['/reset-password', () => <ResetPasswordPage />],
  ['/forgot-password', () => <ForgotPasswordPage />],
];
