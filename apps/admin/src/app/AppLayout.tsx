import { App, Layout, theme } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { MustChangePasswordBanner } from '../domains/auth/MustChangePasswordBanner';
import { Breadcrumbs } from './Breadcrumbs';
import { HeaderBar } from './HeaderBar';
import { lazyPage } from './lazy-page';
import { PageSpin } from './PageSpin';
import { SideMenu } from './SideMenu';

const ChangePasswordModal = lazyPage(
  () => import('../domains/auth/ChangePasswordModal'),
  'ChangePasswordModal',
);

/** The console frame: side menu, header, breadcrumbs and the page in <main>; antd App gives pages message/modal. */
export function AppLayout() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [changingPassword, setChangingPassword] = useState(false);

  return (
    <App>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider
          width={220}
          theme="light"
          // the menu stays in view while a long page scrolls, and scrolls by itself when it is taller than the window
          style={{
            borderInlineEnd: `1px solid ${token.colorBorderSecondary}`,
            position: 'sticky',
            top: 0,
            height: '100vh',
            overflowY: 'auto',
          }}
        >
          <div
            style={{
              height: 64,
              display: 'flex',
              alignItems: 'center',
              paddingInline: 24,
              fontSize: 18,
              fontWeight: 600,
              color: token.colorPrimary,
            }}
          >
            {t('app.title')}
          </div>
          <SideMenu />
        </Layout.Sider>
        <Layout>
          <Layout.Header
            style={{
              background: token.colorBgContainer,
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
              paddingInline: 24,
              display: 'flex',
              justifyContent: 'flex-end',
              alignItems: 'center',
            }}
          >
            <HeaderBar onChangePassword={() => setChangingPassword(true)} />
          </Layout.Header>
          <Layout.Content style={{ padding: 24 }}>
            <Breadcrumbs />
            <MustChangePasswordBanner onChangePassword={() => setChangingPassword(true)} />
            <Suspense fallback={<PageSpin />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
        {changingPassword ? (
          <Suspense fallback={null}>
            <ChangePasswordModal onClose={() => setChangingPassword(false)} />
          </Suspense>
        ) : null}
      </Layout>
    </App>
  );
}
