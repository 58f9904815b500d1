import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import type { Canteen, CanteenDay } from '@houqin/contracts';
import { Button, Drawer, Flex, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { useCalendarLabels } from '../calendar/labels';
import { useCanteenDays } from './api';
import { DayOverrideModal } from './DayOverrideModal';
import { beijingToday, monthBounds, shiftMonth } from './dates';
import { MonthGrid } from './MonthGrid';

/** 开放日: a month of the canteen's open and closed days (calendar + overrides); click a day to change it. */
export function OpenDaysDrawer({ canteen, onClose }: { canteen: Canteen; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useCalendarLabels();
  const today = beijingToday();
  const [month, setMonth] = useState(today.slice(0, 7));
  const days = useCanteenDays(canteen.id, monthBounds(month));
  const [openDate, setOpenDate] = useState<string | null>(null);
  // the modal follows the fetched day, so a saved change shows at once
  const openDay: CanteenDay | undefined = openDate
    ? days.data?.find((day) => day.date === openDate)
    : undefined;
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const shown = days.data?.[0]?.date.startsWith(month) ? days.data : undefined;

  return (
    <Drawer open size={720} title={t('canteens.days.title', { name: canteen.name })} onClose={onClose}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }} aria-live="polite">
          {labels.monthCaption(year, monthNumber)}
        </Typography.Title>
        <Space.Compact>
          <Button
            icon={<LeftOutlined aria-hidden />}
            aria-label={t('canteens.days.prevMonth')}
            title={t('canteens.days.prevMonth')}
            onClick={() => setMonth(shiftMonth(month, -1))}
          />
          <Button onClick={() => setMonth(today.slice(0, 7))}>{t('canteens.days.thisMonth')}</Button>
          <Button
            icon={<RightOutlined aria-hidden />}
            aria-label={t('canteens.days.nextMonth')}
            title={t('canteens.days.nextMonth')}
            onClick={() => setMonth(shiftMonth(month, 1))}
          />
        </Space.Compact>
      </Flex>
      <Typography.Paragraph type="secondary">{t('canteens.days.hint')}</Typography.Paragraph>
      <LoadError error={days.error} />
      {shown ? (
        <MonthGrid
          year={year}
          month={monthNumber}
          days={shown}
          today={today}
          onOpen={(day) => setOpenDate(day.date)}
        />
      ) : (
        <Spin />
      )}
      {openDay ? (
        <DayOverrideModal canteenId={canteen.id} day={openDay} onClose={() => setOpenDate(null)} />
      ) : null}
    </Drawer>
  );
}
