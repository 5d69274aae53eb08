import type { ReactElement } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { Permission } from '@careops/domain/auth';

export interface RemotePrefetchContext {
  queryClient: QueryClient;
  /** The signed-in user's permissions: nothing is requested that the server would refuse. */
  can: (permission: Permission) => boolean;
}

/**
 * The contract of every remote's exposed `./module` (default export).
 * `routes` is a <Routes> relative to the base path the shell mounts it at;
 * the remote never knows its absolute path.
 */
export interface RemoteModule {
  id: string;
  /** The remote's own version (its package.json), shown on the shell's status page. */
  version?: string;
  routes: ReactElement;
  /**
   * Starts loading the code of the remote's landing page, nothing else. The shell calls it in idle
   * time once the console is up, and when the user points at or tabs to the nav link, so a first
   * open does not wait for a chain of chunk round trips.
   */
  preload?: () => Promise<unknown>;
  /**
   * Starts the landing page's first requests when the user points at or tabs to its nav link, so
   * the click finds them under way instead of starting them.
   */
  prefetch?: (context: RemotePrefetchContext) => void;
}
