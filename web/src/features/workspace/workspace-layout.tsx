import { useState, type ReactNode } from 'react';
import { Button, Drawer, Grid, Layout, Menu, Tag, Typography } from 'antd';
import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { SessionUser } from '../../../../src/contracts/auth';
import { api } from '../../lib/api';
import { useSession } from './session';
import { NotificationBell } from './notification-bell';
import { navEntriesFor, selectedEntry } from './workspace-nav';

const FULL_TITLE = '广东省中小企业公共服务示范平台（基地）管理系统';
const SHORT_TITLE = '示范平台（基地）管理系统';

/** The unit the person acts for: the organisation for applicants, the city for city users. */
function affiliation(user: SessionUser): string | null {
  return user.organisationName ?? user.cityName;
}

export function WorkspaceLayout({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [loggingOut, setLoggingOut] = useState(false);
  const entries = navEntriesFor(user.role);
  const selected = selectedEntry(entries, pathname);

  const logout = async () => {
    setLoggingOut(true);
    // Leave even if the server call fails: the session is then gone or unusable anyway.
    await api.post('/api/auth/logout').catch(() => undefined);
    navigate('/login', { replace: true });
  };

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected.path] : []}
      style={{ borderInlineEnd: 'none' }}
      onClick={() => setDrawerOpen(false)}
      items={entries.map((entry) => ({ key: entry.path, icon: entry.icon, label: <Link to={entry.path}>{entry.label}</Link> }))}
    />
  );

  const userInfo = (
    <>
      <Tag color={isPhone ? 'blue' : undefined} style={{ marginInlineEnd: 0 }}>
        {user.roleLabel}
      </Tag>
      <span>{user.displayName}</span>
      {affiliation(user) && <span>{affiliation(user)}</span>}
    </>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="ws-header">
        {isPhone && (
          <Button
            type="text"
            aria-label="打开菜单"
            icon={<MenuOutlined style={{ color: '#fff', fontSize: 18 }} />}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link to="/workspace" className="ws-brand">
          {screens.lg ? FULL_TITLE : SHORT_TITLE}
        </Link>
        {!isPhone && (
          <div className="ws-user" role="group" aria-label="当前用户">
            {userInfo}
          </div>
        )}
        <NotificationBell />
        <Button ghost size="small" icon={<LogoutOutlined />} loading={loggingOut} onClick={() => void logout()}>
          退出登录
        </Button>
      </Layout.Header>
      {isPhone && (
        <div className="ws-userbar" role="group" aria-label="当前用户">
          <Typography.Text style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>{userInfo}</Typography.Text>
        </div>
      )}
      <Layout>
        {!isPhone && (
          <Layout.Sider width={200} theme="light" className="ws-sider">
            <nav aria-label="功能菜单">{menu}</nav>
          </Layout.Sider>
        )}
        <Layout.Content className="ws-content">{children}</Layout.Content>
      </Layout>
      {isPhone && (
        <Drawer title="功能菜单" placement="left" size={260} open={drawerOpen} onClose={() => setDrawerOpen(false)}>
          <nav aria-label="功能菜单">{menu}</nav>
        </Drawer>
      )}
    </Layout>
  );
}
