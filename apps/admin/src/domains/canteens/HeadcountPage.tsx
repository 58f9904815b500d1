import { PrinterOutlined } from '@ant-design/icons';
import { type Meal, meals } from '@houqin/contracts';
import { Button, Card, DatePicker, Form, Result, Select, Spin } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../components/ExportButton';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { isApiError } from '../../lib/api-error';
import { useUrlFilters } from '../../lib/use-url-filters';
import { headcountPath, useCanteens, useHeadcount } from './api';
import { CanteenSelect } from './CanteenSelect';
import { parseHeadcountFilters } from './filters';
import { HeadcountSheetView } from './HeadcountSheetView';

/** Printing shows the sheet alone: the console's side menu, header, breadcrumbs and filters stay on screen. */
const printCss = `
@media print {
  @page { margin: 12mm; }
  .ant-layout-sider, .ant-layout-header, .ant-breadcrumb, .houqin-no-print { display: none !important; }
  .ant-layout, .ant-layout-content { background: #fff !important; padding: 0 !important; margin: 0 !important; }
  .houqin-headcount-card { border: none !important; box-shadow: none !important; }
  .houqin-headcount-card > .ant-card-body { padding: 0 !important; }
}
`;

/** 就餐人数: the count locked at a meal's cutoff, by unit and with guest orders; print it or download it. */
export function HeadcountPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlFilters(parseHeadcountFilters);
  const canteens = useCanteens();
  const canteen = canteens.data?.items.find((c) => c.id === filters.canteenId);
  const served: Meal[] = canteen ? canteen.meals.map((m) => m.meal) : [...meals];
  const meal = served.includes(filters.meal) ? filters.meal : (served[0] ?? 'lunch');
  const query = canteen ? { canteenId: canteen.id, date: filters.date, meal } : undefined;
  const sheet = useHeadcount(query);
  const setCanteen = useCallback(
    (canteenId: string | undefined) => setFilters({ ...filters, canteenId }),
    [filters, setFilters],
  );
  const notLocked = isApiError(sheet.error) && sheet.error.code === 'NOT_FOUND';

  let body: ReactNode = null;
  if (!query || sheet.isLoading) body = <Spin />;
  else if (notLocked)
    body = (
      <Result
        status="info"
        title={t('canteens.headcount.notLocked')}
        subTitle={t('canteens.headcount.notLockedHint')}
      />
    );
  else if (sheet.data) body = <HeadcountSheetView sheet={sheet.data} />;

  return (
    <>
      <style>{printCss}</style>
      <div className="houqin-no-print">
        <PageHeader
          title={t('canteens.headcount.title')}
          extra={
            <>
              <Button
                icon={<PrinterOutlined aria-hidden />}
                disabled={!sheet.data}
                onClick={() => window.print()}
              >
                {t('canteens.headcount.print')}
              </Button>
              {canteen && sheet.data ? (
                <ExportButton
                  path={headcountPath(canteen.id, '.xlsx')}
                  filters={{ date: filters.date, meal }}
                />
              ) : null}
            </>
          }
        />
        <Card style={{ marginBottom: 16 }}>
          <Form layout="inline" aria-label={t('common.filters')}>
            <Form.Item label={t('canteens.canteen')} htmlFor="headcount-canteen">
              <CanteenSelect
                id="headcount-canteen"
                required
                activeOnly
                value={filters.canteenId}
                onChange={setCanteen}
              />
            </Form.Item>
            <Form.Item label={t('canteens.date')} htmlFor="headcount-date">
              <DatePicker
                id="headcount-date"
                allowClear={false}
                value={dayjs(filters.date)}
                onChange={(value) => value && setFilters({ ...filters, date: value.format('YYYY-MM-DD') })}
              />
            </Form.Item>
            <Form.Item label={t('canteens.meal')} htmlFor="headcount-meal">
              <Select
                id="headcount-meal"
                value={meal}
                onChange={(next: Meal) => setFilters({ ...filters, meal: next })}
                options={served.map((m) => ({ value: m, label: t(`canteens.meals.${m}`) }))}
                style={{ width: 120 }}
              />
            </Form.Item>
          </Form>
        </Card>
        <LoadError error={notLocked ? null : (sheet.error ?? canteens.error)} />
      </div>
      <Card className="houqin-headcount-card">{body}</Card>
    </>
  );
}
