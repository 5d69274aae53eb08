/** What survives a reload: the seed's anchor time and every record written since the seed. */
export interface Snapshot {
  schema: number;
  anchor: number;
  /** table → id → record (null: deleted) */
  overlay: Record<string, Record<string, unknown>>;
}

export interface Persistence {
  load(): Promise<Snapshot | undefined>;
  save(snapshot: Snapshot): Promise<void>;
  clear(): Promise<void>;
}

export function memoryPersistence(): Persistence {
  let stored: string | undefined;
  return {
    load: async () => (stored ? (JSON.parse(stored) as Snapshot) : undefined),
    save: async (snapshot) => {
      stored = JSON.stringify(snapshot);
    },
    clear: async () => {
      stored = undefined;
    },
  };
}
