import { Outlet, ScrollRestoration } from 'react-router';
import { NoticeHost } from '../ui/notice-host';

/** The centred phone-width column every page lives in. */
export function RootLayout() {
  return (
    <div className="app-column">
      <Outlet />
      <NoticeHost />
      <ScrollRestoration />
    </div>
  );
}
