import { lazy, Suspense, useSyncExternalStore } from 'react';
import { BrowserRouter, Route, Routes } from '@careops/router';
import { RequireAuth } from '@careops/auth';
import { LoadingState } from '@careops/design-system/core';
import { ShellContext, type ShellValue } from './shell-context';
import { LoginPage } from './pages/login/login-page';
import { loadConsole } from './load-console';
import { keptStore } from './pages/remote/kept-store';

const Console = lazy(loadConsole);
// Part of the console's code: loaded once the console has drawn the slot it fills.
const KeptRemotesHost = lazy(() => import('./pages/remote/kept-remotes'));

export function App({ shell }: { shell: ShellValue }) {
  const keptRemotes = useSyncExternalStore(keptStore.subscribe, () => keptStore.get() !== null);
  return (
    <ShellContext.Provider value={shell}>
      <BrowserRouter>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route
            path="*"
            element={
              <RequireAuth>
                <Suspense fallback={<LoadingState />}>
                  <Console />
                </Suspense>
              </RequireAuth>
            }
          />
        </Routes>
      </BrowserRouter>
      {/* Visited remotes, drawn into the console's layout from outside its router (kept-remotes.tsx). */}
      {keptRemotes && (
        <Suspense fallback={null}>
          <KeptRemotesHost />
        </Suspense>
      )}
    </ShellContext.Provider>
  );
}
