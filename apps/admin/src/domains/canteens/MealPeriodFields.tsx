import type { Meal } from '@houqin/contracts';
import { Card, Col, Form, InputNumber, Row, Select, Space, Switch } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { timeChoices } from './canteen-form';

const OFFSETS = [0, -1, -2, -3, -4, -5, -6, -7];

/** One meal's serving window, cutoff and prices (yuan), switched off when the canteen does not serve it. */
export function MealPeriodFields({ meal }: { meal: Meal }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const served: boolean = Form.useWatch(['meals', meal, 'served'], form) ?? true;
  const times = useMemo(() => timeChoices().map((value) => ({ value, label: value })), []);
  const offsets = OFFSETS.map((value) => ({
    value,
    label: value === 0 ? t('canteens.form.sameDay') : t('canteens.form.daysBefore', { count: -value }),
  }));
  const required = { required: true, message: t('canteens.form.required') };
  const name = (field: string) => ['meals', meal, field];
  const mealName = t(`canteens.meals.${meal}`);
  const price = (field: string, label: string) => (
    <Col span={8}>
      <Form.Item name={name(field)} label={label} rules={[required]}>
        <InputNumber min={0} max={10_000} precision={2} step={0.5} prefix="¥" style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );

  return (
    <Card
      size="small"
      title={mealName}
      extra={
        <Space>
          {/* the state in words, not only the switch's colour */}
          <span aria-hidden>{served ? t('canteens.form.servedOn') : t('canteens.form.servedOff')}</span>
          <Form.Item name={name('served')} valuePropName="checked" noStyle>
            <Switch aria-label={t('canteens.form.serves', { meal: mealName })} />
          </Form.Item>
        </Space>
      }
      style={{ marginBottom: 12 }}
    >
      {served ? (
        <>
          <Row gutter={12}>
            <Col span={6}>
              <Form.Item name={name('servesFrom')} label={t('canteens.form.servesFrom')} rules={[required]}>
                <Select showSearch options={times} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item
                name={name('servesTo')}
                label={t('canteens.form.servesTo')}
                dependencies={[name('servesFrom')]}
                rules={[
                  required,
                  ({ getFieldValue }) => ({
                    validator: (_, value: string | undefined) =>
                      !value || value > getFieldValue(name('servesFrom'))
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('canteens.form.toAfterFrom'))),
                  }),
                ]}
              >
                <Select showSearch options={times} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item
                name={name('cutoffDayOffset')}
                label={t('canteens.form.cutoffDay')}
                rules={[required]}
              >
                <Select options={offsets} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name={name('cutoffTime')} label={t('canteens.form.cutoffTime')} rules={[required]}>
                <Select showSearch options={times} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            {price('priceStaff', t('canteens.form.priceStaff'))}
            {price('priceGuest', t('canteens.form.priceGuest'))}
            {price('priceWalkIn', t('canteens.form.priceWalkIn'))}
          </Row>
        </>
      ) : (
        <span>{t('canteens.form.notServed', { meal: mealName })}</span>
      )}
    </Card>
  );
}
