import { Button } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { i18n } from '../../lib/i18n';
import { showNotice } from '../../ui/notice';
import { Page } from '../../ui/page';
import { useLogout } from '../auth/use-logout';
import { useSignedInSession } from '../auth/use-session';
import { ChangePasswordForm } from './change-password-form';

/**
 * 修改密码: from 我的, or forced after signing in with an initial password (then without a way back,
 * but with 退出登录 so nobody is trapped).
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSignedInSession();
  const forced = user.mustChangePassword;
  const logout = useLogout();

  const onDone = () => {
    showNotice(i18n.t('password.success'));
    void navigate(forced ? '/' : '/me', { replace: true });
  };

  return (
    <Page title={t('password.title')} backTo={forced ? undefined : '/me'}>
      {forced && (
        <p className="notice" role="note">
          {t('password.forcedNotice')}
        </p>
      )}
      <ChangePasswordForm onDone={onDone} />
      {forced && (
        <div className="page-actions">
          <Button block size="large" fill="none" loading={logout.isPending} onClick={() => logout.mutate()}>
            {t('me.logout')}
          </Button>
        </div>
      )}
    </Page>
  );
}
