import { PlusOutlined } from '@ant-design/icons';
import { acceptedUploadTypes, bookingScopes, equipmentKinds, type MeetingRoom } from '@houqin/contracts';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  Divider,
  Drawer,
  Form,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Upload,
  type UploadProps,
} from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonSelect } from '../../components/PersonSelect';
import { useRoleOptions } from '../../components/role-options';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { parseApiError } from '../../lib/errors';
import { useSubmitError } from '../../lib/use-submit-error';
import { useSaveMeetingRoom, useUploadPhoto } from './api';
import {
  type PhotoItem,
  type SettingsValues,
  settingsInput,
  settingsValues,
  timeOfDayOptions,
} from './settings-form';

const IMAGE_TYPES = acceptedUploadTypes.filter((type) => type.startsWith('image/')).join(',');
const MAX_PHOTOS = 6;

export interface SettingsTarget {
  roomId: string;
  /** `A座 · 3F · 301 第一会议室` */
  label: string;
}

/** 设为会议室 / 编辑规则: every rule of a meeting room, PUT whole. */
export function SettingsDrawer({
  target,
  room,
  onClose,
}: {
  target: SettingsTarget;
  room?: MeetingRoom;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsValues>();
  const save = useSaveMeetingRoom();
  const upload = useUploadPhoto();
  const onError = useSubmitError(form);
  const roleOptions = useRoleOptions();
  const timeOptions = useMemo(() => timeOfDayOptions().map((value) => ({ value, label: value })), []);
  const initialValues = useMemo(() => settingsValues(room), [room]);
  const requiresApproval = Form.useWatch('requiresApproval', form) ?? initialValues.requiresApproval;
  const bookingScope = Form.useWatch('bookingScope', form) ?? initialValues.bookingScope;
  const checkInRequired = Form.useWatch('checkInRequired', form) ?? initialValues.checkInRequired;
  const quotaEnabled = Form.useWatch('quotaEnabled', form) ?? initialValues.quotaEnabled;
  const photos = Form.useWatch('photoFileIds', form) ?? initialValues.photoFileIds;

  const uploadPhoto: UploadProps['customRequest'] = ({ file, onSuccess, onError: failed }) => {
    upload.mutate(file as File, {
      onSuccess: (result) => onSuccess?.(result.files[0]),
      onError: (error) => {
        void message.error(parseApiError(error));
        failed?.(error as Error);
      },
    });
  };

  // fields hidden by a switch keep their values in the store (and are sent); onFinish's values leave them out
  const onFinish = () =>
    save.mutate(
      { roomId: target.roomId, input: settingsInput({ ...initialValues, ...form.getFieldsValue(true) }) },
      {
        onSuccess: () => {
          void message.success(t('meetingRooms.saved'));
          onClose();
        },
        onError,
      },
    );

  const minutes = (name: keyof SettingsValues, label: string, min: number, max: number, extra?: string) => (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={[{ required: true, message: t('meetingRooms.required') }]}
    >
      <InputNumber
        min={min}
        max={max}
        precision={0}
        suffix={t('meetingRooms.minutesUnit')}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );

  return (
    <Drawer
      open
      size={720}
      title={
        room
          ? t('meetingRooms.editRules', { room: target.label })
          : t('meetingRooms.makeMeetingRoom', { room: target.label })
      }
      onClose={onClose}
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<SettingsValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
        <Divider titlePlacement="start">{t('meetingRooms.sectionBasics')}</Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="capacity"
              label={t('meetingRooms.capacity')}
              rules={[{ required: true, message: t('meetingRooms.required') }]}
            >
              <InputNumber
                min={1}
                max={2000}
                precision={0}
                suffix={t('meetingRooms.peopleUnit')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="bookable"
              label={t('meetingRooms.bookable')}
              valuePropName="checked"
              extra={t('meetingRooms.bookableHint')}
            >
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="equipment" label={t('meetingRooms.equipment')}>
          <Checkbox.Group
            options={equipmentKinds.map((kind) => ({
              value: kind,
              label: t(`meetingRooms.equipmentKinds.${kind}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="photoFileIds"
          label={t('meetingRooms.photos')}
          extra={t('meetingRooms.photosHint', { max: MAX_PHOTOS })}
          valuePropName="fileList"
          getValueFromEvent={(event: { fileList: PhotoItem[] }) => event.fileList}
        >
          <Upload
            listType="picture-card"
            accept={IMAGE_TYPES}
            customRequest={uploadPhoto}
            maxCount={MAX_PHOTOS}
          >
            {photos.length >= MAX_PHOTOS ? null : (
              <button type="button" style={{ border: 0, background: 'none', cursor: 'pointer' }}>
                <PlusOutlined aria-hidden />
                <div style={{ marginTop: 8 }}>{t('meetingRooms.uploadPhoto')}</div>
              </button>
            )}
          </Upload>
        </Form.Item>

        <Divider titlePlacement="start">{t('meetingRooms.sectionHours')}</Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="openFrom"
              label={t('meetingRooms.openFrom')}
              rules={[{ required: true, message: t('meetingRooms.required') }]}
            >
              <Select showSearch options={timeOptions} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="openTo"
              label={t('meetingRooms.openTo')}
              dependencies={['openFrom']}
              rules={[
                { required: true, message: t('meetingRooms.required') },
                ({ getFieldValue }) => ({
                  validator: (_, value: string | undefined) =>
                    !value || value > getFieldValue('openFrom')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('meetingRooms.openToAfterFrom'))),
                }),
              ]}
            >
              <Select showSearch options={timeOptions} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="workdaysOnly"
              label={t('meetingRooms.workdaysOnly')}
              valuePropName="checked"
              extra={t('meetingRooms.workdaysOnlyHint')}
            >
              <Switch />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{t('meetingRooms.sectionRules')}</Divider>
        <Row gutter={16}>
          <Col span={8}>{minutes('minMinutes', t('meetingRooms.minMinutes'), 5, 1440)}</Col>
          <Col span={8}>
            <Form.Item
              name="maxMinutes"
              label={t('meetingRooms.maxMinutes')}
              dependencies={['minMinutes']}
              rules={[
                { required: true, message: t('meetingRooms.required') },
                ({ getFieldValue }) => ({
                  validator: (_, value: number | undefined) =>
                    value === undefined || value === null || value >= getFieldValue('minMinutes')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('meetingRooms.maxAtLeastMin'))),
                }),
              ]}
            >
              <InputNumber
                min={5}
                max={1440}
                precision={0}
                suffix={t('meetingRooms.minutesUnit')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            {minutes('bufferMinutes', t('meetingRooms.bufferMinutes'), 0, 240, t('meetingRooms.bufferHint'))}
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="maxDaysAhead"
              label={t('meetingRooms.maxDaysAhead')}
              rules={[{ required: true, message: t('meetingRooms.required') }]}
            >
              <InputNumber
                min={0}
                max={730}
                precision={0}
                suffix={t('meetingRooms.daysUnit')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col span={8}>{minutes('minNoticeMinutes', t('meetingRooms.minNoticeMinutes'), 0, 10_080)}</Col>
          <Col span={8}>
            <Form.Item name="quotaEnabled" label={t('meetingRooms.quota')} valuePropName="checked">
              <Switch
                checkedChildren={t('meetingRooms.quotaOn')}
                unCheckedChildren={t('meetingRooms.quotaOff')}
              />
            </Form.Item>
            {quotaEnabled ? (
              <Form.Item
                name="quotaHoursPerWeek"
                label={t('meetingRooms.quotaHours')}
                rules={[{ required: true, message: t('meetingRooms.required') }]}
              >
                <InputNumber
                  min={1}
                  max={168}
                  precision={0}
                  suffix={t('meetingRooms.hoursUnit')}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            ) : null}
          </Col>
        </Row>

        <Divider titlePlacement="start">{t('meetingRooms.sectionWho')}</Divider>
        <Form.Item name="bookingScope" label={t('meetingRooms.bookingScope')}>
          <Radio.Group
            optionType="button"
            options={bookingScopes.map((scope) => ({
              value: scope,
              label: t(`meetingRooms.scopes.${scope}`),
            }))}
          />
        </Form.Item>
        {bookingScope === 'units' ? (
          <Form.Item
            name="allowedUnitIds"
            label={t('meetingRooms.allowedUnits')}
            rules={[
              { required: true, type: 'array', min: 1, message: t('meetingRooms.allowedUnitsRequired') },
            ]}
          >
            <UnitTreeSelect
              multiple
              treeCheckable={false}
              placeholder={t('meetingRooms.allowedUnitsRequired')}
            />
          </Form.Item>
        ) : null}
        {bookingScope === 'roles' ? (
          <Form.Item
            name="allowedRoles"
            label={t('meetingRooms.allowedRoles')}
            rules={[
              { required: true, type: 'array', min: 1, message: t('meetingRooms.allowedRolesRequired') },
            ]}
          >
            <Select
              mode="multiple"
              options={roleOptions}
              placeholder={t('meetingRooms.allowedRolesRequired')}
            />
          </Form.Item>
        ) : null}
        <Alert type="info" showIcon title={t('meetingRooms.managersMayBook')} style={{ marginBottom: 16 }} />

        <Divider titlePlacement="start">{t('meetingRooms.sectionApproval')}</Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="requiresApproval"
              label={t('meetingRooms.requiresApproval')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
          </Col>
          {requiresApproval ? (
            <Col span={8}>
              <Form.Item
                name="pendingHoldHours"
                label={t('meetingRooms.pendingHoldHours')}
                extra={t('meetingRooms.pendingHoldHint')}
                rules={[{ required: true, message: t('meetingRooms.required') }]}
              >
                <InputNumber
                  min={1}
                  max={720}
                  precision={0}
                  suffix={t('meetingRooms.hoursUnit')}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
        {requiresApproval ? (
          <Form.Item
            name="approverIds"
            label={t('meetingRooms.approvers')}
            extra={t('meetingRooms.approversHint')}
          >
            <PersonSelect mode="multiple" placeholder={t('meetingRooms.approversPlaceholder')} />
          </Form.Item>
        ) : null}

        <Divider titlePlacement="start">{t('meetingRooms.sectionCheckIn')}</Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="checkInRequired"
              label={t('meetingRooms.checkInRequired')}
              valuePropName="checked"
              extra={t('meetingRooms.checkInHint')}
            >
              <Switch />
            </Form.Item>
          </Col>
          {checkInRequired ? (
            <>
              <Col span={8}>
                {minutes('checkInOpensMinutes', t('meetingRooms.checkInOpensMinutes'), 0, 120)}
              </Col>
              <Col span={8}>
                {minutes(
                  'noShowMinutes',
                  t('meetingRooms.noShowMinutes'),
                  5,
                  240,
                  t('meetingRooms.noShowHint'),
                )}
              </Col>
            </>
          ) : null}
        </Row>
      </Form>
    </Drawer>
  );
}
