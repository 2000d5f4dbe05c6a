import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { type ShortcutId, useShortcuts } from './shortcuts';

function Harness({ handlers }: { handlers: Record<ShortcutId, () => void> }) {
  useShortcuts(handlers);
  return <input aria-label="phone" />;
}

const handlersMock = () => ({ newCall: vi.fn(), search: vi.fn(), home: vi.fn(), help: vi.fn() });

describe('keyboard shortcuts', () => {
  it('Alt+N starts a new call, Ctrl+K and / search, Alt+H goes home, ? lists them', () => {
    const handlers = handlersMock();
    render(<Harness handlers={handlers} />);
    fireEvent.keyDown(window, { code: 'KeyN', key: 'n', altKey: true });
    fireEvent.keyDown(window, { code: 'KeyK', key: 'k', ctrlKey: true });
    fireEvent.keyDown(window, { code: 'Slash', key: '/' });
    fireEvent.keyDown(window, { code: 'KeyH', key: 'h', altKey: true });
    fireEvent.keyDown(window, { code: 'Slash', key: '?', shiftKey: true });
    expect(handlers.newCall).toHaveBeenCalledTimes(1);
    expect(handlers.search).toHaveBeenCalledTimes(2);
    expect(handlers.home).toHaveBeenCalledTimes(1);
    expect(handlers.help).toHaveBeenCalledTimes(1);
  });

  it('leaves / and ? to a field being typed in, but not Alt+N', () => {
    const handlers = handlersMock();
    const { getByLabelText } = render(<Harness handlers={handlers} />);
    const field = getByLabelText('phone');
    fireEvent.keyDown(field, { code: 'Slash', key: '/' });
    fireEvent.keyDown(field, { code: 'Slash', key: '?', shiftKey: true });
    expect(handlers.search).not.toHaveBeenCalled();
    expect(handlers.help).not.toHaveBeenCalled();
    fireEvent.keyDown(field, { code: 'KeyN', key: 'n', altKey: true });
    expect(handlers.newCall).toHaveBeenCalledTimes(1);
  });
});
