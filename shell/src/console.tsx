import { lazy } from 'react';
import { Route, Routes } from '@careops/router';
import { useShell } from './shell-context';
import { ShellLayout } from './layout/shell-layout';
import { HomePage } from './pages/home/home-page';
import { ForbiddenPage, NotFoundPage } from './pages/errors/error-pages';

// The status page pulls in the table part of the design system: it loads when visited.
const StatusPage = lazy(() => import('./pages/status/status-page').then((m) => ({ default: m.StatusPage })));

/** Everything behind sign-in: loaded after the sign-in screen, which draws only the core design system. */
export default function Console() {
  const { remotes } = useShell();
  return (
    <Routes>
      <Route element={<ShellLayout />}>
        <Route index element={<HomePage />} />
        <Route path="status" element={<StatusPage />} />
        <Route path="403" element={<ForbiddenPage />} />
        {/* Matched here so they are not "not found"; the layout draws them (KeptRemotes). */}
        {remotes.map((remote) => (
          <Route key={remote.id} path={`${remote.basePath.slice(1)}/*`} element={null} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
