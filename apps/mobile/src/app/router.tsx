import { createBrowserRouter } from 'react-router';
import { RequireSession, RequireSignedOut } from '../domains/auth/guards';
import { LoginPage } from '../domains/auth/login-page';
import { HomePage } from '../domains/home/home-page';
import { ChangePasswordPage } from '../domains/me/change-password-page';
import { MePage } from '../domains/me/me-page';
import { NotificationsPage } from '../domains/notifications/notifications-page';
import { NotFoundPage } from './not-found-page';
import { RootLayout } from './root-layout';
import { RouteErrorPage } from './route-error-page';
import { TabLayout } from './tab-layout';

export const router = createBrowserRouter([
  {
    element: <RootLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { element: <RequireSignedOut />, children: [{ path: '/login', element: <LoginPage /> }] },
      {
        element: <RequireSession />,
        children: [
          { path: '/me/password', element: <ChangePasswordPage /> },
          {
            element: <TabLayout />,
            children: [
              { path: '/', element: <HomePage /> },
              { path: '/messages', element: <NotificationsPage /> },
              { path: '/me', element: <MePage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
