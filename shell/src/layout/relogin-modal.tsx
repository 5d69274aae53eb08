import { useLocation, useNavigate } from '@careops/router';
import { LoginForm } from '@careops/app-kit';
import { useAuth } from '@careops/auth';
import { Button, Modal, Typography } from '@careops/design-system';
import { useTranslation } from '@careops/i18n';
import { useShell } from '../shell-context';

/**
 * When the server ends the session, sign in again over the page instead of
 * leaving it: the route and anything typed but unsaved stay as they were.
 */
export function ReloginModal() {
  const { t } = useTranslation();
  const { status, user, logout } = useAuth();
  const { mockMode } = useShell();
  const navigate = useNavigate();
  const location = useLocation();
  if (status !== 'expired' || !user) return null;

  const switchUser = async () => {
    const returnTo = `${location.pathname}${location.search}`;
    await logout();
    navigate(`/login?returnTo=${encodeURIComponent(returnTo)}`);
  };

  return (
    <Modal
      open
      title={t('login.sessionExpired')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={null}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('login.sessionExpiredHint')}</Typography.Paragraph>
      <LoginForm username={user.username} demoAccounts={mockMode} onSuccess={() => undefined} />
      <Button type="link" onClick={() => void switchUser()} style={{ paddingInline: 0, marginTop: 8 }}>
        {t('login.otherUser')}
      </Button>
    </Modal>
  );
}
