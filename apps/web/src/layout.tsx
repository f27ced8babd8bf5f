import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from './api';
import { useFeedStatus } from './feed-status';
import { changeLanguage, LANGUAGES } from './i18n';
import { formatNumber } from './intl';
import { Link, navigate, useLocation } from './router';
import { isSupportUnit, useSession } from './session';
import { QueryState, type QueryStatus } from './ui';

let focusedPath = window.location.pathname;
/** Set by the first navigation: from then on a page that mounts without focus takes it. */
let navigated = false;

const LANGUAGE_NAMES: Record<string, string> = { ar: 'العربية', en: 'English', es: 'Español', fr: 'Français', ru: 'Русский', zh: '中文' };

function NavLink({ href, children, label }: { href: string; children: ReactNode; label?: string }) {
  const { path } = useLocation();
  const current = href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
  return (
    <li>
      <Link href={href} aria-current={current ? 'page' : undefined} aria-label={label}>
        {children}
      </Link>
    </li>
  );
}

/** "Feed" with a badge of the unread count; its accessible name says it: "Feed, 3 unread". */
function FeedLink() {
  const { t, i18n } = useTranslation();
  const { unread } = useFeedStatus();
  const count = formatNumber(unread, i18n.language);
  return (
    <NavLink href="/my/feed" label={unread > 0 ? t('nav.feedUnread', { feed: t('nav.feed'), count }) : undefined}>
      {t('nav.feed')}
      {/* a space between: the visible text "Feed 3" is then part of the name "Feed, 3 unread" (axe label-content-name-mismatch) */}
      {unread > 0 && ' '}
      {unread > 0 && (
        <span className="count-badge" aria-hidden="true">
          {count}
        </span>
      )}
    </NavLink>
  );
}

/** The header's search box: one search across practices, calls, projects and tools (/search). */
function SiteSearch() {
  const { t } = useTranslation();
  const { path, query } = useLocation();
  const current = path === '/search' ? (query.get('q') ?? '') : '';
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    navigate(text ? `/search?q=${encodeURIComponent(text)}` : '/search');
  };
  return (
    <form role="search" className="site-search" action="/search" method="get" onSubmit={onSubmit} aria-label={t('searchAll.headerLabel')}>
      <label htmlFor="site-search">{t('searchAll.headerLabel')}</label>
      <input id="site-search" name="q" type="search" defaultValue={current} key={current} maxLength={500} />
      {/* named "Find", not "Search": the page's own search button keeps its name to itself */}
      <button type="submit">
        <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.5">
          <circle cx="10.5" cy="10.5" r="6.5" />
          <path d="M15.5 15.5 21 21" strokeLinecap="round" />
        </svg>
        <span className="hidden-name">{t('searchAll.go')}</span>
      </button>
    </form>
  );
}

/** Skip link, banner with the site navigation, the main landmark (focused on each page change), footer. */
export function Layout({ title, children }: { title: string; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { viewer, signOut } = useSession();
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    document.title = `${title} · ${t('site.name')}`;
  }, [title, t]);
  useEffect(() => {
    // Screen-reader and keyboard users land on the new page's content, not the old link; a
    // first load keeps the browser's focus order (skip link first).
    // Without preventScroll the browser scrolls <main> to the top of the window, and the
    // header ends up above it, out of view; the page starts at the top instead.
    // The page's own Layout replaces the one shown while its code loaded: focus went with the
    // old <main>, so the new one takes it too.
    const lost = navigated && (document.activeElement === document.body || document.activeElement === null);
    if (path !== focusedPath || lost) {
      navigated = true;
      main.current?.focus({ preventScroll: true });
      if (path !== focusedPath) window.scrollTo(0, 0);
    }
    focusedPath = path;
  }, [path]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="banner">
        <div className="banner-inner">
          <Link href="/" className="brand">
            <img src="/icon.svg" alt="" width="32" height="32" />
            <span>{t('site.name')}</span>
          </Link>
          <div className="banner-tools">
            <SiteSearch />
            <label className="language">
              <span>{t('nav.language')}</span>
              <select value={i18n.language} onChange={(event) => void changeLanguage(event.target.value)}>
                {LANGUAGES.map((code) => (
                  <option key={code} value={code} lang={code}>
                    {LANGUAGE_NAMES[code]}
                  </option>
                ))}
              </select>
            </label>
            {viewer ? (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  void signOut().then(() => navigate('/'));
                }}
              >
                {t('nav.signOut')}
              </button>
            ) : (
              <Link href="/sign-in">{t('nav.signIn')}</Link>
            )}
          </div>
        </div>
        <nav aria-label={t('nav.main')}>
          <ul>
            <NavLink href="/">{t('nav.home')}</NavLink>
            <NavLink href="/practices">{t('nav.practices')}</NavLink>
            <NavLink href="/calls">{t('nav.calls')}</NavLink>
            <NavLink href="/projects">{t('nav.projects')}</NavLink>
            <NavLink href="/tools">{t('tools.navLink')}</NavLink>
          </ul>
        </nav>
        {viewer && (
          <nav aria-label={t('nav.account')} className="account-nav">
            <p className="who">{t('nav.signedInAs', { name: viewer.displayName, organization: viewer.organization.name })}</p>
            <ul>
              {viewer.organization.kind === 'STATE' && <NavLink href="/my/practices">{t('nav.myPractices')}</NavLink>}
              <FeedLink />
              <NavLink href="/my/conversations">{t('conversations.navLink')}</NavLink>
              <NavLink href="/my/dashboard">{t('figures.navLink')}</NavLink>
              <NavLink href="/my/tools">{t('tools.myToolsLink')}</NavLink>
              <NavLink href="/my/settings">{t('nav.settings')}</NavLink>
              {viewer.role === 'ADMIN' && <NavLink href="/my/webhooks">{t('webhooks.navLink')}</NavLink>}
              {isSupportUnit(viewer) && <NavLink href="/review">{t('nav.review')}</NavLink>}
              {isSupportUnit(viewer) && <NavLink href="/organizations">{t('nav.organizations')}</NavLink>}
              {isSupportUnit(viewer) && <NavLink href="/moderation">{t('moderation.navLink')}</NavLink>}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
      <footer className="contentinfo">
        <p>{t('site.footer')}</p>
        <nav aria-labelledby="open-data-heading">
          <h2 id="open-data-heading">{t('site.openData')}</h2>
          <ul>
            <li>
              <a href="/export/practices.json" type="application/json">
                {t('site.exportJson')}
              </a>
            </li>
            <li>
              <a href="/export/practices.csv" type="text/csv" download>
                {t('site.exportCsv')}
              </a>
            </li>
            <li>
              <a href="/feeds/practices.atom" type="application/atom+xml">
                {t('site.atomPractices')}
              </a>
            </li>
            <li>
              <a href="/graphql">{t('site.api')}</a>
            </li>
            <li>
              <Link href="/open-data">{t('openData.footerLink')}</Link>
            </li>
            <li>
              <Link href="/newsletter">{t('newsletter.footerLink')}</Link>
            </li>
            <li>
              <Link href="/tools">{t('tools.footerLink')}</Link>
            </li>
            <li>
              <Link href="/figures">{t('figures.footerLink')}</Link>
            </li>
          </ul>
        </nav>
      </footer>
    </>
  );
}

/** A page that only says why it shows nothing (for the Support Unit only, for states only). */
export function NoticePage({ title, notice }: { title: string; notice: string }) {
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p className="notice">{notice}</p>
    </Layout>
  );
}

/** A page whose data is not there: loading, the error, or (with notFound) not found once loaded empty. */
export function PendingPage({ title, query, notFound = false }: { title: string; query: QueryStatus; notFound?: boolean }) {
  return (
    <Layout title={title}>
      <QueryState loading={query.loading} error={query.error ?? (notFound && !query.loading ? ApiRequestError.notFound() : null)} />
    </Layout>
  );
}
