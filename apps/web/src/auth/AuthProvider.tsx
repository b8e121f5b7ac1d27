import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { AccountView, TokenPair, Wire } from '@sqmy/contract';
import { api, asApiError, setSessionLostHandler } from '../api/client';
import { isOutage } from '../api/retry';
import { tokenStore } from '../api/token-store';
import { useOutageNotice } from '../api/use-outage-notice';

interface AuthContextValue {
  /** The logged-in user; null when logged out. */
  user: Wire<AccountView> | null;
  /** True until the stored session has been checked at start-up. */
  loading: boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Wire<AccountView> | null>(null);
  const [loading, setLoading] = useState(true);
  useOutageNotice();

  useEffect(() => {
    setSessionLostHandler(() => setUser(null));
    if (!tokenStore.accessToken) {
      setLoading(false);
      return;
    }
    let cancelled = false;
    // While the API is away the stored session is kept and checked again (the client backs off between tries).
    const check = async (): Promise<void> => {
      while (!cancelled) {
        try {
          const me = await api.get<Wire<AccountView>>('/auth/me');
          if (!cancelled) setUser(me);
          return;
        } catch (error) {
          if (isOutage(asApiError(error).status)) continue;
          tokenStore.clear();
          return;
        }
      }
    };
    void check().finally(() => {
      if (!cancelled) setLoading(false);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const session = await api.post<Wire<TokenPair>>('/auth/login', { username, password }, { auth: false });
    tokenStore.save(session);
    setUser(session.user);
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.post('/auth/logout');
    } catch {
      // the session is dropped locally whatever the server says
    }
    tokenStore.clear();
    setUser(null);
  }, []);

  const value = useMemo(() => ({ user, loading, login, logout }), [user, loading, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const context = useContext(AuthContext);
  if (!context) throw new Error('useAuth must be used inside <AuthProvider>');
  return context;
}

/** The logged-in user, for components rendered only behind <RequireAuth>. */
export function useMe(): Wire<AccountView> {
  const { user } = useAuth();
  if (!user) throw new Error('useMe used without a logged-in user');
  return user;
}
