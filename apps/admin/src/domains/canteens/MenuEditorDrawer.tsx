import { DeleteOutlined, PlusOutlined, StarFilled } from '@ant-design/icons';
import { type Canteen, dishTags, type Meal, type Menu } from '@houqin/contracts';
import { Alert, App, Button, Card, Checkbox, Drawer, Flex, Form, Input, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useSubmitError } from '../../lib/use-submit-error';
import { useCalendarLabels } from '../calendar/labels';
import { usePublishMenu, useSaveMenu } from './api';
import { DishPhotoUpload } from './DishPhotoUpload';
import { type DishValues, menuInput, menuValues } from './menu-form';

const MAX_DISHES = 40;

/** 编辑菜单: the dishes of one day's meal; save as it is (a published menu stays published) or save and publish. */
export function MenuEditorDrawer({
  canteen,
  date,
  meal,
  menu,
  onClose,
}: {
  canteen: Canteen;
  date: string;
  meal: Meal;
  menu: Menu | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useCalendarLabels();
  const [form] = Form.useForm<{ dishes: DishValues[] }>();
  const save = useSaveMenu(canteen.id);
  const publish = usePublishMenu(canteen.id);
  const onError = useSubmitError(form);
  const initialValues = useMemo(() => menuValues(menu), [menu]);
  const ratings = new Map((menu?.dishes ?? []).map((dish) => [dish.name, dish]));
  const published = Boolean(menu?.publishedAt);

  const submit = (andPublish: boolean) => async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    save.mutate(
      { date, meal, input: menuInput(values) },
      {
        onSuccess: () => {
          if (!andPublish) {
            void message.success(t('canteens.menus.saved'));
            onClose();
            return;
          }
          publish.mutate(
            { date, meal },
            {
              onSuccess: () => {
                void message.success(t('canteens.menus.publishedDone'));
                onClose();
              },
              onError,
            },
          );
        },
        onError,
      },
    );
  };

  return (
    <Drawer
      open
      size={720}
      title={t('canteens.menus.editTitle', {
        canteen: canteen.name,
        date: labels.dayTitle(date),
        meal: t(`canteens.meals.${meal}`),
      })}
      onClose={onClose}
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button loading={save.isPending && !publish.isPending} onClick={submit(false)}>
            {published ? t('common.save') : t('canteens.menus.saveDraft')}
          </Button>
          {published ? null : (
            <Button type="primary" loading={publish.isPending} onClick={submit(true)}>
              {t('canteens.menus.saveAndPublish')}
            </Button>
          )}
        </Space>
      }
    >
      <Alert
        type={published ? 'success' : 'warning'}
        showIcon
        title={
          published
            ? t('canteens.menus.publishedAt', { time: formatDateTime(menu?.publishedAt) })
            : t(menu ? 'canteens.menus.draftHint' : 'canteens.menus.newHint')
        }
        style={{ marginBottom: 16 }}
      />
      <Form form={form} layout="vertical" initialValues={initialValues}>
        <Form.List name="dishes">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => {
                const dishLabel = t('canteens.menus.dishN', { n: index + 1 });
                const rated = ratings.get(form.getFieldValue(['dishes', field.name, 'name']));
                return (
                  <Card
                    key={field.key}
                    size="small"
                    title={dishLabel}
                    extra={
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined aria-hidden />}
                        aria-label={t('canteens.menus.removeDish', { dish: dishLabel })}
                        onClick={() => remove(field.name)}
                      />
                    }
                    style={{ marginBottom: 12 }}
                  >
                    <Flex gap={16} align="flex-start">
                      <Form.Item
                        name={[field.name, 'photo']}
                        valuePropName="fileList"
                        label={t('canteens.menus.photo')}
                        style={{ marginBottom: 0 }}
                      >
                        <DishPhotoUpload dishLabel={dishLabel} />
                      </Form.Item>
                      <div style={{ flex: 1 }}>
                        <Form.Item
                          name={[field.name, 'name']}
                          label={t('canteens.menus.dishName')}
                          rules={[
                            {
                              required: true,
                              whitespace: true,
                              message: t('canteens.menus.dishNameRequired'),
                            },
                          ]}
                        >
                          <Input maxLength={100} autoComplete="off" />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'tags']}
                          label={t('canteens.menus.tags')}
                          style={{ marginBottom: 0 }}
                        >
                          <Checkbox.Group
                            options={dishTags.map((tag) => ({
                              value: tag,
                              label: t(`canteens.tags.${tag}`),
                            }))}
                          />
                        </Form.Item>
                        {rated?.rating != null ? (
                          <Typography.Text type="secondary">
                            <StarFilled aria-hidden style={{ color: '#d48806' }} />{' '}
                            {t('canteens.menus.rating', {
                              rating: rated.rating.toFixed(1),
                              count: rated.ratingCount,
                            })}
                          </Typography.Text>
                        ) : null}
                      </div>
                    </Flex>
                  </Card>
                );
              })}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined aria-hidden />}
                disabled={fields.length >= MAX_DISHES}
                onClick={() => add({ name: '', tags: [], photo: [] })}
              >
                {t('canteens.menus.addDish')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
