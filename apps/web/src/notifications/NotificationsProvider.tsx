import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { api } from '../api/client';

const POLL_INTERVAL_MS = 30_000;

interface UnreadContextValue {
  unreadCount: number;
  refreshUnread(): void;
}

const UnreadContext = createContext<UnreadContextValue>({ unreadCount: 0, refreshUnread: () => undefined });

/** Keeps the unread notification count: polled every 30 s and on every page change. */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [unreadCount, setUnreadCount] = useState(0);
  const { pathname } = useLocation();

  const refreshUnread = useCallback(() => {
    api
      .get<{ unreadCount: number }>('/notifications/unread-count')
      .then((result) => setUnreadCount(result.unreadCount))
      .catch(() => undefined); // the bell is not worth an error message; the next poll retries
  }, []);

  useEffect(refreshUnread, [pathname, refreshUnread]);
  useEffect(() => {
    const timer = window.setInterval(refreshUnread, POLL_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [refreshUnread]);

  const value = useMemo(() => ({ unreadCount, refreshUnread }), [unreadCount, refreshUnread]);
  return <UnreadContext.Provider value={value}>{children}</UnreadContext.Provider>;
}

export function useUnread(): UnreadContextValue {
  return useContext(UnreadContext);
}
