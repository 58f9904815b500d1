import type { NotificationPreferences, OutboundChannelName } from '@houqin/contracts';
import { Button, Form, Input } from 'antd-mobile';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError, splitApiError } from '../../lib/api-error';
import { i18n } from '../../lib/i18n';
import { ErrorState } from '../../ui/error-state';
import { FormAlert } from '../../ui/form-alert';
import { showNotice } from '../../ui/notice';
import { Page } from '../../ui/page';
import { SkeletonList } from '../../ui/skeleton-list';
import { SwitchRow } from '../../ui/switch-row';
import { useNotificationPreferences, useUpdateNotificationPreferences } from './queries';

/** 消息设置 (from 我的): which outbound channels to use, the e-mail address, what cannot be turned off. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();

  let content: ReactNode;
  if (preferences.isPending) content = <SkeletonList rows={5} />;
  else if (preferences.isError)
    content = <ErrorState error={preferences.error} onRetry={() => void preferences.refetch()} />;
  else content = <Settings preferences={preferences.data} />;

  return (
    <Page title={t('notificationSettings.title')} backTo="/me">
      {content}
    </Page>
  );
}

function Settings({ preferences }: { preferences: NotificationPreferences }) {
  const { t } = useTranslation();
  const available = preferences.availableChannels;
  const emailAvailable = available.includes('email');
  return (
    <>
      <section className="card-section" aria-labelledby="settings-channels">
        <h2 id="settings-channels" className="list-header">
          {t('notificationSettings.channels')}
        </h2>
        <div className="setting-row">
          <span className="switch-row-text">
            <span className="switch-row-label">{t('notificationSettings.inApp')}</span>
            <span className="switch-row-description">{t('notificationSettings.inAppDescription')}</span>
          </span>
          <span className="setting-row-value">{t('notificationSettings.alwaysOn')}</span>
        </div>
        {available.map((channel) => (
          <ChannelSwitch key={channel} channel={channel} preferences={preferences} />
        ))}
        {available.length === 0 && <p className="section-note">{t('notificationSettings.noOutbound')}</p>}
      </section>

      {emailAvailable && <EmailAddressForm email={preferences.email} />}

      <section className="card-section" aria-labelledby="settings-essential">
        <h2 id="settings-essential" className="list-header">
          {t('notificationSettings.essentialTitle')}
        </h2>
        <EssentialTypes types={preferences.essentialTypes} />
      </section>
    </>
  );
}

function ChannelSwitch({
  channel,
  preferences,
}: {
  channel: OutboundChannelName;
  preferences: NotificationPreferences;
}) {
  const { t } = useTranslation();
  const update = useUpdateNotificationPreferences();
  // the value being saved, shown at once; back to the saved one if saving fails
  const [pending, setPending] = useState<boolean | null>(null);
  const checked = pending ?? preferences.channels[channel];

  const onChange = (value: boolean) => {
    setPending(value);
    update.mutate(
      { channels: { [channel]: value } },
      {
        onSuccess: () => showNotice(i18n.t('notificationSettings.saved')),
        onError: (err) => showNotice(parseApiError(err)),
        onSettled: () => setPending(null),
      },
    );
  };

  const description =
    channel === 'email' && checked && !preferences.email
      ? t('notificationSettings.emailDescriptionNoAddress')
      : t(`notificationSettings.${channel}Description`);

  return (
    <SwitchRow
      id={`channel-${channel}`}
      label={t(`notificationSettings.${channel}`)}
      description={description}
      checked={checked}
      disabled={update.isPending}
      onChange={onChange}
    />
  );
}

interface EmailValues {
  email: string;
}

function EmailAddressForm({ email }: { email: string | null }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EmailValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const update = useUpdateNotificationPreferences();

  const onFinish = (values: EmailValues) => {
    setFormError(null);
    const address = values.email?.trim() ?? '';
    update.mutate(
      { email: address === '' ? null : address },
      {
        onSuccess: (saved) => {
          form.setFieldsValue({ email: saved.email ?? '' });
          showNotice(
            i18n.t(saved.email ? 'notificationSettings.emailSaved' : 'notificationSettings.emailCleared'),
          );
        },
        onError: (err) => {
          const split = splitApiError(err, ['email']);
          form.setFields(split.fields);
          setFormError(split.form);
        },
      },
    );
  };

  return (
    <section className="card-section" aria-labelledby="settings-email">
      <h2 id="settings-email" className="list-header">
        {t('notificationSettings.emailAddressTitle')}
      </h2>
      <Form
        form={form}
        layout="vertical"
        requiredMarkStyle="none"
        initialValues={{ email: email ?? '' }}
        onFinish={onFinish}
        footer={
          <>
            <FormAlert message={formError} />
            <Button block type="submit" color="primary" size="large" loading={update.isPending}>
              {t('notificationSettings.emailSave')}
            </Button>
          </>
        }
      >
        <Form.Item
          name="email"
          label={t('notificationSettings.emailAddress')}
          description={t('notificationSettings.emailHelp')}
          rules={[{ type: 'email', message: t('notificationSettings.emailInvalid') }]}
        >
          <Input
            id="email"
            name="email"
            type="email"
            inputMode="email"
            autoComplete="email"
            autoCapitalize="off"
            autoCorrect="off"
            maxLength={254}
            placeholder={t('notificationSettings.emailPlaceholder')}
          />
        </Form.Item>
      </Form>
    </section>
  );
}

/** Essential types, named where the app knows the type; the rest counted. */
function EssentialTypes({ types }: { types: readonly string[] }) {
  const { t } = useTranslation();
  const named: string[] = [];
  let others = 0;
  for (const type of types) {
    const key = `notificationTypes.${type.replaceAll('.', '__')}`;
    if (i18n.exists(key)) named.push(i18n.t(key as 'notificationTypes.account__password_reset'));
    else others += 1;
  }
  return (
    <div className="section-text">
      <p>{t('notificationSettings.essentialDescription')}</p>
      {(named.length > 0 || others > 0) && (
        <>
          <p className="section-text-lead">{t('notificationSettings.essentialListLead')}</p>
          <ul className="plain-list">
            {named.map((label) => (
              <li key={label}>{label}</li>
            ))}
            {others > 0 && <li>{t('notificationSettings.essentialOthers', { count: others })}</li>}
          </ul>
        </>
      )}
    </div>
  );
}
