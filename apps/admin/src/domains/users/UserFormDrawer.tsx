import { PASSWORD_MIN_LENGTH, type Role, type User } from '@houqin/contracts';
import { App, Button, Drawer, Form, Input, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRoleOptions } from '../../components/role-options';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useSubmitError } from '../../lib/use-submit-error';
import { useCreateUser, useUpdateUser } from './api';

/** Same rule as the contracts' mobileSchema: 11 digits from 13–19, an optional +86/0086 prefix. */
const MOBILE_PATTERN = /^(?:(?:\+|00)86)?1[3-9]\d{9}$/;
const USERNAME_PATTERN = /^[a-zA-Z0-9._-]{2,64}$/;

interface Values {
  username?: string;
  displayName: string;
  mobile?: string;
  employeeCode?: string;
  unitId: string;
  roles: Role[];
  active?: boolean;
  password?: string;
}

const blankToNull = (value: string | undefined) => value?.trim() || null;

/** 新建用户 when `user` is absent, otherwise 编辑用户. */
export function UserFormDrawer({ user, onClose }: { user?: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const roleOptions = useRoleOptions();
  const create = useCreateUser();
  const update = useUpdateUser();
  const onError = useSubmitError(form);
  const saving = create.isPending || update.isPending;

  const done = (text: string) => () => {
    void message.success(text);
    onClose();
  };

  const onFinish = (values: Values) => {
    const common = {
      displayName: values.displayName.trim(),
      employeeCode: blankToNull(values.employeeCode),
      unitId: values.unitId,
      roles: values.roles,
    };
    if (user) {
      const mobile = blankToNull(values.mobile);
      const input = { ...common, active: values.active ?? true, ...(mobile ? { mobile } : {}) };
      update.mutate({ id: user.id, input }, { onSuccess: done(t('users.updated')), onError });
    } else {
      const input = {
        ...common,
        username: values.username?.trim() ?? '',
        mobile: blankToNull(values.mobile),
        password: values.password ?? '',
      };
      create.mutate(input, { onSuccess: done(t('users.created')), onError });
    }
  };

  const initialValues: Partial<Values> = user
    ? {
        displayName: user.displayName,
        employeeCode: user.employeeCode ?? undefined,
        unitId: user.unitId,
        roles: user.roles,
        active: user.active,
      }
    : { roles: ['staff'] };

  return (
    <Drawer
      open
      size={520}
      title={user ? t('users.editTitle', { name: user.displayName }) : t('users.create')}
      onClose={onClose}
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
        {user ? null : (
          <Form.Item
            name="username"
            label={t('users.username')}
            rules={[
              { required: true, whitespace: true, message: t('users.usernameRequired') },
              { pattern: USERNAME_PATTERN, message: t('users.usernamePattern') },
            ]}
          >
            <Input maxLength={64} autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }]}
        >
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={t('users.mobile')}
          rules={[{ pattern: MOBILE_PATTERN, message: t('users.mobilePattern') }]}
          extra={user?.mobileMasked ? t('users.mobileKeep', { masked: user.mobileMasked }) : undefined}
        >
          <Input inputMode="tel" maxLength={16} autoComplete="off" />
        </Form.Item>
        <Form.Item name="employeeCode" label={t('users.employeeCode')}>
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('users.unit')}
          rules={[{ required: true, message: t('users.unitRequired') }]}
        >
          <UnitTreeSelect />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('users.roles')}
          rules={[{ required: true, type: 'array', min: 1, message: t('users.rolesRequired') }]}
        >
          <Select mode="multiple" options={roleOptions} />
        </Form.Item>
        {user ? (
          <Form.Item name="active" label={t('users.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : (
          <Form.Item
            name="password"
            label={t('users.password')}
            extra={t('users.passwordHint')}
            rules={[
              { required: true, message: t('users.passwordRequired') },
              { min: PASSWORD_MIN_LENGTH, message: t('users.passwordMin', { min: PASSWORD_MIN_LENGTH }) },
            ]}
          >
            <Input.Password maxLength={256} autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
