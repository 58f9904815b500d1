import { Flex, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { cellStyle } from './day-style';
import type { DayKind } from './grid';

interface Item {
  kind: DayKind;
  badge: string;
  edited?: boolean;
  label: string;
}

/** What the cells mean: colour, the 休/班 badge and the dashed edge of a day changed by hand. */
export function Legend() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const items: Item[] = [
    { kind: 'workday', badge: '', label: t('calendar.legendWorkday') },
    { kind: 'weekend', badge: '', label: t('calendar.legendWeekend') },
    { kind: 'holiday', badge: t('calendar.badgeRest'), label: t('calendar.legendHoliday') },
    { kind: 'adjusted', badge: t('calendar.badgeWork'), label: t('calendar.legendAdjusted') },
    { kind: 'workday', badge: '', edited: true, label: t('calendar.legendEdited') },
  ];
  return (
    <Flex
      component="ul"
      wrap
      gap={16}
      aria-label={t('calendar.legend')}
      style={{ listStyle: 'none', margin: 0, padding: 0 }}
    >
      {items.map((item) => (
        <Flex component="li" key={item.label} align="center" gap={6}>
          <span
            aria-hidden
            style={{
              ...cellStyle(item.kind, item.edited ?? false, false, token.colorPrimary),
              display: 'inline-flex',
              alignItems: 'center',
              justifyContent: 'center',
              width: 30,
              height: 26,
              padding: 0,
              cursor: 'default',
              border: item.edited
                ? `2px dashed ${token.colorText}`
                : `1px solid ${item.kind === 'workday' ? token.colorBorder : 'transparent'}`,
            }}
          >
            {item.badge || '8'}
          </span>
          <span>{item.badge ? `${item.badge} ${item.label}` : item.label}</span>
        </Flex>
      ))}
    </Flex>
  );
}
