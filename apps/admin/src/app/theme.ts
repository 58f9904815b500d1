import type { ThemeConfig } from 'antd';

/**
 * Ant Design tokens, darkened where the defaults miss WCAG AA contrast (4.5:1) on white: the primary
 * blue, the error red, secondary text and placeholders. Hover and pressed states get darker rather
 * than lighter, so a control under the mouse keeps its contrast too.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
    colorInfo: '#0958d9',
    colorLink: '#0958d9',
    colorLinkHover: '#003eb3',
    colorLinkActive: '#002c8c',
    colorError: '#cf1322',
    colorErrorHover: '#a8071a',
    colorErrorActive: '#820014',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  },
};
