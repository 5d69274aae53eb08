import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { toFieldErrors } from '@careops/domain';
import { loginRequestSchema, meResponseSchema, sessionSchema, type Session } from '@careops/domain/auth';
import { DEMO_PASSWORD } from '../seed/orgs';
import { ulid } from '../db/ulid';
import { HttpError, badRequest } from '../http/errors';
import { applyScenario, endpoint, errorResponse, sessionExpiresAt, type Server } from '../http/endpoint';
import { writeAudit } from '../http/audit';

export function authHandlers(server: Server, api: string) {
  const { db } = server;
  return [
    http.post(`${api}/auth/login`, async ({ request }) => {
      const requestId = `req_login_${Date.now().toString(36)}`;
      try {
        const failure = await applyScenario(server);
        if (failure) throw failure;
        const parsed = loginRequestSchema.safeParse(await request.json().catch(() => ({})));
        if (!parsed.success) throw badRequest(toFieldErrors(parsed.error));
        const { username, password } = parsed.data;
        const user = db.users.find((u) => u.username === username);
        if (!user || password !== DEMO_PASSWORD) {
          writeAudit(db, {
            actor: user ?? null,
            action: 'auth.login',
            resource: { type: 'user', id: username },
            result: 'denied',
            requestId,
          });
          throw new HttpError(401, 'INVALID_CREDENTIALS', 'Wrong username or password.');
        }
        const now = db.now();
        const record = {
          id: ulid(now),
          token: `mock.${ulid(now)}.${ulid(now)}`,
          userId: user.id,
          createdAt: now,
          lastSeenAt: now,
        };
        db.sessions.put(record);
        writeAudit(db, {
          actor: user,
          action: 'auth.login',
          resource: { type: 'user', id: user.id },
          result: 'success',
          requestId,
        });
        await db.flush();
        const session: Session = { token: record.token, expiresAt: sessionExpiresAt(record, now), user };
        return HttpResponse.json(sessionSchema.parse(session));
      } catch (error) {
        await db.flush();
        if (error instanceof HttpError) return errorResponse(error);
        throw error;
      }
    }),

    http.get(
      `${api}/auth/me`,
      endpoint(
        server,
        { permission: () => true, action: 'auth.me', response: meResponseSchema },
        ({ user, session, db }) => ({
          user,
          expiresAt: sessionExpiresAt(session, db.now()),
        }),
      ),
    ),

    http.post(
      `${api}/auth/logout`,
      endpoint(
        server,
        { permission: () => true, action: 'auth.logout', response: z.object({ ok: z.literal(true) }) },
        ({ user, session, db, requestId }) => {
          db.sessions.delete(session.id);
          writeAudit(db, {
            actor: user,
            action: 'auth.logout',
            resource: { type: 'user', id: user.id },
            result: 'success',
            requestId,
          });
          return { ok: true as const };
        },
      ),
    ),
  ];
}
