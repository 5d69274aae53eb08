import { Navigate, useNavigate, useSearchParams } from '@careops/router';
import { LoginForm, PreferenceSwitches } from '@careops/app-kit/core';
import { safeReturnTo, useAuth } from '@careops/auth';
import { Flex, Surface, useToken } from '@careops/design-system/core';
import { useTranslation } from '@careops/i18n';
import { useShell } from '../../shell-context';
import { loadConsole } from '../../load-console';

// Someone reaching for the form is about to sign in: fetch the console meanwhile.
const preloadConsole = () => void loadConsole();

export function LoginPage() {
  const { t } = useTranslation();
  const { status } = useAuth();
  const { mockMode } = useShell();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = useToken();
  const returnTo = safeReturnTo(params.get('returnTo'));
  if (status === 'authenticated') return <Navigate to={returnTo} replace />;

  return (
    <Flex
      vertical
      align="center"
      style={{ minHeight: '100vh', padding: '48px 16px', background: token.colorBgLayout }}
    >
      <Flex justify="flex-end" style={{ width: '100%', maxWidth: 480, marginBottom: 16 }}>
        <PreferenceSwitches />
      </Flex>
      <main style={{ width: '100%', maxWidth: 480 }} onPointerEnter={preloadConsole} onFocus={preloadConsole}>
        <Surface>
          {/* Plain elements: antd's Typography brings Tooltip along (≈ 13 KB gzip). */}
          <h1 style={{ fontSize: 24, fontWeight: 600, margin: '0 0 8px', color: token.colorTextHeading }}>
            {t('app.name')}
          </h1>
          <p style={{ margin: '0 0 24px', color: token.colorTextSecondary }}>{t('app.tagline')}</p>
          <LoginForm demoAccounts={mockMode} onSuccess={() => navigate(returnTo, { replace: true })} />
        </Surface>
      </main>
    </Flex>
  );
}
