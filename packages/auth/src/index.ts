export { AuthProvider, useAuth, type AuthStatus, type AuthValue } from './auth-provider';
export { Can, RequireAuth, RequirePermission, safeReturnTo, useCan, useCanSee, useSession } from './can';
export { loadSession, saveSession } from './storage';
