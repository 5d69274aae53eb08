import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoginForm, PreferenceSwitches } from '@careops/app-kit';
import { safeReturnTo, useAuth } from '@careops/auth';
import { Card, Flex, Typography, useToken } from '@careops/design-system';
import { useTranslation } from '@careops/i18n';
import { useShell } from '../../shell-context';

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
      <main style={{ width: '100%', maxWidth: 480 }}>
        <Card>
          <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
          <LoginForm demoAccounts={mockMode} onSuccess={() => navigate(returnTo, { replace: true })} />
        </Card>
      </main>
    </Flex>
  );
}
