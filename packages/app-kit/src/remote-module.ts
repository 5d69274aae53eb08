import type { ReactElement } from 'react';

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
}
