import type { RouteObject } from 'react-router';

/** 会议室's pages (signed in, outside the tab bar), each loaded when first opened so 首页 stays small. */
export const roomRoutes: RouteObject[] = [
  {
    path: '/rooms',
    lazy: async () => ({ Component: (await import('./rooms-home-page')).RoomsHomePage }),
  },
  {
    path: '/rooms/mine',
    lazy: async () => ({ Component: (await import('./my-bookings-page')).MyBookingsPage }),
  },
  {
    path: '/rooms/tasks',
    lazy: async () => ({ Component: (await import('./service-tasks-page')).ServiceTasksPage }),
  },
  {
    path: '/rooms/approvals',
    lazy: async () => ({ Component: (await import('./approvals-page')).ApprovalsPage }),
  },
  {
    path: '/rooms/bookings/:bookingId',
    lazy: async () => ({ Component: (await import('./booking-detail-page')).BookingDetailPage }),
  },
  {
    path: '/rooms/bookings/:bookingId/edit',
    lazy: async () => ({ Component: (await import('./booking-edit-page')).BookingEditPage }),
  },
  {
    path: '/rooms/:roomId',
    lazy: async () => ({ Component: (await import('./room-page')).RoomPage }),
  },
  {
    path: '/rooms/:roomId/book',
    lazy: async () => ({ Component: (await import('./booking-form-page')).BookingFormPage }),
  },
  {
    path: '/rooms/:roomId/check-in',
    lazy: async () => ({ Component: (await import('./check-in-page')).CheckInPage }),
  },
  {
    path: '/me/calendar',
    lazy: async () => ({ Component: (await import('./calendar-feed-page')).CalendarFeedPage }),
  },
];
