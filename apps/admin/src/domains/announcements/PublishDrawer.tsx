import {
  ANNOUNCEMENT_BODY_MAX,
  ANNOUNCEMENT_TITLE_MAX,
  type Announcement,
  type AnnouncementAudienceKind,
} from '@houqin/contracts';
import { Alert, Button, Drawer, Form, Input, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRoleOptions } from '../../components/role-options';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { isApiError } from '../../lib/api-error';
import { localizeIssue } from '../../lib/errors';
import { useSubmitError } from '../../lib/use-submit-error';
import { usePublishAnnouncement } from './api';
import { type AudienceValues, toAudienceInput } from './audience';

interface Values {
  title: string;
  body: string;
  audience: AudienceValues;
}

const AUDIENCE_PREFIX = 'body.audience.';

/** 发布公告: title, text and who gets it; publishing notifies them at once. */
export function PublishDrawer({
  onClose,
  onPublished,
}: {
  onClose: () => void;
  onPublished: (announcement: Announcement) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const roleOptions = useRoleOptions();
  const publish = usePublishAnnouncement();
  const submitError = useSubmitError(form);
  const kind = Form.useWatch<AnnouncementAudienceKind | undefined>(['audience', 'kind'], form) ?? 'all';

  const onError = (error: unknown) => {
    submitError(error);
    // the audience's own fields are nested (body.audience.unitId → ['audience', 'unitId'])
    if (!isApiError(error)) return;
    const nested = error.issues
      .filter((issue) => issue.path.startsWith(AUDIENCE_PREFIX))
      .map((issue) => ({
        name: ['audience', issue.path.slice(AUDIENCE_PREFIX.length).split('.')[0] ?? 'kind'],
        errors: [localizeIssue(issue.message)],
      }));
    if (nested.length > 0) form.setFields(nested as Parameters<typeof form.setFields>[0]);
  };

  const onFinish = (values: Values) => {
    const audience = toAudienceInput(values.audience);
    if (!audience) return;
    publish.mutate(
      { title: values.title.trim(), body: values.body.trim(), audience },
      {
        onSuccess: (announcement) => {
          onPublished(announcement);
          onClose();
        },
        onError,
      },
    );
  };

  return (
    <Drawer
      open
      size={560}
      title={t('announcements.publish')}
      onClose={onClose}
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={publish.isPending} onClick={() => form.submit()}>
            {t('announcements.submit')}
          </Button>
        </Space>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ audience: { kind: 'all' } }}
        onFinish={onFinish}
      >
        <Form.Item
          name="title"
          label={t('announcements.titleField')}
          rules={[{ required: true, whitespace: true, message: t('announcements.titleRequired') }]}
        >
          <Input maxLength={ANNOUNCEMENT_TITLE_MAX} showCount autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('announcements.body')}
          rules={[{ required: true, whitespace: true, message: t('announcements.bodyRequired') }]}
        >
          <Input.TextArea rows={8} maxLength={ANNOUNCEMENT_BODY_MAX} showCount />
        </Form.Item>
        <Form.Item name={['audience', 'kind']} label={t('announcements.audience')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'all', label: t('announcements.audienceAll') },
              { value: 'unit', label: t('announcements.audienceUnit') },
              { value: 'role', label: t('announcements.audienceRole') },
            ]}
          />
        </Form.Item>
        {kind === 'unit' ? (
          <Form.Item
            name={['audience', 'unitId']}
            label={t('announcements.unit')}
            extra={t('announcements.unitHint')}
            rules={[{ required: true, message: t('announcements.unitRequired') }]}
          >
            <UnitTreeSelect placeholder={t('announcements.unitRequired')} />
          </Form.Item>
        ) : null}
        {kind === 'role' ? (
          <Form.Item
            name={['audience', 'role']}
            label={t('announcements.role')}
            rules={[{ required: true, message: t('announcements.roleRequired') }]}
          >
            <Select options={roleOptions} placeholder={t('announcements.roleRequired')} />
          </Form.Item>
        ) : null}
        <Alert type="info" showIcon title={t('announcements.publishHint')} />
      </Form>
    </Drawer>
  );
}
