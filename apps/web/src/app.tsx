import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Layout, PendingPage } from './layout';
import { ACCOUNT_ROUTES } from './pages/account/routes';
import { CALL_ROUTES } from './pages/calls/routes';
import { DISCUSSION_ROUTES } from './pages/discussion/routes';
import { FEED_ROUTES } from './pages/feed/routes';
import { FIGURES_ROUTES } from './pages/figures/routes';
import { ViewCounter } from './pages/figures/record-view';
import { HOME_ROUTES } from './pages/home/routes';
import { NEWSLETTER_ROUTES } from './pages/newsletter/routes';
import { OPEN_DATA_ROUTES } from './pages/open-data/routes';
import { ORGANIZATION_ROUTES } from './pages/organizations/routes';
import { POLICY_TOOL_ROUTES } from './pages/policy-tools/routes';
import { PRACTICE_ROUTES } from './pages/practices/routes';
import { PROJECT_ROUTES } from './pages/projects/routes';
import { SEARCH_ROUTES } from './pages/search/routes';
import { WEBHOOK_ROUTES } from './pages/webhooks/routes';
import { PageBoundary } from './page-loading';
import { Link, match, RouterProvider, useLocation, type Route } from './router';
import { SessionProvider } from './session';
import { FeedStatusProvider } from './feed-status';
/** Each area's pages, loaded when first visited; the order matters only where patterns overlap. */
const ROUTES: Route[] = [
  ...HOME_ROUTES,
  ...PRACTICE_ROUTES,
  ...CALL_ROUTES,
  ...PROJECT_ROUTES,
  ...FEED_ROUTES,
  ...NEWSLETTER_ROUTES,
  ...ACCOUNT_ROUTES,
  ...ORGANIZATION_ROUTES,
  ...OPEN_DATA_ROUTES,
  ...DISCUSSION_ROUTES,
  ...POLICY_TOOL_ROUTES,
  ...WEBHOOK_ROUTES,
  ...FIGURES_ROUTES,
  ...SEARCH_ROUTES,
];

/** What shows while a page's code arrives (the layout stays, so nothing jumps). */
function Loading() {
  const { t } = useTranslation();
  return <PendingPage title={t('common.loading')} query={{ loading: true, error: null }} />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Layout title={t('common.notFound')}>
      <h1>{t('common.notFound')}</h1>
      <p>{t('common.notFoundText')}</p>
      <p>
        <Link href="/">{t('common.backHome')}</Link>
      </p>
    </Layout>
  );
}

function Routes() {
  const { path } = useLocation();
  for (const [pattern, render] of ROUTES) {
    const params = match(pattern, path);
    if (params)
      return (
        <PageBoundary path={path}>
          <Suspense fallback={<Loading />}>{render(params)}</Suspense>
        </PageBoundary>
      );
  }
  return <NotFound />;
}

export function App() {
  return (
    <RouterProvider>
      <ViewCounter />
      <SessionProvider>
        <FeedStatusProvider>
          <Routes />
        </FeedStatusProvider>
      </SessionProvider>
    </RouterProvider>
  );
}
