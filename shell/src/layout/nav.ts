import { can, type User } from '@careops/domain/auth';
import type { ResolvedRemote } from '../registry/registry';

/** The remotes a user may open, from the registry and the permission matrix alone (no remote code). */
export function visibleRemotes(remotes: readonly ResolvedRemote[], user: User | null): ResolvedRemote[] {
  return remotes.filter((r) => can(user, r.permission));
}

/** The nav key of a location: the remote whose base path contains it, or the shell page. */
export function navKeyOf(pathname: string, remotes: readonly ResolvedRemote[]): string {
  const remote = remotes.find((r) => pathname === r.basePath || pathname.startsWith(`${r.basePath}/`));
  if (remote) return remote.id;
  if (pathname.startsWith('/status')) return 'status';
  return pathname === '/' ? 'home' : '';
}
