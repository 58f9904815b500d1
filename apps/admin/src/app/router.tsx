import { Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { lazyPage } from './lazy-page';
import { PageSpin } from './PageSpin';
import { RequireAuth } from './RequireAuth';
import { RequireCapability } from './RequireCapability';
import { RouteError } from './RouteError';
import type { RouteHandle } from './route-handle';

const LoginPage = lazyPage(() => import('../domains/auth/LoginPage'), 'LoginPage');
const AppLayout = lazyPage(() => import('./AppLayout'), 'AppLayout');
const HomePage = lazyPage(() => import('../domains/home/HomePage'), 'HomePage');
const UnitsPage = lazyPage(() => import('../domains/units/UnitsPage'), 'UnitsPage');
const UsersPage = lazyPage(() => import('../domains/users/UsersPage'), 'UsersPage');
const AuditPage = lazyPage(() => import('../domains/audit/AuditPage'), 'AuditPage');
const NotFound = lazyPage(() => import('./NotFound'), 'NotFound');

const handle = (...crumbs: RouteHandle['crumbs']): RouteHandle => ({ crumbs });

export const router = createBrowserRouter(
  [
    {
      path: '/login',
      errorElement: <RouteError />,
      element: (
        <Suspense fallback={<PageSpin fullScreen />}>
          <LoginPage />
        </Suspense>
      ),
    },
    {
      path: '/',
      errorElement: <RouteError />,
      element: (
        <RequireAuth>
          <Suspense fallback={<PageSpin fullScreen />}>
            <AppLayout />
          </Suspense>
        </RequireAuth>
      ),
      children: [
        { index: true, handle: handle(), element: <HomePage /> },
        {
          path: 'units',
          handle: handle('org', 'units'),
          element: (
            <RequireCapability capability="units.view">
              <UnitsPage />
            </RequireCapability>
          ),
        },
        {
          path: 'users',
          handle: handle('org', 'users'),
          element: (
            <RequireCapability capability="users.view">
              <UsersPage />
            </RequireCapability>
          ),
        },
        {
          path: 'audit',
          handle: handle('audit'),
          element: (
            <RequireCapability capability="audit.view">
              <AuditPage />
            </RequireCapability>
          ),
        },
        { path: '*', handle: handle(), element: <NotFound /> },
      ],
    },
  ],
  { basename: '/admin' },
);
