import { Outlet } from 'react-router';
import { TabBar } from './tab-bar';

/** The three tabs' pages: the page above, the tab bar fixed at the bottom. */
export function TabLayout() {
  return (
    <div className="tab-layout">
      <Outlet />
      <TabBar />
    </div>
  );
}
