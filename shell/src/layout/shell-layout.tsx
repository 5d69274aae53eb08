import { useEffect, useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from '@careops/router';
import { PreferenceSwitches, RemoteBoundary, UserMenu, type RemotePrefetchContext } from '@careops/app-kit';
import { useQueryClient } from '@tanstack/react-query';
import { can } from '@careops/domain/auth';
import { useAuth } from '@careops/auth';
import {
  Alert,
  App,
  Button,
  DashboardOutlined,
  Flex,
  Layout,
  Menu,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  RegistryIcon,
  SettingOutlined,
  Typography,
  useToken,
  type MenuProps,
} from '@careops/design-system';
import { useLocalized, useTranslation } from '@careops/i18n';
import { useShell } from '../shell-context';
import { navKeyOf, visibleRemotes } from './nav';
import { ReloginModal } from './relogin-modal';
import { loadRemoteModule, preloadWhenIdle } from '../registry/loader';
import type { ResolvedRemote } from '../registry/registry';
import { KeptRemotesSlot, navTarget, useKeptRemotes } from '../pages/remote/kept-remotes';

/**
 * A remote's code, and then what its landing page requests. A failed load is kept like any
 * failed load (the page shows it with a retry); a failed prefetch leaves the page to ask again.
 */
function preload(remote: ResolvedRemote, context: RemotePrefetchContext) {
  void loadRemoteModule(remote)
    .then((module) => {
      void module.preload?.().catch(() => undefined);
      module.prefetch?.(context);
    })
    .catch(() => undefined);
}

export function ShellLayout() {
  const { t } = useTranslation('shell');
  const localized = useLocalized();
  const { user } = useAuth();
  const { remotes, mockMode } = useShell();
  const location = useLocation();
  const navigate = useNavigate();
  const token = useToken();
  const [collapsed, setCollapsed] = useState(false);

  const queryClient = useQueryClient();
  const mine = useMemo(() => visibleRemotes(remotes, user), [remotes, user]);
  const prefetch: RemotePrefetchContext = { queryClient, can: (permission) => can(user, permission) };
  // Once the console is up, the remotes this user may open load in idle time, one by one.
  useEffect(() => preloadWhenIdle(mine, { busy: () => queryClient.isFetching() > 0 }), [mine, queryClient]);
  const keptRemotes = useKeptRemotes(remotes, user?.id);
  const overridden = remotes.filter((r) => r.overridden);
  const items: MenuProps['items'] = [
    { key: 'home', icon: <DashboardOutlined aria-hidden />, label: <Link to="/">{t('nav.home')}</Link> },
    ...mine.map((r) => ({
      key: r.id,
      icon: <RegistryIcon name={r.icon} />,
      label: (
        // Pointing at or tabbing to a remote starts loading its code, so the click finds it ready.
        <Link
          to={navTarget(r, keptRemotes)}
          onMouseEnter={() => preload(r, prefetch)}
          onFocus={() => preload(r, prefetch)}
        >
          {localized(r.title)}
        </Link>
      ),
    })),
    {
      key: 'status',
      icon: <SettingOutlined aria-hidden />,
      label: <Link to="/status">{t('nav.status')}</Link>,
    },
  ];

  return (
    // antd's message / modal / notification hooks, for the shell and every remote below it.
    <App component={false}>
      <Layout style={{ minHeight: '100vh' }}>
        <a className="careops-skip-link" href="#main-content">
          {t('nav.skipToContent')}
        </a>
        <Layout.Sider
          theme="light"
          collapsible
          collapsed={collapsed}
          trigger={null}
          breakpoint="lg"
          onBreakpoint={setCollapsed}
          width={232}
          style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
        >
          <Flex align="center" gap={8} style={{ height: 64, paddingInline: 20 }}>
            <Typography.Text strong style={{ fontSize: 16, whiteSpace: 'nowrap', overflow: 'hidden' }}>
              {collapsed ? 'CO' : t('app.name', { ns: 'common' })}
            </Typography.Text>
          </Flex>
          <nav aria-label={t('nav.label')}>
            <Menu
              mode="inline"
              selectedKeys={[navKeyOf(location.pathname, mine)]}
              items={items}
              style={{ borderInlineEnd: 0 }}
            />
          </nav>
        </Layout.Sider>
        <Layout>
          <Layout.Header
            style={{
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'space-between',
              gap: 16,
              paddingInline: 16,
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
            }}
          >
            <Button
              type="text"
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
              aria-expanded={!collapsed}
              onClick={() => setCollapsed((c) => !c)}
            />
            <Flex align="center" gap={16} wrap>
              <PreferenceSwitches />
              <UserMenu mockMode={mockMode} onSignedOut={() => navigate('/login')} />
            </Flex>
          </Layout.Header>
          {overridden.length > 0 && (
            <Alert
              banner
              type="warning"
              data-testid="override-banner"
              title={t('override.banner', { names: overridden.map((r) => localized(r.title)).join(', ') })}
              action={
                <Button size="small" onClick={() => navigate('/status')}>
                  {t('override.manage')}
                </Button>
              }
            />
          )}
          {/* Layout.Content renders the page's one <main>. */}
          <Layout.Content id="main-content" tabIndex={-1} style={{ padding: 24, outline: 'none' }}>
            {/* Every page is contained too: a failing shell page or lazy chunk never blanks the console. */}
            <RemoteBoundary resetKey={location.pathname}>
              <Outlet />
            </RemoteBoundary>
            <KeptRemotesSlot {...keptRemotes} />
          </Layout.Content>
        </Layout>
        <ReloginModal />
      </Layout>
    </App>
  );
}
