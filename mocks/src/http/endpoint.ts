import { HttpResponse, delay, type HttpResponseResolver } from 'msw';
import { z } from 'zod';
import { IDLE_TIMEOUT_SECONDS, PARTNER_ROLES, can, type Permission, type User } from '@careops/domain/auth';
import { LOCALES, toFieldErrors, toIsoCst, type ApiErrorBody, type Locale } from '@careops/domain';
import type { Database, SessionRecord } from '../db/database';
import { HttpError, badRequest, forbidden, unauthenticated } from './errors';
import { writeAudit } from './audit';
import type { ScenarioStore } from './scenario';

export interface Server {
  db: Database;
  scenario: ScenarioStore;
}

export interface Context<Q, B> {
  request: Request;
  params: Record<string, string>;
  query: Q;
  body: B;
  user: User;
  session: SessionRecord;
  locale: Locale;
  requestId: string;
  server: Server;
  db: Database;
}

type Check = Permission | ((user: User) => boolean);

export interface EndpointDef<QS extends z.ZodType, BS extends z.ZodType, RS extends z.ZodType> {
  /** Who may call it; checked after authentication, a refusal is audited. */
  permission: Check;
  /** Audit action name for a refusal, e.g. order.view */
  action: string;
  query?: QS;
  body?: BS;
  response: RS;
  status?: number;
}

const empty = z.object({});
let requestCounter = 0;

export function errorResponse(error: HttpError): Response {
  const body: ApiErrorBody = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      ...(error.details ? { details: error.details } : {}),
    },
  };
  return HttpResponse.json(body, { status: error.status });
}

function localeOf(request: Request): Locale {
  const header = request.headers.get('accept-language') ?? '';
  return LOCALES.find((l) => header.startsWith(l)) ?? (header.startsWith('en') ? 'en-US' : 'zh-CN');
}

/** Resolves the bearer token to a live session; an idle session expires (DOMAIN.md §6.1). */
export function authenticate(server: Server, request: Request): { user: User; session: SessionRecord } {
  const header = request.headers.get('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  if (!token) throw unauthenticated();
  const { db } = server;
  const session = db.sessions.find((s) => s.token === token);
  if (!session) throw unauthenticated('TOKEN_EXPIRED');
  const now = db.now();
  if (now - session.lastSeenAt > IDLE_TIMEOUT_SECONDS * 1000) {
    db.sessions.delete(session.id);
    throw unauthenticated('TOKEN_EXPIRED');
  }
  const user = db.users.get(session.userId);
  if (!user) throw unauthenticated();
  // Sliding expiry; written at most once a minute to keep persistence cheap.
  if (now - session.lastSeenAt > 60_000) db.sessions.put({ ...session, lastSeenAt: now });
  return { user, session };
}

export function sessionExpiresAt(session: SessionRecord, now: number): string {
  return toIsoCst(Math.max(session.lastSeenAt, now) + IDLE_TIMEOUT_SECONDS * 1000);
}

/** Applies the scenario switches: added latency and random 503s. */
export async function applyScenario(server: Server): Promise<HttpError | undefined> {
  const { latencyMs, failureRate } = server.scenario.get();
  if (latencyMs > 0) await delay(latencyMs);
  if (failureRate > 0 && Math.random() < failureRate)
    return new HttpError(503, 'SERVICE_UNAVAILABLE', 'The service is temporarily unavailable (simulated).');
  return undefined;
}

async function readBody(request: Request): Promise<unknown> {
  if (request.method === 'GET' || request.method === 'HEAD') return {};
  const text = await request.text();
  if (!text) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest({ _: ['The body is not valid JSON.'] });
  }
}

/**
 * One authenticated API endpoint: scenario, authentication, permission, input
 * validation, the handler, response validation against the domain schema, and
 * persistence of its writes before the answer leaves.
 */
export function endpoint<
  RS extends z.ZodType,
  QS extends z.ZodType = typeof empty,
  BS extends z.ZodType = typeof empty,
>(
  server: Server,
  def: EndpointDef<QS, BS, RS>,
  handler: (ctx: Context<z.output<QS>, z.output<BS>>) => z.input<RS> | Promise<z.input<RS>>,
): HttpResponseResolver {
  return async ({ request, params }) => {
    const requestId = `req_${Date.now().toString(36)}_${(++requestCounter).toString(36)}`;
    const { db } = server;
    try {
      const failure = await applyScenario(server);
      if (failure) throw failure;
      const auth = authenticate(server, request);
      const { user } = auth;
      const allowed = typeof def.permission === 'function' ? def.permission(user) : can(user, def.permission);
      if (!allowed) {
        writeAudit(db, {
          actor: user,
          action: def.action,
          resource: { type: def.action.split('.')[0] ?? 'api', id: new URL(request.url).pathname },
          result: 'denied',
          requestId,
        });
        throw forbidden();
      }
      const url = new URL(request.url);
      const query = (def.query ?? empty).safeParse(Object.fromEntries(url.searchParams));
      if (!query.success) throw badRequest(toFieldErrors(query.error));
      const body = (def.body ?? empty).safeParse(await readBody(request));
      if (!body.success) throw badRequest(toFieldErrors(body.error));
      const result = await handler({
        request,
        params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
        query: query.data as z.output<QS>,
        body: body.data as z.output<BS>,
        user,
        session: auth.session,
        locale: localeOf(request),
        requestId,
        server,
        db,
      });
      const checked = def.response.safeParse(result);
      if (!checked.success) {
        console.error('[mocks] response does not match its schema', request.url, checked.error.issues);
        throw new HttpError(500, 'INTERNAL', 'The server produced an invalid response.');
      }
      await db.flush();
      return HttpResponse.json(checked.data as Record<string, unknown>, { status: def.status ?? 200 });
    } catch (error) {
      await db.flush();
      if (error instanceof HttpError) return errorResponse(error);
      console.error('[mocks] handler failed', request.url, error);
      return errorResponse(new HttpError(500, 'INTERNAL', 'Unexpected server error.'));
    }
  };
}

/** Records of the caller's organisations only, where the grant is limited to them (DOMAIN.md §6.3). */
export function inScope(user: User, orgId: string | undefined, storeId?: string): boolean {
  if (!PARTNER_ROLES.includes(user.role)) return true;
  if (!orgId || !user.orgIds.includes(orgId)) return false;
  return !storeId || !user.storeIds || user.storeIds.includes(storeId);
}
