import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentSession } from './current-session';

/** Reminds a user whose password was set by an administrator to change it. */
export function MustChangePasswordBanner({ onChangePassword }: { onChangePassword: () => void }) {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  if (!user.mustChangePassword) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('auth.mustChangeTitle')}
      description={t('auth.mustChangeText')}
      action={
        <Button type="primary" onClick={onChangePassword}>
          {t('header.changePassword')}
        </Button>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
