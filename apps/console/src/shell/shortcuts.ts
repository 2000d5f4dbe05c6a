import { useEffect } from 'react';

export type ShortcutId = 'newCall' | 'search' | 'home' | 'help';

/** The keyboard-first console (issue 26 item 7): one table, shown by `?` and in the docs. */
export const SHORTCUTS: { id: ShortcutId; keys: string[]; matches(e: KeyboardEvent): boolean }[] = [
  { id: 'newCall', keys: ['Alt+N'], matches: (e) => e.altKey && !e.ctrlKey && e.code === 'KeyN' },
  {
    id: 'search',
    keys: ['Ctrl+K', '/'],
    matches: (e) =>
      ((e.ctrlKey || e.metaKey) && e.code === 'KeyK') ||
      (e.key === '/' && !e.ctrlKey && !e.altKey && !e.metaKey),
  },
  { id: 'home', keys: ['Alt+H'], matches: (e) => e.altKey && !e.ctrlKey && e.code === 'KeyH' },
  { id: 'help', keys: ['?'], matches: (e) => e.key === '?' && !e.ctrlKey && !e.altKey },
];

/** Typing in a field is not a shortcut — except the ones that hold a modifier. */
function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    !!element &&
    (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName))
  );
}

export function useShortcuts(handlers: Record<ShortcutId, () => void>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = SHORTCUTS.find((s) => s.matches(event));
      if (!shortcut) return;
      const modified = event.altKey || event.ctrlKey || event.metaKey;
      if (!modified && typingIn(event.target)) return;
      event.preventDefault();
      handlers[shortcut.id]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [handlers]);
}
