import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { kindStyle } from './day-style';
import type { DayKind } from './grid';

/** 工作日 / 周末休息 / 休息 / 调休上班 as a tag in the calendar's colours. */
export function DayKindTag({ kind }: { kind: DayKind }) {
  const { t } = useTranslation();
  const { color, background } = kindStyle[kind];
  return (
    <Tag style={{ color, background, borderColor: color, marginInlineEnd: 0 }}>
      {t(`calendar.kinds.${kind}`)}
    </Tag>
  );
}
