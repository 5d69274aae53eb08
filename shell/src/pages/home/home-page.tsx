import { Link } from '@careops/router';
import { useAuth } from '@careops/auth';
import { Card, Empty, PageContainer, RegistryIcon, Space, Typography } from '@careops/design-system';
import { useLocalized, useTranslation } from '@careops/i18n';
import { useShell } from '../../shell-context';
import { visibleRemotes } from '../../layout/nav';

export function HomePage() {
  const { t } = useTranslation('shell');
  const localized = useLocalized();
  const { user } = useAuth();
  const { remotes } = useShell();
  const mine = visibleRemotes(remotes, user);
  if (!user) return null;

  return (
    <PageContainer
      title={t('home.welcome', { name: localized(user.displayName) })}
      subtitle={t('home.subtitle', { role: t(`role.${user.role}`, { ns: 'common' }) })}
    >
      {mine.length === 0 ? (
        <Empty description={t('home.noModules')} />
      ) : (
        <ul
          aria-label={t('home.modules')}
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            display: 'grid',
            gap: 16,
            gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
          }}
        >
          {mine.map((remote) => (
            <li key={remote.id}>
              <Card style={{ height: '100%' }}>
                <Space direction="vertical" size={8}>
                  <Typography.Title level={2} style={{ fontSize: 17, margin: 0 }}>
                    <Space size={8}>
                      <RegistryIcon name={remote.icon} />
                      <Link to={remote.basePath}>{localized(remote.title)}</Link>
                    </Space>
                  </Typography.Title>
                  <Typography.Text type="secondary">
                    {t(`modules.${remote.id}`, { defaultValue: '' })}
                  </Typography.Text>
                </Space>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </PageContainer>
  );
}
