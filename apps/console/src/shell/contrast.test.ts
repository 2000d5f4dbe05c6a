import { describe, expect, it } from 'vitest';
import { contrast } from './contrast';
import { COLOURS } from './theme';

// Issue 26 item 7: WCAG AA. antd's default theme passes; these are the console's own colours,
// each against the background it is used on (text: at least 4.5:1).
describe('WCAG AA contrast of the console’s own colours', () => {
  it.each([
    ['overdue countdown on white', COLOURS.overdue, COLOURS.page],
    ['header text on the header bar', COLOURS.headerText, COLOURS.header],
    ['muted header text on the header bar', COLOURS.headerMuted, COLOURS.header],
    ['skip link on white', COLOURS.header, '#ffffff'],
    ['keyboard keys', '#1f1f1f', '#fafafa'],
  ])('%s', (_, foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  it("measures like the WCAG formula: black on white is 21:1, antd's default error red fails", () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ff4d4f', '#ffffff')).toBeLessThan(4.5);
  });
});
