import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from '@careops/router';
import { RequireAuth } from '@careops/auth';
import { LoadingState } from '@careops/design-system/core';
import { ShellContext, type ShellValue } from './shell-context';
import { LoginPage } from './pages/login/login-page';
import { loadConsole } from './load-console';

const Console = lazy(loadConsole);

export function App({ shell }: { shell: ShellValue }) {
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
    </ShellContext.Provider>
  );
}
