import { createBrowserRouter, Navigate } from 'react-router';
import { RequireSession, RequireSignedOut } from '../domains/auth/guards';
import { LoginPage } from '../domains/auth/login-page';
import { HomePage } from '../domains/home/home-page';
import { ChangePasswordPage } from '../domains/me/change-password-page';
import { MePage } from '../domains/me/me-page';
import { mealRoutes } from '../domains/meals/routes';
import { NOTIFICATION_SETTINGS_PATH } from '../domains/notifications/keys';
import { NotificationSettingsPage } from '../domains/notifications/notification-settings-page';
import { NotificationsPage } from '../domains/notifications/notifications-page';
import { roomRoutes } from '../domains/rooms/routes';
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
          { path: NOTIFICATION_SETTINGS_PATH, element: <NotificationSettingsPage /> },
          ...roomRoutes,
          ...mealRoutes,
          {
            element: <TabLayout />,
            children: [
              { path: '/', element: <HomePage /> },
              { path: '/messages', element: <NotificationsPage /> },
              // links made by the server may name the list /notifications
              { path: '/notifications', element: <Navigate to="/messages" replace /> },
              { path: '/me', element: <MePage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
