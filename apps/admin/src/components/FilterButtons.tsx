import { Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';

/** 查询 (submits the inline filter form it ends) and 重置, which `onReset` carries out. */
export function FilterButtons({ onReset }: { onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button onClick={onReset}>{t('common.reset')}</Button>
      </Form.Item>
    </>
  );
}
