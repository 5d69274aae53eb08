import { sessionSchema, type Session } from '@careops/domain/auth';

const KEY = 'careops:session';

/** The session survives a reload; anything unreadable counts as no session. */
export function loadSession(): Session | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return null;
    const parsed = sessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  try {
    if (session) globalThis.localStorage?.setItem(KEY, JSON.stringify(session));
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // storage unavailable: the session lasts for this page only
  }
}
