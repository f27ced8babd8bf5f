import { lazyPage } from '../../page-loading';
import type { Route } from '../../router';

const OrganizationsPage = lazyPage(() => import('./organizations').then((module) => ({ default: module.OrganizationsPage })));
const OrganizationPage = lazyPage(() => import('./organization-page').then((module) => ({ default: module.OrganizationPage })));
const CountryPage = lazyPage(() => import('./country-page').then((module) => ({ default: module.CountryPage })));
const AccountRequestsPage = lazyPage(() => import('./account-requests').then((module) => ({ default: module.AccountRequestsPage })));
const RequestAccountPage = lazyPage(() => import('./account-requests').then((module) => ({ default: module.RequestAccountPage })));
const AcceptInvitationPage = lazyPage(() => import('./tokens').then((module) => ({ default: module.AcceptInvitationPage })));
const ResetPasswordPage = lazyPage(() => import('./tokens').then((module) => ({ default: module.ResetPasswordPage })));
const ForgotPasswordPage = lazyPage(() => import('./tokens').then((module) => ({ default: module.ForgotPasswordPage })));

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
