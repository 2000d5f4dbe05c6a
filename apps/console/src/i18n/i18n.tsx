import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { en, type MessageKey } from './en';
import { zh } from './zh';

export type Language = 'zh-CN' | 'en-US';
const MESSAGES: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zh, 'en-US': en };
const STORAGE_KEY = 'freight.console.language';

/** What the user chose last, else the browser's language (Chinese unless it says English). */
export function initialLanguage(): Language {
  const kept = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (kept === 'zh-CN' || kept === 'en-US') return kept;
  return globalThis.navigator?.language?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** `{name}` placeholders filled from vars. */
export function translate(
  language: Language,
  key: MessageKey,
  vars: Record<string, string | number> = {},
): string {
  return (MESSAGES[language][key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** A role's name in the language; a role the console does not know yet keeps its own name. */
export function roleName(language: Language, role: string): string {
  const key = `role.${role}` as MessageKey;
  return key in MESSAGES[language] ? translate(language, key) : role;
}

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({
  children,
  language: fixed,
}: {
  children: ReactNode;
  language?: Language;
}) {
  const [language, setState] = useState<Language>(fixed ?? initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    setState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = language;
    return { language, setLanguage, t: (key, vars) => translate(language, key, vars) };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

export const useT = (): Translate => useI18n().t;
