import type { Org, User } from '@careops/domain/auth';
import type { AuditEvent } from '@careops/domain/audit';
import type { Consultation, Department, Doctor } from '@careops/domain/doctors';
import type { Sku, Store } from '@careops/domain/pharmacy';
import type {
  ContentItem,
  ContentVersion,
  ReviewTask,
  RuleHistoryEntry,
  RuleRecord,
} from '@careops/domain/content';
import type { ModerationCase } from '@careops/domain/community';
import { createRandom } from '../seed/random';
import { DEMO_USERS, ORGS } from '../seed/orgs';
import { DEPARTMENTS, seedDoctors } from '../seed/doctors';
import { doctorActivity, type BreachWaiver, type ShiftRecord } from '../seed/doctor-activity';
import { seedBreachRules, type BreachRulesRow } from '../seed/breach-rules';
import { seedOrders, seedStores, type OrderRecord } from '../seed/pharmacy';
import { SKUS } from '../seed/skus';
import { seedClaims, type ClaimRecord } from '../seed/insurance';
import { seedContentData, seedRules } from '../seed/content';
import { seedCases } from '../seed/community';
import { memoryPersistence, type Persistence, type Snapshot } from './persistence';

/** Bump when the seed or a record shape changes: older snapshots are then dropped. */
export const SNAPSHOT_SCHEMA = 4;
export const DEFAULT_SEED = 20261123;

export interface SessionRecord {
  id: string;
  token: string;
  userId: string;
  createdAt: number;
  lastSeenAt: number;
}

interface Row {
  id: string;
}

/** A table seeded on first use, with every write recorded for persistence. */
export class Table<T extends Row> {
  private rows: Map<string, T> | undefined;

  constructor(
    readonly name: string,
    private readonly seed: () => readonly T[],
    private readonly db: Database,
  ) {}

  private map(): Map<string, T> {
    if (!this.rows) {
      this.rows = new Map(this.seed().map((r) => [r.id, r]));
      for (const [id, record] of Object.entries(this.db.overlayOf(this.name))) {
        if (record === null) this.rows.delete(id);
        else this.rows.set(id, record as T);
      }
    }
    return this.rows;
  }

  all(): T[] {
    return [...this.map().values()];
  }
  get(id: string): T | undefined {
    return this.map().get(id);
  }
  find(predicate: (row: T) => boolean): T | undefined {
    for (const row of this.map().values()) if (predicate(row)) return row;
    return undefined;
  }
  put(row: T): T {
    this.map().set(row.id, row);
    this.db.recordWrite(this.name, row.id, row);
    return row;
  }
  delete(id: string): void {
    this.map().delete(id);
    this.db.recordWrite(this.name, id, null);
  }
  /** Seed now, if not in memory yet, so the first request that reads the table does not wait for it. */
  warm(): void {
    this.map();
  }
  /** Forget the in-memory rows; the next read seeds again (after a reset). */
  unload(): void {
    this.rows = undefined;
  }
}

export interface DatabaseOptions {
  seed?: number;
  /** Time the seed is laid out around (ms). Persisted, so a reload keeps the same data. */
  anchor?: number;
  persistence?: Persistence;
  now?: () => number;
}

/**
 * The mock backend's data: deterministic seed tables plus an overlay of the
 * records written since, persisted after every write.
 */
export class Database {
  readonly seed: number;
  anchor: number;
  readonly now: () => number;
  private overlay: Snapshot['overlay'] = {};
  private readonly persistence: Persistence;
  private saving: Promise<void> = Promise.resolve();
  private dirty = false;
  private readonly tables: Table<Row>[] = [];
  /** Bumped whenever the tables are reloaded (load, reset): caches derived from rows drop then. */
  generation = 0;

  readonly orgs = this.table<Org>('orgs', () => ORGS);
  readonly users = this.table<User>('users', () => DEMO_USERS);
  readonly sessions = this.table<SessionRecord>('sessions', () => []);
  readonly audit = this.table<AuditEvent>('audit', () => []);
  readonly departments = this.table<Department>('departments', () => DEPARTMENTS);
  readonly doctors = this.table<Doctor>('doctors', () =>
    seedDoctors(createRandom(this.seed + 1), this.anchor),
  );
  readonly shifts = this.table<ShiftRecord>('shifts', () => doctorActivity(this.seed, this.anchor).shifts);
  readonly consultations = this.table<Consultation>(
    'consultations',
    () => doctorActivity(this.seed, this.anchor).consultations,
  );
  readonly breachWaivers = this.table<BreachWaiver>('breachWaivers', () => []);
  /** §1.4 breach rules, one row per version (a new table: older snapshots simply lack it). */
  readonly breachRules = this.table<BreachRulesRow>('breachRules', () => seedBreachRules(this.anchor));
  readonly stores = this.table<Store>('stores', () => seedStores(createRandom(this.seed + 2)));
  readonly skus = this.table<Sku>('skus', () => SKUS);
  // From the seeded stores, not the edited ones: the seed must depend on (seed, anchor) alone.
  readonly orders = this.table<OrderRecord>('orders', () =>
    seedOrders(createRandom(this.seed + 3), this.anchor, seedStores(createRandom(this.seed + 2))),
  );
  readonly claims = this.table<ClaimRecord>('claims', () =>
    seedClaims(createRandom(this.seed + 4), this.anchor),
  );
  readonly content = this.table<ContentItem>(
    'content',
    () => seedContentData(this.seed + 5, this.anchor).items,
  );
  readonly contentVersions = this.table<ContentVersion>(
    'contentVersions',
    () => seedContentData(this.seed + 5, this.anchor).versions,
  );
  readonly contentTasks = this.table<ReviewTask>(
    'contentTasks',
    () => seedContentData(this.seed + 5, this.anchor).tasks,
  );
  readonly contentRules = this.table<RuleRecord>('contentRules', seedRules);
  readonly contentRuleHistory = this.table<RuleHistoryEntry>('contentRuleHistory', () => []);
  readonly cases = this.table<ModerationCase>('cases', () =>
    seedCases(createRandom(this.seed + 6), this.anchor),
  );

  constructor(options: DatabaseOptions = {}) {
    this.seed = options.seed ?? DEFAULT_SEED;
    this.now = options.now ?? Date.now;
    this.anchor = options.anchor ?? this.defaultAnchor();
    this.persistence = options.persistence ?? memoryPersistence();
  }

  private table<T extends Row>(name: string, seed: () => readonly T[]): Table<T> {
    const table = new Table<T>(name, seed, this);
    this.tables.push(table as unknown as Table<Row>);
    return table;
  }

  private defaultAnchor(): number {
    const hour = 3_600_000;
    return Math.floor(this.now() / hour) * hour;
  }

  /** Restore what an earlier page load wrote; a snapshot of another schema is dropped. */
  async load(): Promise<void> {
    const snapshot = await this.persistence.load();
    if (snapshot && snapshot.schema === SNAPSHOT_SCHEMA) {
      this.anchor = snapshot.anchor;
      this.overlay = snapshot.overlay;
    } else {
      await this.flushNow();
    }
    for (const t of this.tables) t.unload();
    this.generation++;
  }

  /** One step per table, for a host to run in idle time (see `warmUpSteps`). */
  warmSteps(): (() => void)[] {
    return this.tables.map((t) => () => t.warm());
  }

  overlayOf(table: string): Record<string, unknown> {
    return this.overlay[table] ?? {};
  }

  recordWrite(table: string, id: string, record: unknown): void {
    (this.overlay[table] ??= {})[id] = record;
    this.dirty = true;
  }

  /** Persist the writes so far; requests await it before answering, so a reload never loses a write. */
  flush(): Promise<void> {
    if (!this.dirty) return this.saving;
    return this.flushNow();
  }

  private flushNow(): Promise<void> {
    this.dirty = false;
    const snapshot: Snapshot = { schema: SNAPSHOT_SCHEMA, anchor: this.anchor, overlay: this.overlay };
    this.saving = this.saving.then(() => this.persistence.save(snapshot));
    return this.saving;
  }

  /** Back to the seed, laid out around the current time. */
  async reset(): Promise<void> {
    this.overlay = {};
    this.anchor = this.defaultAnchor();
    for (const t of this.tables) t.unload();
    this.generation++;
    await this.persistence.clear();
    await this.flushNow();
  }
}
