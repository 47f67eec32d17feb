import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Drawer, Grid, Layout, Menu, Space } from 'antd';
import { Suspense, useState } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { logout } from '../../auth/api/auth.api';
import { SESSION_KEY, useSession } from '../../auth/hooks/useSession';
import { capabilitiesOf } from '../../auth/utils/capabilities.util';
import { LocaleSwitch } from '../../i18n/components/LocaleSwitch';
import { useT } from '../../i18n/hooks/useT';
import { LiveEventsEffect } from '../../live/components/LiveEventsEffect';
import { useTenant, useUnitName } from '../../shared/hooks/useReference';
import { navEntries, selectedNavKey } from '../utils/nav.util';
import '../../shared/components/text.css';
import { PageLoading } from './PageLoading';

/** Header, menu (a drawer on phones) and the routed page; sends anonymous visitors to the login page. */
export function AppLayout() {
  const { user, loading } = useSession();
  const t = useT();
  const screens = Grid.useBreakpoint();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const tenant = useTenant();
  const unitName = useUnitName(user?.unitId);

  if (loading) return <PageLoading />;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;

  const narrow = !screens.md;
  const items = navEntries(capabilitiesOf(user)).map((e) => ({ key: e.path, label: t(e.label) }));
  const menu = (
    <Menu
      mode={narrow ? 'vertical' : 'inline'}
      theme={narrow ? 'light' : 'dark'}
      selectedKeys={[selectedNavKey(location.pathname)]}
      items={items}
      onClick={({ key }) => {
        setDrawerOpen(false);
        navigate(key);
      }}
      data-testid="main-menu"
    />
  );
  const signOut = async () => {
    await logout().catch(() => undefined);
    // Set the session first: clear() would detach this page's session observer and leave it showing.
    client.setQueryData(SESSION_KEY, null);
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <LiveEventsEffect />
      {!narrow && (
        <Layout.Sider width={200} breakpoint="lg" collapsedWidth={64}>
          <div style={{ color: '#fff', fontSize: 18, fontWeight: 600, padding: '16px 20px' }}>{t('app.name')}</div>
          {menu}
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 16px', display: 'flex', alignItems: 'center', gap: 12, borderBottom: '1px solid #f0f0f0' }}>
          {narrow && <Button type="text" icon={<MenuOutlined />} onClick={() => setDrawerOpen(true)} aria-label="menu" />}
          <strong className="duban-ellipsis" style={{ flex: 1 }}>
            {tenant.data?.name ?? ''} · {t('app.fullName')}
          </strong>
          <Space size="small">
            <span data-testid="current-user" className="duban-ellipsis" style={{ display: 'inline-block', verticalAlign: 'middle', maxWidth: narrow ? 110 : 260 }}>
              {user.name}
              {unitName && !narrow ? `（${unitName}）` : ''}
            </span>
            <LocaleSwitch />
            <Button type="text" size="small" icon={<LogoutOutlined />} onClick={signOut} data-testid="logout">
              {narrow ? null : t('app.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: narrow ? 8 : 24 }}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      <Drawer open={drawerOpen} onClose={() => setDrawerOpen(false)} placement="left" width={240} title={t('app.name')}>
        {menu}
      </Drawer>
    </Layout>
  );
}
