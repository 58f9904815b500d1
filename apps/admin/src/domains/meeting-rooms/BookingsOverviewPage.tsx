import type { Availability, BusySlot } from '@houqin/contracts';
import { Card, DatePicker, Empty, Flex, Form, Select, Spin, Tooltip, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { visuallyHidden } from '../../components/visually-hidden';
import { text, useUrlFilters } from '../../lib/use-url-filters';
import { useBuildings } from '../spaces/api';
import { useAvailability } from './api';
import { barSpan, closedSpans, type DayWindow, dayWindow } from './day-timeline';
import { roomPlace } from './labels';
import { beijingToday, wallClock } from './time';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function parseFilters(params: URLSearchParams) {
  const date = params.get('date');
  return {
    date: date && ISO_DATE.test(date) ? date : beijingToday(),
    buildingId: text(params.get('buildingId')),
  };
}

/** Pending orange, confirmed green (AA text on the tint), as in every status tag. */
const slotColours = {
  pending: { background: '#fff7e6', border: '#d46b08', color: '#ad4e00' },
  confirmed: { background: '#f6ffed', border: '#389e0d', color: '#237804' },
} as const;

const ROW_HEIGHT = 44;
const NAME_WIDTH = 220;

function Slot({ slot, date, window }: { slot: BusySlot; date: string; window: DayWindow }) {
  const { t } = useTranslation();
  const span = barSpan(slot.startsAt, slot.endsAt, date, window);
  if (!span) return null;
  const colours = slotColours[slot.status];
  const time = `${wallClock(slot.startsAt).time}–${wallClock(slot.endsAt).time}`;
  const what = slot.title ?? slot.unitName;
  const description = `${time} ${what}（${slot.unitName}，${t(`meetingRooms.bookingStatuses.${slot.status}`)}）`;
  return (
    <Tooltip title={description}>
      <li
        style={{
          position: 'absolute',
          top: 4,
          bottom: 4,
          left: `${span.left}%`,
          width: `${span.width}%`,
          background: colours.background,
          borderInlineStart: `3px solid ${colours.border}`,
          color: colours.color,
          borderRadius: 4,
          padding: '2px 6px',
          fontSize: 12,
          lineHeight: '16px',
          overflow: 'hidden',
          whiteSpace: 'nowrap',
          textOverflow: 'ellipsis',
        }}
      >
        <span style={visuallyHidden}>{description}</span>
        <span aria-hidden>
          {time} {what}
        </span>
      </li>
    </Tooltip>
  );
}

function DayGrid({ data }: { data: Availability }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const window = dayWindow(data.rooms.map((r) => r.day));
  const hours: number[] = [];
  for (let m = window.from; m < window.to; m += 60) hours.push(m / 60);
  const hourWidth = 100 / hours.length;

  return (
    <div style={{ overflowX: 'auto' }}>
      <div style={{ minWidth: NAME_WIDTH + hours.length * 56 }}>
        <Flex style={{ borderBottom: `1px solid ${token.colorBorder}` }} aria-hidden>
          <div style={{ width: NAME_WIDTH, flexShrink: 0 }} />
          <div style={{ position: 'relative', flex: 1, height: 24 }}>
            {hours.map((hour, index) => (
              <span
                key={hour}
                style={{
                  position: 'absolute',
                  left: `${index * hourWidth}%`,
                  fontSize: 12,
                  color: token.colorTextSecondary,
                }}
              >
                {`${String(hour).padStart(2, '0')}:00`}
              </span>
            ))}
          </div>
        </Flex>
        {data.rooms.map(({ room, day }) => (
          <Flex key={room.id} style={{ borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
            <div style={{ width: NAME_WIDTH, flexShrink: 0, padding: '4px 8px 4px 0' }}>
              <Typography.Text strong>{room.name}</Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {`${roomPlace(room)} · ${t('meetingRooms.people', { count: room.capacity })}`}
              </Typography.Text>
            </div>
            <ul
              aria-label={t('meetingRooms.overview.roomDay', { room: room.name })}
              style={{
                margin: 0,
                padding: 0,
                listStyle: 'none',
                position: 'relative',
                flex: 1,
                height: ROW_HEIGHT,
                backgroundImage: `repeating-linear-gradient(to right, ${token.colorBorderSecondary} 0 1px, transparent 1px ${hourWidth}%)`,
              }}
            >
              {closedSpans(day, window).map((span) => (
                <li
                  key={span.left}
                  aria-hidden
                  style={{
                    position: 'absolute',
                    top: 0,
                    bottom: 0,
                    left: `${span.left}%`,
                    width: `${span.width}%`,
                    background: token.colorFillTertiary,
                  }}
                />
              ))}
              {day.closures.map((closure) => {
                const span = barSpan(closure.startsAt, closure.endsAt, data.date, window);
                return span ? (
                  <li
                    key={closure.startsAt}
                    style={{
                      position: 'absolute',
                      top: 4,
                      bottom: 4,
                      left: `${span.left}%`,
                      width: `${span.width}%`,
                      background: 'repeating-linear-gradient(45deg, #f5f5f5 0 6px, #e8e8e8 6px 12px)',
                      color: 'rgba(0,0,0,0.72)',
                      fontSize: 12,
                      padding: '2px 6px',
                      overflow: 'hidden',
                      whiteSpace: 'nowrap',
                    }}
                  >
                    {t('meetingRooms.overview.closed', { reason: closure.reason })}
                  </li>
                ) : null;
              })}
              {day.busy.map((slot) => (
                <Slot key={slot.bookingId} slot={slot} date={data.date} window={window} />
              ))}
            </ul>
          </Flex>
        ))}
      </div>
    </div>
  );
}

/** 预订一览: one day across the rooms, what is booked, pending or closed. */
export function BookingsOverviewPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlFilters(parseFilters);
  const buildings = useBuildings();
  const availability = useAvailability(filters);

  return (
    <>
      <PageHeader title={t('meetingRooms.overview.title')} />
      <Card>
        <Form layout="inline" aria-label={t('common.filters')} style={{ rowGap: 12, marginBottom: 16 }}>
          <Form.Item label={t('meetingRooms.overview.date')} htmlFor="overview-date">
            <DatePicker
              id="overview-date"
              allowClear={false}
              value={dayjs(filters.date)}
              onChange={(value) => value && setFilters({ ...filters, date: value.format('YYYY-MM-DD') })}
            />
          </Form.Item>
          <Form.Item label={t('meetingRooms.stats.building')} htmlFor="overview-building">
            <Select
              id="overview-building"
              allowClear
              placeholder={t('meetingRooms.overview.anyBuilding')}
              value={filters.buildingId}
              onChange={(buildingId?: string) => setFilters({ ...filters, buildingId })}
              options={(buildings.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
              style={{ width: 200 }}
            />
          </Form.Item>
        </Form>
        <LoadError error={availability.error} />
        {availability.isLoading ? <Spin /> : null}
        {availability.data && availability.data.rooms.length === 0 ? (
          <Empty description={t('meetingRooms.overview.noRooms')} />
        ) : null}
        {availability.data && availability.data.rooms.length > 0 ? (
          <DayGrid data={availability.data} />
        ) : null}
      </Card>
    </>
  );
}
