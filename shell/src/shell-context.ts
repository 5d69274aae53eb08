import { createContext, useContext } from 'react';
import type { ResolvedRemote } from './registry/registry';

export interface ShellValue {
  remotes: readonly ResolvedRemote[];
  /** Set when /remotes.json could not be read: the shell still works, without remotes. */
  registryError: unknown;
  mockMode: boolean;
}

export const ShellContext = createContext<ShellValue>({ remotes: [], registryError: null, mockMode: false });

export function useShell(): ShellValue {
  return useContext(ShellContext);
}
