import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Layout } from './layout';
import { AccountSettingsPage, FeedPage, SignInPage } from './pages/account';
import { MyPracticesPage } from './pages/account-practices';
import { CallPage, CallsPage, PostCallPage } from './pages/calls';
import { HomePage } from './pages/home';
import { PracticeFormPage, PracticePage, PracticesPage } from './pages/practices';
import { ProjectPage, ProjectsPage } from './pages/projects';
import { OrganizationsPage, ReviewPage } from './pages/support';
import { match, RouterProvider, useLocation } from './router';
import { SessionProvider } from './session';
import { AcceptInvitationPage, ForgotPasswordPage, ResetPasswordPage } from './pages/tokens';

type Route = [pattern: string, render: (params: Record<string, string>) => ReactElement];

const ROUTES: Route[] = [
  ['/', () => <HomePage />],
  ['/practices', () => <PracticesPage />],
  ['/practices/new', () => <PracticeFormPage />],
  ['/practices/:id/edit', ({ id }) => <PracticeFormPage id={id} />],
  ['/practices/:id', ({ id }) => <PracticePage id={id} />],
  ['/calls', () => <CallsPage />],
  ['/calls/new', () => <PostCallPage />],
  ['/calls/:id', ({ id }) => <CallPage id={id} />],
  ['/projects', () => <ProjectsPage />],
  ['/projects/:id', ({ id }) => <ProjectPage id={id} />],
  ['/sign-in', () => <SignInPage />],
  ['/accept-invitation', () => <AcceptInvitationPage />],
  ['/reset-password', () => <ResetPasswordPage />],
  ['/forgot-password', () => <ForgotPasswordPage />],
  ['/my/practices', () => <MyPracticesPage />],
  ['/my/feed', () => <FeedPage />],
  ['/my/settings', () => <AccountSettingsPage />],
  ['/review', () => <ReviewPage />],
  ['/organizations', () => <OrganizationsPage />],
];

function NotFound() {
  const { t } = useTranslation();
  return (
    <Layout title={t('common.notFound')}>
      <h1>{t('common.notFound')}</h1>
    </Layout>
  );
}

function Routes() {
  const { path } = useLocation();
  for (const [pattern, render] of ROUTES) {
    const params = match(pattern, path);
    if (params) return render(params);
  }
  return <NotFound />;
}

export function App() {
  return (
    <RouterProvider>
      <SessionProvider>
        <Routes />
      </SessionProvider>
    </RouterProvider>
  );
}
