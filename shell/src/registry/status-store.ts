import { useSyncExternalStore } from 'react';

export type RemoteState = 'idle' | 'loading' | 'ready' | 'error';

export interface RemoteStatus {
  id: string;
  state: RemoteState;
  /** Manifest URL in use (the override's, when one is active). */
  entry: string;
  /** Version the registry expects. */
  expectedVersion: string;
  /** Version the loaded module reports. */
  loadedVersion?: string;
  loadMs?: number;
  lastError?: string;
  lastErrorAt?: string;
  overridden: boolean;
}

type Listener = () => void;

/** Live state of every remote, for the status page and the loader. */
class StatusStore {
  private statuses = new Map<string, RemoteStatus>();
  private snapshot: RemoteStatus[] = [];
  private listeners = new Set<Listener>();

  set(status: RemoteStatus): void {
    this.statuses.set(status.id, status);
    this.emit();
  }
  update(id: string, patch: Partial<RemoteStatus>): void {
    const current = this.statuses.get(id);
    if (!current) return;
    this.statuses.set(id, { ...current, ...patch });
    this.emit();
  }
  get(id: string): RemoteStatus | undefined {
    return this.statuses.get(id);
  }
  all = (): RemoteStatus[] => this.snapshot;
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  private emit() {
    this.snapshot = [...this.statuses.values()];
    for (const l of this.listeners) l();
  }
}

export const remoteStatus = new StatusStore();

export function useRemoteStatuses(): RemoteStatus[] {
  return useSyncExternalStore(remoteStatus.subscribe, remoteStatus.all);
}
