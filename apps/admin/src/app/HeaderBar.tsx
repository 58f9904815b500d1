import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentSession } from '../domains/auth/current-session';
import { useLogout } from '../domains/auth/session';
import { NotificationBell } from '../domains/notifications/NotificationBell';
import { LanguageSelect } from './LanguageSelect';

export function HeaderBar({ onChangePassword }: { onChangePassword: () => void }) {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const logout = useLogout();

  return (
    <Space size="middle" wrap>
      <NotificationBell />
      <LanguageSelect />
      <Typography.Text title={t('header.signedInAs', { name: user.displayName, unit: user.unitName })}>
        <UserOutlined aria-hidden /> {user.displayName}
      </Typography.Text>
      <Button type="text" icon={<KeyOutlined aria-hidden />} onClick={onChangePassword}>
        {t('header.changePassword')}
      </Button>
      <Button
        icon={<LogoutOutlined aria-hidden />}
        loading={logout.isPending}
        onClick={() => logout.mutate()}
      >
        {t('header.logout')}
      </Button>
    </Space>
  );
}
