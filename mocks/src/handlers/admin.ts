import { http, HttpResponse } from 'msw';
import { demoAccountsSchema } from '@careops/domain/auth';
import { DEMO_PASSWORD } from '../seed/orgs';
import { scenarioSchema } from '../http/scenario';
import type { Server } from '../http/endpoint';

/**
 * Controls of the mock backend itself (mock mode only; a real backend has none):
 * the demo-account picker, reset, latency/failure switches, session expiry.
 */
export function adminHandlers(server: Server, api: string) {
  const { db } = server;
  return [
    http.get(`${api}/__mock/demo-accounts`, () =>
      HttpResponse.json(demoAccountsSchema.parse({ password: DEMO_PASSWORD, users: db.users.all() })),
    ),
    http.post(`${api}/__mock/reset`, async () => {
      await db.reset();
      return HttpResponse.json({ ok: true });
    }),
    http.get(`${api}/__mock/scenario`, () => HttpResponse.json(server.scenario.get())),
    http.put(`${api}/__mock/scenario`, async ({ request }) => {
      const parsed = scenarioSchema.safeParse(await request.json().catch(() => ({})));
      if (!parsed.success)
        return HttpResponse.json(
          { error: { code: 'VALIDATION_FAILED', message: 'Bad scenario' } },
          { status: 400 },
        );
      server.scenario.set(parsed.data);
      return HttpResponse.json(parsed.data);
    }),
    // Ends every session as if it had been idle too long.
    http.post(`${api}/__mock/sessions/expire`, async () => {
      for (const s of db.sessions.all()) db.sessions.put({ ...s, lastSeenAt: 0 });
      await db.flush();
      return HttpResponse.json({ ok: true });
    }),
  ];
}
