import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { api, setSessionLostHandler } from '../api/client';
import { tokenStore } from '../api/token-store';
import type { Me, Session } from '../api/types';

interface AuthContextValue {
  /** The logged-in user; null when logged out. */
  user: Me | null;
  /** True until the stored session has been checked at start-up. */
  loading: boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    setSessionLostHandler(() => setUser(null));
    if (!tokenStore.accessToken) {
      setLoading(false);
      return;
    }
    api
      .get<Me>('/auth/me')
      .then(setUser)
      .catch(() => tokenStore.clear())
      .finally(() => setLoading(false));
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const session = await api.post<Session>('/auth/login', { username, password }, { auth: false });
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
export function useMe(): Me {
  const { user } = useAuth();
  if (!user) throw new Error('useMe used without a logged-in user');
  return user;
}
