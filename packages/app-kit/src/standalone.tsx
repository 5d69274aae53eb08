import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes, useNavigate, useSearchParams } from '@careops/router';
import { RequireAuth, safeReturnTo } from '@careops/auth';
import { Alert, App, Card, Flex, Layout } from '@careops/design-system';
import { useTranslation } from '@careops/i18n';
import {
  AppProviders,
  bootApp,
  LoginForm,
  PreferenceSwitches,
  RemoteBoundary,
  UserMenu,
  type RemoteModule,
  type RuntimeConfig,
} from '@careops/app-kit';

function StandaloneLogin({ mockMode }: { mockMode: boolean }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Card style={{ width: 420 }}>
        <LoginForm
          demoAccounts={mockMode}
          onSuccess={() => navigate(safeReturnTo(params.get('returnTo')), { replace: true })}
        />
      </Card>
    </Flex>
  );
}

function StandaloneFrame({ module, mockMode }: { module: RemoteModule; mockMode: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }}
      >
        <PreferenceSwitches />
        <UserMenu mockMode={mockMode} onSignedOut={() => navigate('/login')} />
      </Layout.Header>
      <Alert type="info" banner title={t('standalone.banner', { id: module.id })} />
      <Layout.Content style={{ padding: 24 }}>
        <RemoteBoundary>{module.routes}</RemoteBoundary>
      </Layout.Content>
    </Layout>
  );
}

/**
 * A remote's own page in development: the same providers and mock API as the
 * shell, a sign-in page, and the module mounted at its base path.
 */
export async function mountStandalone(
  module: RemoteModule,
  options: { basePath: string; config: RuntimeConfig },
) {
  const queryClient = await bootApp(options.config);
  const mockMode = options.config.apiMode === 'mock';
  const container =
    document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  createRoot(container).render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <App component={false}>
          <BrowserRouter>
            <Routes>
              <Route path="/login" element={<StandaloneLogin mockMode={mockMode} />} />
              <Route
                path={`${options.basePath}/*`}
                element={
                  <RequireAuth>
                    <StandaloneFrame module={module} mockMode={mockMode} />
                  </RequireAuth>
                }
              />
              <Route path="*" element={<Navigate to={options.basePath} replace />} />
            </Routes>
          </BrowserRouter>
        </App>
      </AppProviders>
    </StrictMode>,
  );
}
