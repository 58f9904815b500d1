import { LeftOutlined, RightOutlined, UploadOutlined } from '@ant-design/icons';
import type { AdminCalendarDay } from '@houqin/contracts';
import { Alert, Button, Card, Flex, Select, Space, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../components/ExportButton';
import { PageHeader } from '../../components/PageHeader';
import { parseApiError } from '../../lib/errors';
import { useUrlFilters } from '../../lib/use-url-filters';
import { useCalendarYear } from './api';
import { DayDrawer } from './DayDrawer';
import { currentYear, MAX_YEAR, MIN_YEAR, parseYear, yearSummary } from './grid';
import { ImportModal } from './ImportModal';
import { Legend } from './Legend';
import { YearCalendar } from './YearCalendar';

/** Today's date in Beijing as `YYYY-MM-DD`. */
function todayInBeijing(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** 工作日历: a year of workdays, holidays and adjusted workdays; edit a day, import a year, export it. */
export function CalendarPage() {
  const { t } = useTranslation();
  const [{ year }, setFilters] = useUrlFilters(parseYear);
  const calendar = useCalendarYear(year);
  const [openDate, setOpenDate] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const today = todayInBeijing();
  const data = calendar.data?.year === year ? calendar.data : undefined;
  // the drawer follows the cached day, so it shows the day as saved
  const openDay = openDate ? data?.days.find((day) => day.date === openDate) : undefined;

  const years = useMemo(() => {
    const now = currentYear();
    const from = Math.max(MIN_YEAR, Math.min(now - 10, year));
    const to = Math.min(MAX_YEAR, Math.max(now + 5, year));
    return Array.from({ length: to - from + 1 }, (_, i) => ({ value: from + i, label: String(from + i) }));
  }, [year]);
  const go = (next: number) => setFilters({ year: Math.min(MAX_YEAR, Math.max(MIN_YEAR, next)) });
  const summary = data ? yearSummary(data.days) : undefined;

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        extra={
          <>
            <Space.Compact>
              <Button
                icon={<LeftOutlined aria-hidden />}
                aria-label={t('calendar.prevYear')}
                title={t('calendar.prevYear')}
                disabled={year <= MIN_YEAR}
                onClick={() => go(year - 1)}
              />
              <Select
                aria-label={t('calendar.year')}
                value={year}
                options={years}
                onChange={go}
                style={{ width: 96 }}
              />
              <Button
                icon={<RightOutlined aria-hidden />}
                aria-label={t('calendar.nextYear')}
                title={t('calendar.nextYear')}
                disabled={year >= MAX_YEAR}
                onClick={() => go(year + 1)}
              />
            </Space.Compact>
            <Button icon={<UploadOutlined aria-hidden />} onClick={() => setImporting(true)}>
              {t('common.import')}
            </Button>
            <ExportButton path="/api/admin/calendar/export.xlsx" filters={{ year }} />
          </>
        }
      />
      {data && !data.packageKnowsYear ? (
        <Alert
          type="warning"
          showIcon
          title={t('calendar.unknownYear', { year })}
          description={t('calendar.unknownYearHint')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {calendar.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('common.loadFailed')}
          description={parseApiError(calendar.error)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Card>
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
          <Legend />
          {summary ? (
            <Typography.Text type="secondary">{t('calendar.summary', summary)}</Typography.Text>
          ) : null}
        </Flex>
        {data ? (
          <YearCalendar
            year={year}
            days={data.days}
            today={today}
            onOpen={(day: AdminCalendarDay) => setOpenDate(day.date)}
          />
        ) : (
          <Flex justify="center" style={{ padding: 48 }}>
            {calendar.isPending || calendar.isFetching ? <Spin description={t('app.loading')} /> : null}
          </Flex>
        )}
      </Card>
      {openDay ? <DayDrawer key={openDay.date} day={openDay} onClose={() => setOpenDate(null)} /> : null}
      {importing ? <ImportModal onClose={() => setImporting(false)} /> : null}
    </>
  );
}
