import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { LoginInput } from '@houqin/contracts';
import { Alert, Button, Card, Flex, Form, Input, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LanguageSelect } from '../../app/LanguageSelect';
import { useDocumentTitle } from '../../components/use-document-title';
import { parseApiError } from '../../lib/errors';
import { setFieldErrors } from '../../lib/form-errors';
import { useLogin, useSession } from './session';

function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login') ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [form] = Form.useForm<LoginInput>();
  const session = useSession();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  useDocumentTitle(t('auth.submit'));

  if (session.data) return <Navigate to={returnPath(location.state)} replace />;

  const onFinish = (values: LoginInput) => {
    login.mutate(values, {
      onSuccess: () => navigate(returnPath(location.state), { replace: true }),
      onError: (error) => setFieldErrors(form, error, parseApiError(error)),
    });
  };

  return (
    <Flex vertical style={{ minHeight: '100vh', background: token.colorBgLayout }}>
      <header style={{ display: 'flex', justifyContent: 'flex-end', padding: '12px 24px' }}>
        <LanguageSelect />
      </header>
      <Flex component="main" flex={1} align="center" justify="center" style={{ padding: 24 }}>
        <Card style={{ width: '100%', maxWidth: 400 }}>
          <Typography.Title level={1} style={{ fontSize: 24, textAlign: 'center', marginBottom: 4 }}>
            {t('app.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginBottom: 24 }}>
            {t('auth.loginSubtitle')}
          </Typography.Paragraph>
          <Form
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={onFinish}
            disabled={login.isPending}
          >
            <Form.Item
              name="username"
              label={t('auth.username')}
              rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
            >
              <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" maxLength={64} />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('auth.password')}
              rules={[{ required: true, message: t('auth.passwordRequired') }]}
            >
              <Input.Password
                prefix={<LockOutlined aria-hidden />}
                autoComplete="current-password"
                maxLength={256}
              />
            </Form.Item>
            {login.isError ? (
              <Alert type="error" showIcon title={parseApiError(login.error)} style={{ marginBottom: 16 }} />
            ) : null}
            <Button type="primary" htmlType="submit" block loading={login.isPending}>
              {t('auth.submit')}
            </Button>
          </Form>
        </Card>
      </Flex>
    </Flex>
  );
}
