import { Tag } from 'antd';
import type { ReactNode } from 'react';

export type Tone = 'success' | 'warning' | 'danger' | 'neutral';

/** Status colours shared by every list (done green, pending orange, refused red, off grey), AA on their tint. */
const tones: Record<Tone, { color: string; background: string; borderColor: string }> = {
  success: { color: '#237804', background: '#f6ffed', borderColor: '#b7eb8f' },
  warning: { color: '#ad4e00', background: '#fff7e6', borderColor: '#ffd591' },
  danger: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  neutral: { color: 'rgba(0, 0, 0, 0.72)', background: '#fafafa', borderColor: '#d9d9d9' },
};

export function StatusTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <Tag style={tones[tone]}>{children}</Tag>;
}
