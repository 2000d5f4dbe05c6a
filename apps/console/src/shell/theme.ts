import type { ThemeConfig } from 'antd';

/**
 * The console's own colours, beyond antd's default theme (which meets WCAG AA). Each is checked
 * against the background it is used on by contrast.test.ts (at least 4.5:1 for text).
 */
export const COLOURS = {
  /** overdue countdowns, on white (antd's red-7: its default error red is below 4.5:1) */
  overdue: '#cf1322',
  /** the header bar's background, with white text on it */
  header: '#0b3a63',
  headerText: '#ffffff',
  /** secondary text in the header */
  headerMuted: '#c9d7e6',
  page: '#ffffff',
} as const;

/** Dense tables and forms: an agent sees more rows at once. */
export const THEME: ThemeConfig = {
  components: {
    Layout: { headerBg: COLOURS.header, headerHeight: 48, headerPadding: '0 16px' },
  },
};
