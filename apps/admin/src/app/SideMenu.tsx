import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  HomeOutlined,
  NotificationOutlined,
  SettingOutlined,
  ShopOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCan } from '../domains/auth/current-session';

type Item = NonNullable<MenuProps['items']>[number];

function present<T>(value: T | false): value is T {
  return value !== false;
}

/** The side menu: only the pages the user's roles can use. */
export function SideMenu() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const orgChildren: Item[] = [
    can('units.view') && { key: '/units', label: t('nav.units') },
    can('users.view') && { key: '/users', label: t('nav.users') },
  ].filter(present);
  const meetingRoomChildren: Item[] = [
    can('meetingRooms.manage') && { key: '/meeting-rooms', label: t('nav.meetingRoomList') },
    can('meetingRooms.approve') && { key: '/room-approvals', label: t('nav.roomApprovals') },
    can('meetingRooms.manage') && { key: '/room-bookings', label: t('nav.roomBookings') },
    can('meetingRooms.statistics') && { key: '/room-statistics', label: t('nav.roomStatistics') },
  ].filter(present);
  const canteenChildren: Item[] = [
    can('canteens.manage') && { key: '/canteens', label: t('nav.canteenList') },
    can('canteens.manage') && { key: '/canteen-menus', label: t('nav.canteenMenus') },
    can('canteens.approveGuests') && { key: '/guest-meals', label: t('nav.guestMeals') },
    can('canteens.headcount') && { key: '/canteen-headcount', label: t('nav.headcount') },
    can('canteens.statistics') && { key: '/canteen-statistics', label: t('nav.canteenStatistics') },
    can('canteens.statistics') && { key: '/canteen-statements', label: t('nav.canteenStatements') },
  ].filter(present);
  const systemChildren: Item[] = [
    can('jobs.manage') && { key: '/jobs', label: t('nav.jobs') },
    can('calendar.manage') && { key: '/calendar', label: t('nav.calendar') },
    can('deliveries.view') && { key: '/deliveries', label: t('nav.deliveries') },
  ].filter(present);
  const items: Item[] = [
    { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
    orgChildren.length > 0 && {
      key: 'org',
      icon: <ApartmentOutlined />,
      label: t('nav.org'),
      children: orgChildren,
    },
    can('spaces.view') && { key: '/spaces', icon: <BankOutlined />, label: t('nav.spaces') },
    meetingRoomChildren.length > 0 && {
      key: 'meetingRooms',
      icon: <CalendarOutlined />,
      label: t('nav.meetingRooms'),
      children: meetingRoomChildren,
    },
    canteenChildren.length > 0 && {
      key: 'canteens',
      icon: <ShopOutlined />,
      label: t('nav.canteens'),
      children: canteenChildren,
    },
    can('announcements.manage') && {
      key: '/announcements',
      icon: <NotificationOutlined />,
      label: t('nav.announcements'),
    },
    can('audit.view') && { key: '/audit', icon: <AuditOutlined />, label: t('nav.audit') },
    systemChildren.length > 0 && {
      key: 'system',
      icon: <SettingOutlined />,
      label: t('nav.system'),
      children: systemChildren,
    },
  ].filter(present);

  const selected = `/${pathname.split('/')[1] ?? ''}`;
  return (
    <nav aria-label={t('nav.mainMenu')}>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={[selected]}
        defaultOpenKeys={['org', 'meetingRooms', 'canteens', 'system']}
        onClick={({ key }) => navigate(key)}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
