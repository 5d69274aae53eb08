import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { RequireAuth, RequirePermission } from '@careops/auth';
import { ShellContext, type ShellValue } from './shell-context';
import { ShellLayout } from './layout/shell-layout';
import { LoginPage } from './pages/login/login-page';
import { HomePage } from './pages/home/home-page';
import { ForbiddenPage, NotFoundPage } from './pages/errors/error-pages';
import { RemotePage } from './pages/remote/remote-page';

// The status page pulls in the table part of the design system: it loads when visited, not with the login screen.
const StatusPage = lazy(() => import('./pages/status/status-page').then((m) => ({ default: m.StatusPage })));

export function App({ shell }: { shell: ShellValue }) {
  return (
    <ShellContext.Provider value={shell}>
      <BrowserRouter>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route
            element={
              <RequireAuth>
                <ShellLayout />
              </RequireAuth>
            }
          >
            <Route index element={<HomePage />} />
            <Route path="status" element={<StatusPage />} />
            <Route path="403" element={<ForbiddenPage />} />
            {shell.remotes.map((remote) => (
              <Route
                key={remote.id}
                path={`${remote.basePath.slice(1)}/*`}
                element={
                  <RequirePermission permission={remote.permission} fallback={<ForbiddenPage />}>
                    <RemotePage remote={remote} />
                  </RequirePermission>
                }
              />
            ))}
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </ShellContext.Provider>
  );
}
