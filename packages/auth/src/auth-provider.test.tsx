import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { z } from 'zod';
import { api, configureApi, isApiError } from '@careops/api';
import { createMockServer } from '@careops/mocks/node';
import { AuthProvider, useAuth } from './auth-provider';
import { loadSession, saveSession } from './storage';
import { safeReturnTo } from './can';

const backend = createMockServer();
beforeAll(() => backend.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => saveSession(null));
afterAll(() => backend.server.close());
configureApi({ baseUrl: `${location.origin}/api/v1` });

function mount(queryClient = new QueryClient()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>{children}</AuthProvider>
    </QueryClientProvider>
  );
  return { queryClient, ...renderHook(() => useAuth(), { wrapper }) };
}

describe('AuthProvider', () => {
  it('signs in, and the session survives a reload (a new provider reading storage)', async () => {
    const first = mount();
    expect(first.result.current.status).toBe('anonymous');
    await act(() => first.result.current.login('pharmacy.a', 'demo123'));
    expect(first.result.current).toMatchObject({
      status: 'authenticated',
      user: { username: 'pharmacy.a', role: 'PHA' },
    });
    first.unmount();

    const second = mount();
    expect(second.result.current).toMatchObject({
      status: 'authenticated',
      user: { username: 'pharmacy.a' },
    });
  });

  it('rejects wrong credentials and stays anonymous', async () => {
    const { result } = mount();
    const error = await result.current.login('admin', 'wrong').catch((e: unknown) => e);
    expect(isApiError(error, 'INVALID_CREDENTIALS')).toBe(true);
    expect(result.current.status).toBe('anonymous');
  });

  it('turns a 401 from the server into "expired" while keeping the user, and signing in again restores it', async () => {
    const { result } = mount();
    await act(() => result.current.login('medops', 'demo123'));
    await act(async () => {
      await fetch(`${location.origin}/api/v1/__mock/sessions/expire`, { method: 'POST' });
      await api.get('/auth/me', z.unknown()).catch(() => undefined);
    });
    await waitFor(() => expect(result.current.status).toBe('expired'));
    expect(result.current.user?.username).toBe('medops');
    await act(() => result.current.login('medops', 'demo123'));
    expect(result.current.status).toBe('authenticated');
  });

  it("clears the previous user's cached data when someone else signs in, and on sign-out", async () => {
    const { result, queryClient } = mount();
    await act(() => result.current.login('pharmacy.a', 'demo123'));
    queryClient.setQueryData(['pharmacy', 'orders'], { secret: 'org A data' });
    await act(() => result.current.login('pharmacy.b', 'demo123'));
    expect(queryClient.getQueryData(['pharmacy', 'orders'])).toBeUndefined();
    queryClient.setQueryData(['x'], 1);
    await act(() => result.current.logout());
    expect(queryClient.getQueryData(['x'])).toBeUndefined();
    expect(result.current.status).toBe('anonymous');
    expect(loadSession()).toBeNull();
  });
});

describe('safeReturnTo', () => {
  it('follows only same-origin paths', () => {
    expect(safeReturnTo('/pharmacy/orders?status=paid')).toBe('/pharmacy/orders?status=paid');
    expect(safeReturnTo('//evil.example/x')).toBe('/');
    expect(safeReturnTo('https://evil.example')).toBe('/');
    expect(safeReturnTo('/\\evil.example')).toBe('/');
    expect(safeReturnTo(null)).toBe('/');
  });
});
