import { Database, type DatabaseOptions } from './db/database';
import { ulid } from './db/ulid';
import { createHandlers } from './handlers';
import { warmDoctorViews } from './handlers/doctors';
import type { Server } from './http/endpoint';
import { memoryScenario, type ScenarioStore } from './http/scenario';

/** The mock backend's state and handlers, before it is attached to a worker or a Node server. */
export function createMockBackend(options: DatabaseOptions & { scenario?: ScenarioStore } = {}) {
  const server: Server = { db: new Database(options), scenario: options.scenario ?? memoryScenario() };
  return {
    ...server,
    handlers: createHandlers(server),
    /**
     * The work a real backend has done before anyone asks: seeding every table, then the
     * roster's derived views. One step each, so a host can answer requests between them.
     */
    warmUpSteps: (): (() => void)[] => [...server.db.warmSteps(), () => warmDoctorViews(server.db)],
  };
}

/** A session for a demo user without the login round trip (tests and scripted demos). */
export function issueToken(db: Database, username: string): string {
  const user = db.users.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  const now = db.now();
  const token = `mock.${ulid(now)}.${ulid(now)}`;
  db.sessions.put({ id: ulid(now), token, userId: user.id, createdAt: now, lastSeenAt: now });
  return token;
}
