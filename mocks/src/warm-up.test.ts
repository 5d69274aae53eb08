import { describe, expect, it } from 'vitest';
import { getResponse } from 'msw';
import { cpuTime } from '@careops/domain/testing';
import { createMockBackend, issueToken } from './server';
import { memoryPersistence } from './db/persistence';

/*
 * The browser's mock API warms up in idle time (api-worker.ts): every table is seeded and the
 * roster's derived views computed before the first visit asks for them. Warming must change
 * nothing a client can see, write nothing, and leave the first roster read with little to do.
 */

const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const iso = (ms: number) => new Date(ms).toISOString();
const METRICS = `http://api.test/api/v1/doctors/metrics?from=${encodeURIComponent(iso(NOW - 7 * 86_400_000))}&to=${encodeURIComponent(iso(NOW))}`;
const ORDERS = 'http://api.test/api/v1/pharmacy/orders?page=1&pageSize=20&sort=paidAt:desc';

function backend() {
  const persistence = memoryPersistence();
  let saves = 0;
  const created = createMockBackend({
    now: () => NOW,
    persistence: { ...persistence, save: (s) => (saves++, persistence.save(s)) },
  });
  const token = issueToken(created.db, 'medops');
  const adminToken = issueToken(created.db, 'admin');
  const get = async (url: string, as = token) => {
    const res = await getResponse(
      created.handlers,
      new Request(url, { headers: { authorization: `Bearer ${as}` } }),
    );
    return { status: res?.status, body: (await res?.json()) as unknown };
  };
  return { ...created, get, adminToken, saves: () => saves };
}

describe('mock API warm-up', () => {
  it('answers exactly as a cold backend does, and writes nothing', async () => {
    const cold = backend();
    const warm = backend();
    const savesBefore = warm.saves();
    for (const step of warm.warmUpSteps()) step();
    expect(warm.saves()).toBe(savesBefore);
    expect(await warm.get(METRICS)).toEqual(await cold.get(METRICS));
    expect(await warm.get(ORDERS, warm.adminToken)).toEqual(await cold.get(ORDERS, cold.adminToken));
    // Two full seeds of every table: seconds of CPU when CI runs every package's tests at once.
  }, 60_000);

  it('leaves the first roster read a fraction of the cold work', async () => {
    const cold = backend();
    const warm = backend();
    for (const step of warm.warmUpSteps()) step();
    const coldRead = await cpuTime(() => cold.get(METRICS));
    const warmRead = await cpuTime(() => warm.get(METRICS));
    expect(coldRead.result.status).toBe(200);
    expect(warmRead.result.status).toBe(200);
    console.info(
      `[warm-up] first metrics read: cold ${coldRead.ms.toFixed(0)} ms, warm ${warmRead.ms.toFixed(0)} ms of CPU`,
    );
    expect(warmRead.ms).toBeLessThan(coldRead.ms / 2);
  }, 60_000);
});
