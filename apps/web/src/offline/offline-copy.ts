import { useEffect, useRef, useState } from 'react';
import { ApiRequestError } from '../api';
import { useSession } from '../session';
import { useQuery } from '../ui';

/** The service worker (public/sw.js) keeps this cache and drops the ones of other versions. */
export const DATA_CACHE = 'pfp-data-v1';
const keyUrl = (key: string) => `/offline-copy/${encodeURIComponent(key)}`;
const available = (): boolean => typeof window !== 'undefined' && 'caches' in window;

interface Copy<T> {
  savedAt: string;
  data: T;
}

/** The fetch itself failed (no network, server unreachable): not an answer of the API. */
export const isNetworkFailure = (caught: unknown): boolean => caught instanceof TypeError || (caught instanceof ApiRequestError && caught.code === 'NETWORK');

export async function storeCopy<T>(key: string, data: T, savedAt = new Date().toISOString()): Promise<void> {
  if (!available()) return;
  const cache = await caches.open(DATA_CACHE);
  await cache.put(keyUrl(key), new Response(JSON.stringify({ savedAt, data } satisfies Copy<T>), { headers: { 'content-type': 'application/json' } }));
}

export async function readCopy<T>(key: string): Promise<Copy<T> | null> {
  if (!available()) return null;
  const found = await (await caches.open(DATA_CACHE)).match(keyUrl(key));
  return found ? ((await found.json()) as Copy<T>) : null;
}

/**
 * useQuery for a page a reader may want offline (a tool, a practice): network first; what a
 * visitor loaded is kept (never what a signed-in reader loaded: drafts, proposals, contacts);
 * when the network fails the kept copy is shown with `savedAt`, and the page loads again from the
 * network as soon as the browser is back online.
 */
export function useOfflineQuery<T>(
  key: string,
  load: () => Promise<T>,
  deps: ReadonlyArray<string | number | boolean | null | undefined>,
): ReturnType<typeof useQuery<T>> & { savedAt: string | null } {
  const { viewer, loading: sessionLoading } = useSession();
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const fresh = useRef<{ key: string; data: T } | null>(null);
  const query = useQuery(async () => {
    try {
      const data = await load();
      fresh.current = { key, data };
      setSavedAt(null);
      return data;
    } catch (caught) {
      if (!isNetworkFailure(caught)) throw caught;
      const copy = await readCopy<T>(key).catch(() => null);
      if (!copy) throw caught;
      setSavedAt(copy.savedAt);
      return copy.data;
    }
  }, [key, ...deps]);
  // kept once the session is known to be a visitor's (the page's data may arrive before it)
  useEffect(() => {
    const loaded = fresh.current;
    if (sessionLoading || !loaded || query.data === null) return;
    fresh.current = null;
    if (!viewer) void storeCopy(loaded.key, loaded.data).catch(() => undefined);
  }, [sessionLoading, viewer, query.data]);
  const { reload } = query;
  const reloadRef = useRef(reload);
  reloadRef.current = reload;
  useEffect(() => {
    if (!savedAt) return;
    const back = () => reloadRef.current();
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, [savedAt]);
  return { ...query, savedAt };
}
