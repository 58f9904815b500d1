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
const SpacesPage = lazyPage(() => import('../domains/spaces/SpacesPage'), 'SpacesPage');
const MeetingRoomsPage = lazyPage(
  () => import('../domains/meeting-rooms/MeetingRoomsPage'),
  'MeetingRoomsPage',
);
const QrLabelPage = lazyPage(() => import('../domains/meeting-rooms/QrLabelPage'), 'QrLabelPage');
const ApprovalsPage = lazyPage(() => import('../domains/meeting-rooms/ApprovalsPage'), 'ApprovalsPage');
const BookingsOverviewPage = lazyPage(
  () => import('../domains/meeting-rooms/BookingsOverviewPage'),
  'BookingsOverviewPage',
);
const StatisticsPage = lazyPage(() => import('../domains/meeting-rooms/StatisticsPage'), 'StatisticsPage');
const CanteensPage = lazyPage(() => import('../domains/canteens/CanteensPage'), 'CanteensPage');
const MenusPage = lazyPage(() => import('../domains/canteens/MenusPage'), 'MenusPage');
const GuestMealsPage = lazyPage(() => import('../domains/canteens/GuestMealsPage'), 'GuestMealsPage');
const HeadcountPage = lazyPage(() => import('../domains/canteens/HeadcountPage'), 'HeadcountPage');
const CanteenStatisticsPage = lazyPage(() => import('../domains/canteens/StatisticsPage'), 'StatisticsPage');
const StatementsPage = lazyPage(() => import('../domains/canteens/StatementsPage'), 'StatementsPage');
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
        {
          path: 'spaces',
          handle: handle('spaces'),
          element: (
            <RequireCapability capability="spaces.view">
              <SpacesPage />
            </RequireCapability>
          ),
        },
        {
          path: 'meeting-rooms',
          handle: handle('meetingRooms', 'meetingRoomList'),
          element: (
            <RequireCapability capability="meetingRooms.manage">
              <MeetingRoomsPage />
            </RequireCapability>
          ),
        },
        {
          path: 'meeting-rooms/:roomId/label',
          handle: handle('meetingRooms', 'meetingRoomList', 'roomLabel'),
          element: (
            <RequireCapability capability="meetingRooms.manage">
              <QrLabelPage />
            </RequireCapability>
          ),
        },
        {
          path: 'room-approvals',
          handle: handle('meetingRooms', 'roomApprovals'),
          element: (
            <RequireCapability capability="meetingRooms.approve">
              <ApprovalsPage />
            </RequireCapability>
          ),
        },
        {
          path: 'room-bookings',
          handle: handle('meetingRooms', 'roomBookings'),
          element: (
            <RequireCapability capability="meetingRooms.manage">
              <BookingsOverviewPage />
            </RequireCapability>
          ),
        },
        {
          path: 'room-statistics',
          handle: handle('meetingRooms', 'roomStatistics'),
          element: (
            <RequireCapability capability="meetingRooms.statistics">
              <StatisticsPage />
            </RequireCapability>
          ),
        },
        {
          path: 'canteens',
          handle: handle('canteens', 'canteenList'),
          element: (
            <RequireCapability capability="canteens.manage">
              <CanteensPage />
            </RequireCapability>
          ),
        },
        {
          path: 'canteen-menus',
          handle: handle('canteens', 'canteenMenus'),
          element: (
            <RequireCapability capability="canteens.manage">
              <MenusPage />
            </RequireCapability>
          ),
        },
        {
          path: 'guest-meals',
          handle: handle('canteens', 'guestMeals'),
          element: (
            <RequireCapability capability="canteens.approveGuests">
              <GuestMealsPage />
            </RequireCapability>
          ),
        },
        {
          path: 'canteen-headcount',
          handle: handle('canteens', 'headcount'),
          element: (
            <RequireCapability capability="canteens.headcount">
              <HeadcountPage />
            </RequireCapability>
          ),
        },
        {
          path: 'canteen-statistics',
          handle: handle('canteens', 'canteenStatistics'),
          element: (
            <RequireCapability capability="canteens.statistics">
              <CanteenStatisticsPage />
            </RequireCapability>
          ),
        },
        {
          path: 'canteen-statements',
          handle: handle('canteens', 'canteenStatements'),
          element: (
            <RequireCapability capability="canteens.statistics">
              <StatementsPage />
            </RequireCapability>
          ),
        },
        { path: '*', handle: handle(), element: <NotFound /> },
      ],
    },
  ],
  { basename: '/admin' },
);
