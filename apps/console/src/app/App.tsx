import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { createBrowserRouter, RouterProvider } from 'react-router';
import type { ApiClient } from '../api/client';
import { AuthProvider } from '../auth/auth';
import { SignInPage } from '../auth/SignInPage';
import { DeskPage } from '../desks/DeskPage';
import { HomePage } from '../homes/HomePage';
import { I18nProvider, type Language, useI18n } from '../i18n/i18n';
import { RequireSignIn } from '../shell/AppShell';
import { NotFound } from '../shell/NotFound';
import { THEME } from '../shell/theme';

/** The console's pages under /console/ (the gateway serves index.html for each). */
export const router = () =>
  createBrowserRouter(
    [
      { path: '/sign-in', element: <SignInPage /> },
      {
        element: <RequireSignIn />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'desk/:id', element: <DeskPage /> },
          // the pages of the gateway's own API load on first use: the first screen stays small
          {
            path: 'admin/staff',
            lazy: () => import('../admin/StaffPage').then((m) => ({ Component: m.StaffPage })),
          },
          {
            path: 'admin/branches',
            lazy: () =>
              import('../admin/BranchesPage').then((m) => ({ Component: m.BranchesPage })),
          },
          {
            path: 'audit',
            lazy: () => import('../admin/AuditPage').then((m) => ({ Component: m.AuditPage })),
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
    { basename: '/console' },
  );

function Localised({ routes }: { routes: ReturnType<typeof router> }) {
  const { language } = useI18n();
  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={THEME} componentSize="small">
      <AntApp notification={{ placement: 'bottomRight', stack: { threshold: 4 } }}>
        <RouterProvider router={routes} />
      </AntApp>
    </ConfigProvider>
  );
}

export function ConsoleApp({
  client,
  routes,
  language,
}: {
  client: ApiClient;
  routes: ReturnType<typeof router>;
  language?: Language;
}) {
  return (
    <I18nProvider language={language}>
      <AuthProvider client={client}>
        <Localised routes={routes} />
      </AuthProvider>
    </I18nProvider>
  );
}
