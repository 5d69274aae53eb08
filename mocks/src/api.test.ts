import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '@careops/domain';
import { sessionSchema } from '@careops/domain/auth';
import { orderPageSchema, orderSchema } from '@careops/domain/pharmacy';
import { claimPageSchema } from '@careops/domain/insurance';
import { verifyAuditChain } from '@careops/domain/audit';
import { auditPageSchema } from '@careops/domain/audit';
import { createMockServer } from './node';
import { Database } from './db/database';
import { memoryPersistence } from './db/persistence';

const BASE = 'http://api.test/api/v1';
const { server, db } = createMockServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function login(username: string): Promise<string> {
  const res = await fetch(`${BASE}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo123' }),
  });
  expect(res.status).toBe(200);
  return sessionSchema.parse(await res.json()).token;
}
const get = (path: string, token?: string) =>
  fetch(`${BASE}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('authentication', () => {
  it('refuses a wrong password with INVALID_CREDENTIALS', async () => {
    const res = await fetch(`${BASE}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ username: 'admin', password: 'nope' }),
    });
    expect(res.status).toBe(401);
    expect(apiErrorBodySchema.parse(await res.json()).error.code).toBe('INVALID_CREDENTIALS');
  });

  it('answers 400 with field errors for an empty login form', async () => {
    const res = await fetch(`${BASE}/auth/login`, { method: 'POST', body: JSON.stringify({ username: '' }) });
    expect(res.status).toBe(400);
    const body = apiErrorBodySchema.parse(await res.json());
    expect(Object.keys(body.error.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(['username', 'password']),
    );
  });

  it('answers 401 without a token and after logout', async () => {
    expect((await get('/pharmacy/orders')).status).toBe(401);
    const token = await login('medops');
    expect((await get('/auth/me', token)).status).toBe(200);
    await fetch(`${BASE}/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    const after = await get('/auth/me', token);
    expect(after.status).toBe(401);
  });

  it('expires a session idle for more than 30 minutes', async () => {
    let now = Date.UTC(2026, 10, 23, 2);
    const { server: s2 } = createMockServer({ now: () => now });
    server.close();
    s2.listen();
    try {
      const token = await login('admin');
      now += 29 * 60_000;
      expect((await get('/auth/me', token)).status).toBe(200);
      now += 31 * 60_000;
      const res = await get('/auth/me', token);
      expect(res.status).toBe(401);
      expect(apiErrorBodySchema.parse(await res.json()).error.code).toBe('TOKEN_EXPIRED');
    } finally {
      s2.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });
});

describe('permissions and tenant scope', () => {
  it('answers 403 to a role without the permission and audits the denial', async () => {
    const token = await login('insurer.a');
    const res = await get('/pharmacy/orders', token);
    expect(res.status).toBe(403);
    const denial = db.audit.all().at(-1);
    expect(denial).toMatchObject({
      result: 'denied',
      action: 'order.view',
      actor: { userId: 'usr_insurer_a' },
    });
  });

  it('shows a pharmacy partner only its own organisation orders, in lists and totals', async () => {
    const a = orderPageSchema.parse(
      await (await get('/pharmacy/orders?pageSize=100', await login('pharmacy.a'))).json(),
    );
    const all = orderPageSchema.parse(
      await (await get('/pharmacy/orders?pageSize=100', await login('medops'))).json(),
    );
    expect(a.items.length).toBeGreaterThan(0);
    expect(a.items.every((o) => o.orgId === 'org_pha_a')).toBe(true);
    expect(a.total).toBeLessThan(all.total);
    expect(all.items.some((o) => o.orgId === 'org_pha_b')).toBe(true);
  });

  it("answers 404 for another organisation's order, exactly like a missing one", async () => {
    const other = db.orders.all().find((o) => o.orgId === 'org_pha_b');
    const own = db.orders.all().find((o) => o.orgId === 'org_pha_a');
    const token = await login('pharmacy.a');
    const res = await get(`/pharmacy/orders/${other?.id}`, token);
    expect(res.status).toBe(404);
    const missing = await get('/pharmacy/orders/ord_nope', token);
    expect(await res.json()).toEqual(await missing.json());
    expect(orderSchema.parse(await (await get(`/pharmacy/orders/${own?.id}`, token)).json()).id).toBe(
      own?.id,
    );
  });

  it("scopes insurers to their own claims and answers 404 for the other insurer's claim", async () => {
    const token = await login('insurer.b');
    const page = claimPageSchema.parse(await (await get('/insurance/claims?pageSize=50', token)).json());
    expect(page.items.every((c) => c.insurerOrgId === 'org_ins_b')).toBe(true);
    const other = db.claims.all().find((c) => c.insurerOrgId === 'org_ins_a');
    expect((await get(`/insurance/claims/${other?.id}`, token)).status).toBe(404);
  });

  it('masks patient names and phones for every role', async () => {
    const raw = db.orders.all()[0];
    const token = await login('admin');
    const order = orderSchema.parse(await (await get(`/pharmacy/orders/${raw?.id}`, token)).json());
    expect(order.patient.name['zh-CN']).not.toBe(raw?.patient.name['zh-CN']);
    expect(order.patient.name['zh-CN']).toMatch(/^.\*+$/u);
    expect(order.patient.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(order.address['zh-CN']).toMatch(/\*{4}$/);
  });
});

describe('lists', () => {
  it('filters, sorts and pages on the server', async () => {
    const token = await login('medops');
    const res = await get(
      '/pharmacy/orders?status=completed&hasRx=true&sort=patientPays:asc&page=2&pageSize=10',
      token,
    );
    const page = orderPageSchema.parse(await res.json());
    expect(page.page).toBe(2);
    expect(page.items).toHaveLength(10);
    expect(page.items.every((o) => o.status === 'completed' && o.hasRx)).toBe(true);
    const amounts = page.items.map((o) => o.amounts.patientPays);
    expect(amounts).toEqual([...amounts].sort((x, y) => x - y));
  });

  it('answers 400 with field errors for a bad query', async () => {
    const token = await login('medops');
    const res = await get('/pharmacy/orders?pageSize=5000&sort=secret:asc', token);
    expect(res.status).toBe(400);
    const body = apiErrorBodySchema.parse(await res.json());
    expect(Object.keys(body.error.fieldErrors ?? {})).toEqual(expect.arrayContaining(['pageSize', 'sort']));
  });
});

describe('audit log', () => {
  it('keeps an intact hash chain that the auditor can read', async () => {
    const token = await login('auditor');
    const page = auditPageSchema.parse(
      await (await get('/audit/events?pageSize=100&sort=ts:asc', token)).json(),
    );
    expect(page.total).toBeGreaterThan(3);
    expect(verifyAuditChain(db.audit.all())).toBe(-1);
  });
});

describe('persistence', () => {
  it('restores written records and the seed anchor after a reload, and reset forgets them', async () => {
    const persistence = memoryPersistence();
    const first = new Database({ persistence, anchor: Date.UTC(2026, 0, 1) });
    await first.load();
    const store = first.stores.all()[0];
    if (!store) throw new Error('no store');
    first.stores.put({ ...store, status: 'paused', version: store.version + 1 });
    await first.flush();

    const second = new Database({ persistence });
    await second.load();
    expect(second.anchor).toBe(Date.UTC(2026, 0, 1));
    expect(second.stores.get(store.id)?.status).toBe('paused');
    expect(second.orders.all()[0]).toEqual(first.orders.all()[0]);

    await second.reset();
    const third = new Database({ persistence });
    await third.load();
    expect(third.stores.get(store.id)?.status).toBe(store.status);
  });
});

describe('commands', () => {
  const post = (path: string, token: string, body: unknown) =>
    fetch(`${BASE}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('pauses a store once; a second writer with the old version gets 409 CONFLICT with the fresh state', async () => {
    const store = db.stores.all().find((s) => s.orgId === 'org_pha_a' && s.status === 'online');
    if (!store) throw new Error('no online store of org A');
    const first = await login('pharmacy.a');
    const second = await login('admin');
    const ok = await post(`/pharmacy/stores/${store.id}/pause`, first, {
      version: store.version,
      reason: '盘点',
    });
    expect(ok.status).toBe(200);
    const stale = await post(`/pharmacy/stores/${store.id}/resume`, second, { version: store.version });
    expect(stale.status).toBe(409);
    const body = apiErrorBodySchema.parse(await stale.json());
    expect(body.error.code).toBe('CONFLICT');
    expect(body.error.details).toMatchObject({ current: { status: 'paused', version: store.version + 1 } });
    expect(db.stores.get(store.id)?.status).toBe('paused');
    expect(db.audit.all().at(-1)).toMatchObject({
      action: 'store.pause',
      reason: '盘点',
      before: { status: 'online' },
      after: { status: 'paused' },
    });
  });

  it('refuses an illegal transition with 409 INVALID_TRANSITION and a missing reason with 400', async () => {
    const store = db.stores.all().find((s) => s.status === 'online');
    if (!store) throw new Error('no online store');
    const token = await login('admin');
    const noReason = await post(`/pharmacy/stores/${store.id}/pause`, token, { version: store.version });
    expect(noReason.status).toBe(400);
    expect(apiErrorBodySchema.parse(await noReason.json()).error.fieldErrors).toHaveProperty('reason');
    const resume = await post(`/pharmacy/stores/${store.id}/resume`, token, { version: store.version });
    expect(apiErrorBodySchema.parse(await resume.json()).error.code).toBe('INVALID_TRANSITION');
    const bad = await post(`/pharmacy/stores/${store.id}/pause`, token, { version: 'one' });
    expect(bad.status).toBe(400);
  });

  it("answers 404 for another organisation's store and 403 for a read-only auditor", async () => {
    const other = db.stores.all().find((s) => s.orgId === 'org_pha_b');
    if (!other) throw new Error('no store of org B');
    const partner = await post(`/pharmacy/stores/${other.id}/pause`, await login('pharmacy.a'), {
      version: other.version,
      reason: 'x',
    });
    expect(partner.status).toBe(404);
    const auditor = await post(`/pharmacy/stores/${other.id}/pause`, await login('auditor'), {
      version: other.version,
      reason: 'x',
    });
    expect(auditor.status).toBe(403);
    expect(db.stores.get(other.id)?.status).toBe(other.status);
  });
});
