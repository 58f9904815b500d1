import { type Canteen, meals } from '@houqin/contracts';
import { App, Button, Col, Divider, Drawer, Form, Input, InputNumber, Radio, Row, Space, Switch } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useSubmitError } from '../../lib/use-submit-error';
import { useSaveCanteen } from './api';
import { type CanteenValues, canteenValues, createCanteenInput, updateCanteenInput } from './canteen-form';
import { MealPeriodFields } from './MealPeriodFields';

/** 新建食堂 when `canteen` is absent, otherwise 编辑食堂. */
export function CanteenFormDrawer({ canteen, onClose }: { canteen?: Canteen; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CanteenValues>();
  const save = useSaveCanteen();
  const onError = useSubmitError(form);
  const initialValues = useMemo(() => canteenValues(canteen), [canteen]);
  const servesAll = Form.useWatch('servesAll', form) ?? initialValues.servesAll;

  // hidden fields (a meal switched off, the unit list when serving everyone) keep their values in the store
  const onFinish = () => {
    const values: CanteenValues = { ...initialValues, ...form.getFieldsValue(true) };
    if (!meals.some((meal) => values.meals[meal].served)) {
      void message.error(t('canteens.form.oneMeal'));
      return;
    }
    save.mutate(
      canteen ? { id: canteen.id, input: updateCanteenInput(values) } : { input: createCanteenInput(values) },
      {
        onSuccess: () => {
          void message.success(t(canteen ? 'canteens.form.updated' : 'canteens.form.created'));
          onClose();
        },
        onError,
      },
    );
  };

  const required = { required: true, whitespace: true, message: t('canteens.form.required') };
  return (
    <Drawer
      open
      size={760}
      title={canteen ? t('canteens.form.editTitle', { name: canteen.name }) : t('canteens.form.createTitle')}
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
      <Form<CanteenValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="name" label={t('canteens.name')} rules={[required]}>
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="location" label={t('canteens.location')}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="bookingMode"
          label={t('canteens.bookingMode')}
          extra={t('canteens.form.bookingModeHint')}
        >
          <Radio.Group
            optionType="button"
            options={[
              { value: 'opt_in', label: t('canteens.modes.opt_in') },
              { value: 'opt_out', label: t('canteens.modes.opt_out') },
            ]}
          />
        </Form.Item>
        <Form.Item name="servesAll" label={t('canteens.servedUnits')}>
          <Radio.Group
            options={[
              { value: true, label: t('canteens.form.servesAll') },
              { value: false, label: t('canteens.form.servesListed') },
            ]}
          />
        </Form.Item>
        {servesAll ? null : (
          <Form.Item
            name="unitIds"
            label={t('canteens.form.units')}
            rules={[{ required: true, type: 'array', min: 1, message: t('canteens.form.unitsRequired') }]}
          >
            <UnitTreeSelect multiple placeholder={t('canteens.form.unitsRequired')} />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="guestApprovalThreshold"
              label={t('canteens.guestThreshold')}
              extra={t('canteens.form.guestThresholdHint')}
              rules={[{ required: true, message: t('canteens.form.required') }]}
            >
              <InputNumber
                min={0}
                max={10_000}
                precision={0}
                suffix={t('canteens.form.peopleUnit')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          {canteen ? (
            <Col span={12}>
              <Form.Item
                name="active"
                label={t('canteens.status')}
                valuePropName="checked"
                extra={t('canteens.form.activeHint')}
              >
                <Switch checkedChildren={t('canteens.active')} unCheckedChildren={t('canteens.inactive')} />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
        <Divider titlePlacement="start">{t('canteens.form.mealsSection')}</Divider>
        {meals.map((meal) => (
          <MealPeriodFields key={meal} meal={meal} />
        ))}
      </Form>
    </Drawer>
  );
}
