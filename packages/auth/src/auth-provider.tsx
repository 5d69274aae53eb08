import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, configureApi, onUnauthorized } from '@careops/api';
import { meResponseSchema, sessionSchema, type Session, type User } from '@careops/domain/auth';
import { z } from 'zod';
import { loadSession, saveSession } from './storage';

/**
 * anonymous: nobody signed in · authenticated: a live session · expired: the
 * server refused the token; the page stays as it is until the user signs in
 * again, so the route and unsaved input survive.
 */
export type AuthStatus = 'anonymous' | 'authenticated' | 'expired';

export interface AuthValue {
  status: AuthStatus;
  /** Present while authenticated or expired (the user to sign in again). */
  user: User | null;
  login: (username: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

/** The bearer token the API client sends: one per page, like the session itself. */
let currentToken: string | null = null;

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | null>(loadSession);
  const [expired, setExpired] = useState(false);

  // Configured during the first render, not in an effect: children's effects
  // (their first queries) run before the parent's.
  useState(() => {
    currentToken = session?.token ?? null;
    configureApi({ getToken: () => currentToken });
  });
  useEffect(
    () =>
      onUnauthorized(() => {
        currentToken = null;
        setExpired(true);
      }),
    [],
  );

  // A stored session may have ended while the page was closed: ask once.
  const checked = useRef(false);
  useEffect(() => {
    if (checked.current || !session) return;
    checked.current = true;
    api.get('/auth/me', meResponseSchema).catch(() => undefined);
  }, [session]);

  const login = useCallback(
    async (username: string, password: string) => {
      const next = await api.post('/auth/login', { username, password }, sessionSchema);
      const sameUser = session?.user.id === next.user.id;
      saveSession(next);
      currentToken = next.token;
      setSession(next);
      setExpired(false);
      // Someone else's cached data must never show; the same user's is refetched.
      if (sameUser) await queryClient.invalidateQueries();
      else queryClient.clear();
      return next.user;
    },
    [queryClient, session],
  );

  const logout = useCallback(async () => {
    await api.post('/auth/logout', {}, z.unknown()).catch(() => undefined);
    saveSession(null);
    currentToken = null;
    setSession(null);
    setExpired(false);
    queryClient.clear();
  }, [queryClient]);

  const value = useMemo<AuthValue>(
    () => ({
      status: !session ? 'anonymous' : expired ? 'expired' : 'authenticated',
      user: session?.user ?? null,
      login,
      logout,
    }),
    [session, expired, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
