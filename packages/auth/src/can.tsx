import type { ReactNode } from 'react';
import { Navigate, useLocation } from '@careops/router';
import { can, canSee, type Permission } from '@careops/domain/auth';
import { useAuth } from './auth-provider';

/** The signed-in user; components under a RequireAuth guard can rely on it. */
export function useSession() {
  const { user, status } = useAuth();
  return { user, status };
}

/** UI courtesy only: the server decides. */
export function useCan(permission: Permission): boolean {
  return can(useAuth().user, permission);
}

export function useCanSee(permission: Permission): boolean {
  return canSee(useAuth().user, permission);
}

export function Can({
  permission,
  children,
  fallback = null,
}: {
  permission: Permission;
  children: ReactNode;
  fallback?: ReactNode;
}) {
  return <>{useCan(permission) ? children : fallback}</>;
}

/** Sends anonymous visitors to the login page, remembering where they wanted to go. */
export function RequireAuth({ children, loginPath = '/login' }: { children: ReactNode; loginPath?: string }) {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'anonymous') {
    const returnTo = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`${loginPath}?returnTo=${encodeURIComponent(returnTo)}`} replace />;
  }
  return <>{children}</>;
}

/** Renders `fallback` (the 403 page) when the user may not even see this area. */
export function RequirePermission({
  permission,
  children,
  fallback,
}: {
  permission: Permission;
  children: ReactNode;
  fallback: ReactNode;
}) {
  return <>{useCanSee(permission) ? children : fallback}</>;
}

/** Only same-origin paths are followed after login (no open redirect). */
export function safeReturnTo(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}
