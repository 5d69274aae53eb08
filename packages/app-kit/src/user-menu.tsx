import { useQueryClient } from '@tanstack/react-query';
import { api } from '@careops/api';
import { useAuth } from '@careops/auth';
import {
  App,
  Avatar,
  Button,
  Dropdown,
  LogoutOutlined,
  ReloadOutlined,
  Space,
  Typography,
  UserOutlined,
  type MenuProps,
} from '@careops/design-system';
import { useLocalized, useTranslation } from '@careops/i18n';
import { z } from 'zod';

/** The signed-in user with sign-out and, in mock mode, the demo-data reset. */
export function UserMenu({ mockMode, onSignedOut }: { mockMode: boolean; onSignedOut: () => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { user, logout } = useAuth();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  if (!user) return null;

  const items: MenuProps['items'] = [
    { key: 'role', disabled: true, label: `${t('user.role')}: ${t(`role.${user.role}`)}` },
    { type: 'divider' },
    ...(mockMode ? [{ key: 'reset', icon: <ReloadOutlined />, label: t('menu.resetDemo') }] : []),
    { key: 'logout', icon: <LogoutOutlined />, label: t('action.signOut') },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'logout') void logout().then(onSignedOut);
    if (key === 'reset')
      modal.confirm({
        title: t('menu.resetDemo'),
        content: t('menu.resetDemoConfirm'),
        okText: t('action.confirm'),
        cancelText: t('action.cancel'),
        onOk: async () => {
          await api.post('/__mock/reset', {}, z.unknown());
          // The reset also ended this session: sign in again on fresh data.
          await logout();
          queryClient.clear();
          void message.success(t('menu.resetDone'));
          onSignedOut();
        },
      });
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']}>
      <Button type="text" data-testid="user-menu" style={{ height: 'auto' }}>
        <Space>
          <Avatar size="small" icon={<UserOutlined />} />
          <Typography.Text data-testid="current-user">{localized(user.displayName)}</Typography.Text>
        </Space>
      </Button>
    </Dropdown>
  );
}
