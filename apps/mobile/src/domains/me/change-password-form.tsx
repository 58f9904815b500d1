import { PASSWORD_MIN_LENGTH } from '@houqin/contracts';
import { Button, Form } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitApiError } from '../../lib/api-error';
import { ApiError } from '../../lib/http';
import { FormAlert } from '../../ui/form-alert';
import { PasswordInput } from '../../ui/password-input';
import { useChangePassword } from './use-change-password';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Where an error code belongs when the API does not name the field. */
const FIELD_OF_CODE: Partial<Record<string, (typeof FIELDS)[number]>> = {
  PASSWORD_INCORRECT: 'currentPassword',
  PASSWORD_POLICY: 'newPassword',
};

export function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const mutation = useChangePassword();

  const onFinish = ({ currentPassword, newPassword }: Values) => {
    setFormError(null);
    mutation.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: onDone,
        onError: (err) => {
          const split = splitApiError(err, FIELDS);
          const field = err instanceof ApiError ? FIELD_OF_CODE[err.code] : undefined;
          if (split.fields.length === 0 && field && split.form) {
            form.setFields([{ name: field, errors: [split.form] }]);
            setFormError(null);
            return;
          }
          form.setFields(split.fields);
          setFormError(split.form);
        },
      },
    );
  };

  return (
    <Form
      form={form}
      layout="vertical"
      requiredMarkStyle="none"
      onFinish={onFinish}
      footer={
        <>
          <FormAlert message={formError} />
          <Button block type="submit" color="primary" size="large" loading={mutation.isPending}>
            {t('password.submit')}
          </Button>
        </>
      }
    >
      <Form.Item
        name="currentPassword"
        label={t('password.current')}
        rules={[{ required: true, message: t('password.currentRequired') }]}
      >
        <PasswordInput
          id="currentPassword"
          name="currentPassword"
          autoComplete="current-password"
          placeholder={t('password.currentPlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        dependencies={['currentPassword']}
        validateFirst
        rules={[
          { required: true, message: t('password.newRequired') },
          { min: PASSWORD_MIN_LENGTH, message: t('password.tooShort', { min: PASSWORD_MIN_LENGTH }) },
          {
            validator: async (_rule, value: string | undefined) => {
              if (value && !(/[A-Za-z]/.test(value) && /\d/.test(value))) {
                throw new Error(t('password.needsLetterAndDigit'));
              }
            },
          },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string | undefined) => {
              if (value && value === getFieldValue('currentPassword'))
                throw new Error(t('password.sameAsCurrent'));
            },
          }),
        ]}
      >
        <PasswordInput
          id="newPassword"
          name="newPassword"
          autoComplete="new-password"
          placeholder={t('password.newPlaceholder', { min: PASSWORD_MIN_LENGTH })}
        />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string | undefined) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
            },
          }),
        ]}
      >
        <PasswordInput
          id="confirmPassword"
          name="confirmPassword"
          autoComplete="new-password"
          placeholder={t('password.confirmPlaceholder')}
        />
      </Form.Item>
    </Form>
  );
}
