import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from './api';
import { formatNumber } from './intl';
import { Link } from './router';

/** One page of a connection, reduced to what the list needs. */
export interface Page<TNode> {
  nodes: TNode[];
  totalCount: number;
  endCursor?: string | null;
  hasNextPage: boolean;
}

/** A connection's edges and pageInfo as a Page (`toPage(data.practices)`). */
export function toPage<TNode>(connection: {
  totalCount: number;
  edges: { node: TNode }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}): Page<TNode> {
  return { nodes: connection.edges.map((edge) => edge.node), totalCount: connection.totalCount, ...connection.pageInfo };
}

export interface Paged<TNode> {
  items: TNode[];
  totalCount: number;
  hasNextPage: boolean;
  /** The first page is loading (a change of filters starts again from it). */
  loading: boolean;
  loadingMore: boolean;
  error: ApiRequestError | null;
  loadMore: () => void;
  reload: () => void;
}

/**
 * A list loaded page by page ("Load more"): `load(after)` fetches the page after a cursor (null:
 * the first). A change in `deps` (filters, sort, search) starts again from the first page.
 */
export function usePagedQuery<TNode>(
  load: (after: string | null) => Promise<Page<TNode>>,
  deps: ReadonlyArray<string | number | boolean | null | undefined>,
): Paged<TNode> {
  const [state, setState] = useState<{ items: TNode[]; page: Page<TNode> | null; loading: boolean; loadingMore: boolean; error: ApiRequestError | null }>({
    items: [],
    page: null,
    loading: true,
    loadingMore: false,
    error: null,
  });
  const [tick, setTick] = useState(0);
  const latest = useRef(load);
  const generation = useRef(0);
  useEffect(() => {
    latest.current = load;
  });
  const key = JSON.stringify(deps);
  useEffect(() => {
    const mine = ++generation.current;
    setState((previous) => ({ ...previous, loading: true, error: null }));
    latest.current(null).then(
      (page) => mine === generation.current && setState({ items: page.nodes, page, loading: false, loadingMore: false, error: null }),
      (error: unknown) =>
        mine === generation.current && setState({ items: [], page: null, loading: false, loadingMore: false, error: ApiRequestError.from(error) }),
    );
  }, [key, tick]);
  const loadMore = () => {
    const cursor = state.page?.endCursor;
    if (!state.page?.hasNextPage || !cursor || state.loadingMore) return;
    const mine = generation.current;
    setState((previous) => ({ ...previous, loadingMore: true }));
    latest.current(cursor).then(
      (page) =>
        mine === generation.current &&
        setState((previous) => ({ items: [...previous.items, ...page.nodes], page, loading: false, loadingMore: false, error: null })),
      (error: unknown) => mine === generation.current && setState((previous) => ({ ...previous, loadingMore: false, error: ApiRequestError.from(error) })),
    );
  };
  return {
    items: state.items,
    totalCount: state.page?.totalCount ?? 0,
    hasNextPage: state.page?.hasNextPage ?? false,
    loading: state.loading,
    loadingMore: state.loadingMore,
    error: state.error,
    loadMore,
    reload: () => setTick((n) => n + 1),
  };
}

/** "Showing 20 of 43" and a "Load more" button while there are more. */
export function LoadMore({
  shown,
  total,
  hasMore,
  loading = false,
  onLoadMore,
}: {
  shown: number;
  total: number;
  hasMore: boolean;
  loading?: boolean;
  onLoadMore: () => void;
}) {
  const { t, i18n } = useTranslation();
  if (total === 0) return null;
  return (
    <div className="load-more">
      <p role="status">{t('paging.shown', { shown: formatNumber(shown, i18n.language), total: formatNumber(total, i18n.language) })}</p>
      {hasMore && (
        <button type="button" onClick={onLoadMore} disabled={loading} aria-busy={loading || undefined}>
          {loading ? t('common.loading') : t('paging.loadMore')}
        </button>
      )}
    </div>
  );
}

/** The list's paging row from a usePagedQuery result. */
export function PagedFooter<TNode>({ paged }: { paged: Paged<TNode> }) {
  return <LoadMore shown={paged.items.length} total={paged.totalCount} hasMore={paged.hasNextPage} loading={paged.loadingMore} onLoadMore={paged.loadMore} />;
}

/** "Clear filters": a link to the list without its query string (shown only when something is filtered). */
export function ClearFilters({ href, active = true }: { href: string; active?: boolean }) {
  const { t } = useTranslation();
  if (!active) return null;
  return (
    <Link href={href} className="clear-filters">
      {t('filters.clear')}
    </Link>
  );
}
