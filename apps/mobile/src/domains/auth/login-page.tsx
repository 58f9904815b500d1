import type { LoginInput } from '@houqin/contracts';
import { Button, Form, Input } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitApiError } from '../../lib/api-error';
import { FormAlert } from '../../ui/form-alert';
import { PasswordInput } from '../../ui/password-input';
import { usePageTitle } from '../../ui/use-page-title';
import { useLogin } from './use-login';

const FIELDS = ['username', 'password'] as const;

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.title'));
  const [form] = Form.useForm<LoginInput>();
  const [formError, setFormError] = useState<string | null>(null);
  const loginMutation = useLogin();

  const onFinish = (values: LoginInput) => {
    setFormError(null);
    loginMutation.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onError: (err) => {
          const split = splitApiError(err, FIELDS);
          form.setFields(split.fields);
          setFormError(split.form);
        },
      },
    );
  };

  return (
    <main className="page login-page">
      <header className="login-header">
        <div className="login-logo" aria-hidden="true">
          <img src="/favicon.svg" alt="" width={56} height={56} />
        </div>
        <h1>{t('app.name')}</h1>
        <p>{t('auth.subtitle')}</p>
      </header>
      <Form
        form={form}
        layout="vertical"
        requiredMarkStyle="none"
        onFinish={onFinish}
        footer={
          <>
            <FormAlert message={formError} />
            <Button
              block
              type="submit"
              color="primary"
              size="large"
              loading={loginMutation.isPending}
              loadingText={t('auth.submitting')}
            >
              {t('auth.submit')}
            </Button>
          </>
        }
      >
        <Form.Item
          name="username"
          label={t('auth.username')}
          rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
        >
          <Input
            id="username"
            name="username"
            autoComplete="username"
            maxLength={64}
            autoCapitalize="off"
            autoCorrect="off"
            enterKeyHint="next"
            placeholder={t('auth.usernamePlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <PasswordInput
            id="password"
            name="password"
            autoComplete="current-password"
            placeholder={t('auth.passwordPlaceholder')}
          />
        </Form.Item>
      </Form>
    </main>
  );
}
