import { Component, lazy, useEffect, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Layout } from './layout';

/** Waits before the second and third request of a page's style sheet. */
const RETRY_DELAYS_MS = [400, 1600];

/** The style sheet whose preload failed, from Vite's error. */
const failedSheet = (error: unknown): string | undefined => (error instanceof Error ? /^Unable to preload CSS for (\S+)$/.exec(error.message)?.[1] : undefined);

/** A stylesheet link of our own, in place of the one that failed: true once it applies, false if it failed again. */
function addSheet(href: string): Promise<boolean> {
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) if (link.href === href) link.remove();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.crossOrigin = '';
    link.href = href;
    const nonce = document.querySelector<HTMLMetaElement>('meta[property=csp-nonce]')?.nonce;
    if (nonce) link.nonce = nonce;
    link.addEventListener('load', () => resolve(true));
    link.addEventListener('error', () => resolve(false));
    document.head.appendChild(link);
  });
}

/**
 * React.lazy for a page's chunk. When its style sheet failed to arrive (a dropped connection, a
 * service worker starting), the sheet is asked again, twice, before the page fails: Vite's preload
 * remembers a failed sheet as done and would open the page unstyled. A script that failed is not
 * tried again: the browser keeps a failed module for the document's life, and only a reload
 * ("Try again" on the page that says so) fetches it anew.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound: a page's props are its own
export function lazyPage<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  return lazy(async () => {
    try {
      return await load();
    } catch (error) {
      const sheet = failedSheet(error);
      if (!sheet) throw error;
      for (const delay of RETRY_DELAYS_MS) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (await addSheet(sheet)) return load();
      }
      throw error;
    }
  });
}

/** What shows instead of a blank window when a page cannot load (its code did not arrive) or fails while rendering. */
function PageFailed() {
  const { t } = useTranslation();
  // offline when it failed: the page loads again by itself once the connection is back
  useEffect(() => {
    const back = () => window.location.reload();
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, []);
  return (
    <Layout title={t('common.pageFailed')}>
      <h1>{t('common.pageFailed')}</h1>
      <p role="alert">{t('common.pageFailedText')}</p>
      <p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          {t('common.tryAgain')}
        </button>
      </p>
    </Layout>
  );
}

interface BoundaryState {
  failed: boolean;
  path: string;
}

/** Catches a page that failed; navigating elsewhere tries the new page afresh. */
export class PageBoundary extends Component<{ path: string; children: ReactNode }, BoundaryState> {
  state: BoundaryState = { failed: false, path: this.props.path };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: { path: string }, state: BoundaryState): BoundaryState | null {
    return props.path === state.path ? null : { failed: false, path: props.path };
  }

  render(): ReactNode {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}
