import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { request, subscriptions } from './api';
import { FeedSubscriptionDocument, FeedUnreadDocument, MarkFeedReadDocument, type FeedEntry } from './documents';
import type { LiveFeedSubscription } from './gql/graphql';
import { useSession } from './session';

interface FeedStatus {
  /** Unread items of the signed-in viewer's feed (0 when signed out or not known yet). */
  unread: number;
  /** Items that arrived live since the page loaded, newest first. */
  arrived: FeedEntry[];
  /** Marks everything up to now (or `until`) read; answers the count left. */
  markRead: (until?: string) => Promise<number>;
  /** Marks these items read (whatever their time); answers the count left. */
  markItemsRead: (itemIds: string[]) => Promise<number>;
  /** Items marked read one by one since the page loaded. */
  readItems: ReadonlySet<string>;
  /** Asks the server again (after something else changed the count). */
  refresh: () => void;
}

const FeedStatusContext = createContext<FeedStatus>({
  unread: 0,
  arrived: [],
  markRead: async () => 0,
  markItemsRead: async () => 0,
  readItems: new Set(),
  refresh: () => undefined,
});

/**
 * The viewer's unread count and the items that arrive over the feed subscription, shared by the
 * header's badge and the feed page: each new item raises the count at once, marking read lowers it.
 */
export function FeedStatusProvider({ children }: { children: ReactNode }) {
  const { viewer } = useSession();
  const [unread, setUnread] = useState(0);
  const [arrived, setArrived] = useState<FeedEntry[]>([]);
  const [tick, setTick] = useState(0);
  const [readItems, setReadItems] = useState<ReadonlySet<string>>(new Set());
  const seen = useRef(new Set<string>());
  const viewerId = viewer?.id;
  useEffect(() => {
    setArrived([]);
    setReadItems(new Set());
    seen.current.clear();
    if (!viewerId) return setUnread(0);
    let live = true;
    request(FeedUnreadDocument).then(
      (data) => live && setUnread(data.feed.unreadCount),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [viewerId, tick]);
  useEffect(() => {
    if (!viewerId) return;
    return subscriptions().subscribe<LiveFeedSubscription>(
      { query: String(FeedSubscriptionDocument) },
      {
        next: (message) => {
          const item = message.data?.feed;
          if (!item || seen.current.has(item.id)) return;
          seen.current.add(item.id);
          if (!item.read) setUnread((count) => count + 1);
          setArrived((previous) => [item, ...previous]);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  }, [viewerId]);
  const markRead = useCallback(async (until?: string) => {
    const { markFeedRead } = await request(MarkFeedReadDocument, { input: until ? { until } : {} });
    setUnread(markFeedRead.unreadCount);
    setArrived((previous) => previous.map((item) => (!until || item.occurredAt <= until ? { ...item, read: true } : item)));
    return markFeedRead.unreadCount;
  }, []);
  const markItemsRead = useCallback(async (itemIds: string[]) => {
    const { markFeedRead } = await request(MarkFeedReadDocument, { input: { itemIds } });
    setUnread(markFeedRead.unreadCount);
    setReadItems((previous) => new Set([...previous, ...itemIds]));
    setArrived((previous) => previous.map((item) => (itemIds.includes(item.id) ? { ...item, read: true } : item)));
    return markFeedRead.unreadCount;
  }, []);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  const value = useMemo(
    () => ({ unread, arrived, markRead, markItemsRead, readItems, refresh }),
    [unread, arrived, markRead, markItemsRead, readItems, refresh],
  );
  return <FeedStatusContext.Provider value={value}>{children}</FeedStatusContext.Provider>;
}

export const useFeedStatus = (): FeedStatus => useContext(FeedStatusContext);
