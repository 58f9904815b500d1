import type { CSSProperties } from 'react';
import type { DayKind } from './grid';

/** Colours for each kind (AA on their tint); the 休/班 badge and the dashed edge carry the meaning too. */
export const kindStyle: Record<DayKind, { color: string; background: string }> = {
  workday: { color: 'rgba(0, 0, 0, 0.88)', background: '#ffffff' },
  weekend: { color: 'rgba(0, 0, 0, 0.6)', background: '#f5f5f5' },
  holiday: { color: '#a8071a', background: '#fff1f0' },
  adjusted: { color: '#ad4e00', background: '#fff7e6' },
};

export function cellStyle(kind: DayKind, edited: boolean, today: boolean, primary: string): CSSProperties {
  const { color, background } = kindStyle[kind];
  return {
    position: 'relative',
    width: '100%',
    height: 34,
    padding: '7px 0 0',
    lineHeight: '20px',
    verticalAlign: 'top',
    color,
    background,
    fontSize: 13,
    fontWeight: kind === 'holiday' || kind === 'adjusted' ? 600 : 400,
    fontVariantNumeric: 'tabular-nums',
    border: `2px ${edited ? 'dashed' : 'solid'} ${edited ? color : 'transparent'}`,
    borderRadius: 4,
    boxShadow: today ? `inset 0 0 0 2px ${primary}` : undefined,
    cursor: 'pointer',
  };
}
