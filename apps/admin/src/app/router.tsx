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
const AnnouncementsPage = lazyPage(
  () => import('../domains/announcements/AnnouncementsPage'),
  'AnnouncementsPage',
);
const JobsPage = lazyPage(() => import('../domains/jobs/JobsPage'), 'JobsPage');
const CalendarPage = lazyPage(() => import('../domains/calendar/CalendarPage'), 'CalendarPage');
const DeliveriesPage = lazyPage(() => import('../domains/deliveries/DeliveriesPage'), 'DeliveriesPage');
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
        {
          path: 'announcements',
          handle: handle('announcements'),
          element: (
            <RequireCapability capability="announcements.manage">
              <AnnouncementsPage />
            </RequireCapability>
          ),
        },
        {
          path: 'jobs',
          handle: handle('system', 'jobs'),
          element: (
            <RequireCapability capability="jobs.manage">
              <JobsPage />
            </RequireCapability>
          ),
        },
        {
          path: 'calendar',
          handle: handle('system', 'calendar'),
          element: (
            <RequireCapability capability="calendar.manage">
              <CalendarPage />
            </RequireCapability>
          ),
        },
        {
          path: 'deliveries',
          handle: handle('system', 'deliveries'),
          element: (
            <RequireCapability capability="deliveries.view">
              <DeliveriesPage />
            </RequireCapability>
          ),
        },
        { path: '*', handle: handle(), element: <NotFound /> },
      ],
    },
  ],
  { basename: '/admin' },
);
