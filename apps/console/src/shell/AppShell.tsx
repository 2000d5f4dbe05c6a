import { BellOutlined, LogoutOutlined, MutedOutlined, SoundOutlined } from '@ant-design/icons';
import { Badge, Button, Layout, Menu, Space, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/auth';
import { can } from '../auth/permissions';
import { roleName, useI18n } from '../i18n/i18n';
import { isMuted, setMuted } from '../live/chime';
import { LiveProvider, useLive } from '../live/live';
import { LanguageSwitch } from './LanguageSwitch';
import { SearchModal } from './SearchModal';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useShortcuts } from './shortcuts';
import { COLOURS } from './theme';

/** Only signed-in users get past here; the others go to the sign-in page and come back. */
export function RequireSignIn() {
  const { principal } = useAuth();
  const location = useLocation();
  if (!principal)
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return (
    <LiveProvider>
      <AppShell />
    </LiveProvider>
  );
}

function AppShell() {
  const { client, principal } = useAuth();
  const { t, language } = useI18n();
  const live = useLive();
  const navigate = useNavigate();
  const location = useLocation();
  const [searching, setSearching] = useState(false);
  const [helping, setHelping] = useState(false);
  const [muted, setMutedState] = useState(isMuted);
  const role = principal?.role;

  const handlers = useMemo(
    () => ({
      newCall: () => navigate('/desk/new-call'),
      search: () => setSearching(true),
      home: () => navigate('/'),
      help: () => setHelping(true),
    }),
    [navigate],
  );
  useShortcuts(handlers);

  const items = [
    { key: '/', label: <Link to="/">{t('nav.home')}</Link> },
    ...(can(role, 'readStaff')
      ? [{ key: '/admin/staff', label: <Link to="/admin/staff">{t('nav.staff')}</Link> }]
      : []),
    ...(can(role, 'manageBranches') || can(role, 'readStaff')
      ? [{ key: '/admin/branches', label: <Link to="/admin/branches">{t('nav.branches')}</Link> }]
      : []),
    ...(can(role, 'readAudit')
      ? [{ key: '/audit', label: <Link to="/audit">{t('nav.audit')}</Link> }]
      : []),
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <Link to="/" style={{ color: COLOURS.headerText, fontWeight: 600, whiteSpace: 'nowrap' }}>
          {t('app.title')}
        </Link>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[location.pathname]}
          items={items}
          style={{ flex: 1, minWidth: 0, background: 'transparent' }}
        />
        <Space size="middle">
          <Tooltip title={t(`live.status.${live.status}`)}>
            <span
              data-live-status={live.status}
              style={{ color: COLOURS.headerMuted, fontSize: 12 }}
              aria-live="polite"
            >
              ● {t(`live.status.${live.status}`)}
            </span>
          </Tooltip>
          <Badge count={live.inbox.length} size="small">
            <BellOutlined
              style={{ color: COLOURS.headerText, fontSize: 16 }}
              aria-label={t('live.inbox', { count: live.inbox.length })}
            />
          </Badge>
          <Tooltip title={muted ? t('shell.unmute') : t('shell.mute')}>
            <Button
              type="text"
              size="small"
              aria-label={muted ? t('shell.unmute') : t('shell.mute')}
              icon={muted ? <MutedOutlined /> : <SoundOutlined />}
              style={{ color: COLOURS.headerText }}
              onClick={() => {
                setMuted(!muted);
                setMutedState(!muted);
              }}
            />
          </Tooltip>
          <LanguageSwitch />
          <span style={{ color: COLOURS.headerMuted, whiteSpace: 'nowrap' }} data-principal>
            {principal?.username} · {principal ? roleName(language, principal.role) : ''} ·{' '}
            {principal?.branch}
          </span>
          <Button
            size="small"
            icon={<LogoutOutlined />}
            onClick={async () => {
              await client.signOut().catch(() => undefined);
              navigate('/sign-in', { replace: true });
            }}
          >
            {t('shell.logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content id="main" style={{ padding: 16 }} tabIndex={-1}>
        <Outlet />
      </Layout.Content>
      <SearchModal open={searching} onClose={() => setSearching(false)} />
      <ShortcutsHelp open={helping} onClose={() => setHelping(false)} />
    </Layout>
  );
}
